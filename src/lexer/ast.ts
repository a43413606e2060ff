/**
 * @fileoverview The AST: what the grammar (grammar.ts) produces and the compiler (src/compiler) consumes.
 * Node kinds and field names follow CPython's `ast` module (3.12) so that either side can be checked against
 * `python3 -c "import ast; print(ast.dump(ast.parse(src)))"`. Every node is a plain object with a `type`
 * discriminant and a source position (1-based line, 0-based column, like CPython).
 * Not here: tokens (tokens.ts), the grammar itself (python.ohm).
 */

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno?: number;
  end_col_offset?: number;
}

/** A Python constant as the front end sees it. Ints are bigint so 1 and 1.0 stay distinct. */
export type ConstValue =
  | { kind: 'none' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'ellipsis' };

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------- module
export interface Module { type: 'Module'; body: Stmt[] }

// ---------------------------------------------------------------- statements
export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

export interface Arg extends Pos { type: 'arg'; arg: string; annotation: Expr | null }
export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** same length as kwonlyargs; null where the parameter has no default */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** defaults of the last len(defaults) of posonlyargs+args */
  defaults: Expr[];
}
export interface Keyword extends Pos { type: 'keyword'; arg: string | null /* null for **expr */; value: Expr }
export interface Alias extends Pos { type: 'alias'; name: string /* dotted for import a.b */; asname: string | null }
export interface WithItem { type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { type: 'ExceptHandler'; exc_type: Expr | null; name: string | null; body: Stmt[] }
export interface Comprehension { type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: 0 }

export interface FunctionDef extends Pos {
  type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
}
export interface ClassDef extends Pos {
  type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { type: 'Return'; value: Expr | null }
export interface Delete extends Pos { type: 'Delete'; targets: Expr[] }
/** `a = b = value`: targets [a, b] */
export interface Assign extends Pos { type: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { type: 'AugAssign'; target: Expr; op: OperatorKind; value: Expr }
/** simple is 1 when the target is a plain Name not in parentheses */
export interface AnnAssign extends Pos { type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: number }
export interface For extends Pos { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
/** elif chains are nested If nodes in orelse, as in CPython */
export interface If extends Pos { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { type: 'With'; items: WithItem[]; body: Stmt[] }
export interface Raise extends Pos { type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { type: 'Import'; names: Alias[] }
/** module is null for `from . import x`; names [alias('*')] for a star import */
export interface ImportFrom extends Pos { type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { type: 'Nonlocal'; names: string[] }
/** CPython calls this `Expr`; renamed so the expression union can be called Expr */
export interface ExprStmt extends Pos { type: 'Expr'; value: Expr }
export interface Pass extends Pos { type: 'Pass' }
export interface Break extends Pos { type: 'Break' }
export interface Continue extends Pos { type: 'Continue' }

// ---------------------------------------------------------------- expressions
export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp | DictComp
  | GeneratorExp | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export interface BoolOp extends Pos { type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Pos { type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** keys[i] is null for a `**mapping` entry */
export interface Dict extends Pos { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Yield extends Pos { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Pos { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (CPython's numbers); format_spec is a JoinedStr or null */
export interface FormattedValue extends Pos { type: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }
/** an f-string; values are Constant(str) and FormattedValue parts */
export interface JoinedStr extends Pos { type: 'JoinedStr'; values: Expr[] }
export interface Constant extends Pos { type: 'Constant'; value: ConstValue }
export interface Attribute extends Pos { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Node = Module | Stmt | Expr | Arg | Arguments | Keyword | Alias | WithItem | ExceptHandler | Comprehension;

/** Exhaustiveness helper for switches over node kinds. */
export function unreachable(x: never): never {
  throw new Error(`unreachable: ${JSON.stringify(x)}`);
}
