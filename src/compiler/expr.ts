/**
 * @fileoverview The expression half of the code generator (AST → bytecode, after CPython 3.12's compile.c): one
 * Unit per code object, name resolution through the symbol table, expressions, calls, comprehensions, assignment
 * targets and conditional jumps. codegen.ts extends ExprGen with statements, function/class definitions and the
 * fblock unwinding of return/break/continue. The Emitter (emitter.ts) does labels, handler regions and stack depth.
 */
import type * as A from '../lexer/ast.js';
import { unreachable } from '../lexer/ast.js';
import type { CodeConst, CodeSpec } from './codespec.js';
import { Emitter, Label, type Handler, type SrcLoc, CompilerBug } from './emitter.js';
import { buildSymtable, mangle, syntaxError, type Scope, type SymTable } from './symtable.js';
import {
  BINARY_OPS, COMPARE_OPS, CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR,
  CO_NOFREE,
} from '../vm/opcodes.js';
import * as O from '../vm/opcodes.generated.js';

export type FBlockKind =
  | 'while' | 'for' | 'try_except' | 'finally_try' | 'finally_end' | 'with' | 'handler_cleanup'
  | 'exception_handler' | 'pop_value';

/** CPython's fblockinfo: what a return/break/continue must undo on its way out of this block. */
export interface FBlock {
  kind: FBlockKind;
  /** loops: continue target (the loop head) and break target */
  cont?: Label;
  brk?: Label;
  /** the handler regions this block owns, outermost first */
  handlers: Handler[];
  /** finally_try: the finally body to inline */
  finalbody?: A.Stmt[];
  /** handler_cleanup: the `as` name to clear */
  name?: string | null;
  /** with: the statement, for the exit call's line */
  node?: A.Pos;
}

export const NONE: CodeConst = { kind: 'none' };

/** One code object being built. */
export class Unit {
  readonly e = new Emitter();
  readonly consts: CodeConst[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly fblocks: FBlock[] = [];

  constructor(
    readonly scope: Scope,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
  ) {}

  addConst(c: CodeConst): number {
    const key = constKey(c);
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return i;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(c);
    return this.consts.length - 1;
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  cellIndex(name: string): number {
    const c = this.scope.cellvars.indexOf(name);
    if (c >= 0) return c;
    const f = this.scope.freevars.indexOf(name);
    if (f >= 0) return this.scope.cellvars.length + f;
    throw new CompilerBug(`${name} is neither a cell nor a free variable of ${this.qualname}`);
  }
}

/** Dedup key of a constant; null for code objects (never shared). Distinguishes 1, 1.0, True and -0.0. */
function constKey(c: CodeConst): string | null {
  switch (c.kind) {
    case 'none': return 'N';
    case 'ellipsis': return 'E';
    case 'bool': return c.value ? 'T' : 'F';
    case 'int': return 'i' + c.value.toString();
    case 'float': return 'f' + (Object.is(c.value, -0) ? '-0' : String(c.value));
    case 'complex': return 'c' + (Object.is(c.imag, -0) ? '-0' : String(c.imag));
    case 'str': return 's' + c.value;
    case 'bytes': return 'b' + Array.from(c.value).join(',');
    case 'tuple': {
      const ks = c.items.map(constKey);
      return ks.includes(null) ? null : '(' + ks.join('|') + ')';
    }
    case 'frozenset': {
      const ks = c.items.map(constKey);
      return ks.includes(null) ? null : '{' + ks.join('|') + '}';
    }
    case 'code': return null;
    default: return unreachable(c);
  }
}

export function constTruth(c: A.ConstValue): boolean {
  switch (c.kind) {
    case 'none': return false;
    case 'ellipsis': return true;
    case 'bool': return c.value;
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.imag !== 0;
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    default: return unreachable(c);
  }
}

/** Folds constants, constant tuples and negated numbers (CPython's AST optimizer, the part dis shows). */
export function foldConst(e: A.Expr): CodeConst | null {
  if (e.type === 'Constant') return e.value;
  if (e.type === 'Tuple' && e.ctx === 'Load') {
    const items: CodeConst[] = [];
    for (const x of e.elts) {
      const c = foldConst(x);
      if (c === null) return null;
      items.push(c);
    }
    return { kind: 'tuple', items };
  }
  if (e.type === 'UnaryOp' && e.op === 'USub' && e.operand.type === 'Constant') {
    const v = e.operand.value;
    if (v.kind === 'int') return { kind: 'int', value: -v.value };
    if (v.kind === 'float') return { kind: 'float', value: -v.value };
    if (v.kind === 'complex') return { kind: 'complex', imag: -v.imag };
  }
  return null;
}

export const BINOP_INDEX: Record<A.OperatorKind, number> = {
  Add: BINARY_OPS.indexOf('+'), BitAnd: BINARY_OPS.indexOf('&'), FloorDiv: BINARY_OPS.indexOf('//'),
  LShift: BINARY_OPS.indexOf('<<'), MatMult: BINARY_OPS.indexOf('@'), Mult: BINARY_OPS.indexOf('*'),
  Mod: BINARY_OPS.indexOf('%'), BitOr: BINARY_OPS.indexOf('|'), Pow: BINARY_OPS.indexOf('**'),
  RShift: BINARY_OPS.indexOf('>>'), Sub: BINARY_OPS.indexOf('-'), Div: BINARY_OPS.indexOf('/'),
  BitXor: BINARY_OPS.indexOf('^'),
};
/** the in-place variant of a BINARY_OP argument (NB_INPLACE_* = NB_* + 13) */
export const INPLACE = 13;

const CMP_INDEX: Partial<Record<A.CmpOpKind, number>> = {
  Lt: COMPARE_OPS.indexOf('<'), LtE: COMPARE_OPS.indexOf('<='), Eq: COMPARE_OPS.indexOf('=='),
  NotEq: COMPARE_OPS.indexOf('!='), Gt: COMPARE_OPS.indexOf('>'), GtE: COMPARE_OPS.indexOf('>='),
};

export function isDocstring(s: A.Stmt | undefined): s is A.ExprStmt & { value: A.Constant } {
  return s !== undefined && s.type === 'Expr' && s.value.type === 'Constant' && s.value.value.kind === 'str';
}

export type Ctx = 'Load' | 'Store' | 'Del';

export abstract class ExprGen {
  protected readonly st: SymTable;
  protected u!: Unit;
  protected readonly units: Unit[] = [];

  constructor(mod: A.Module, private readonly filename: string) {
    this.st = buildSymtable(mod, filename);
  }

  protected err(msg: string, pos: A.Pos | null | undefined): Error {
    return syntaxError(msg, this.filename, pos);
  }

  protected get e(): Emitter {
    return this.u.e;
  }

  // ------------------------------------------------------------ units

  protected enter(scope: Scope, name: string, qualname: string, firstlineno: number): void {
    if (this.units.length) this.units.push(this.u);
    else this.units.push(null as unknown as Unit); // sentinel for the top unit
    this.u = new Unit(scope, name, qualname, firstlineno);
    this.e.line = firstlineno;
  }

  protected leave(argcount = 0, posonly = 0, kwonly = 0): CodeSpec {
    const u = this.u;
    const s = u.scope;
    const asm = u.e.finish();
    let flags = 0;
    if (s.optimized) flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (s.nested) flags |= CO_NESTED;
    if (s.isGenerator) flags |= CO_GENERATOR;
    if (!s.cellvars.length && !s.freevars.length) flags |= CO_NOFREE;
    const node = s.node as A.FunctionDef | A.Lambda | null;
    if (node && (node.type === 'FunctionDef' || node.type === 'Lambda')) {
      if (node.args.vararg) flags |= CO_VARARGS;
      if (node.args.kwarg) flags |= CO_VARKEYWORDS;
    }
    const spec: CodeSpec = {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount,
      posonlyargcount: posonly,
      kwonlyargcount: kwonly,
      flags,
      varnames: s.varnames.slice(),
      cellvars: s.cellvars.slice(),
      freevars: s.freevars.slice(),
      names: u.names,
      consts: u.consts,
      code: asm.code,
      lines: asm.lines,
      positions: asm.positions,
      exceptiontable: asm.exceptiontable,
      stacksize: asm.stacksize,
    };
    this.u = this.units.pop()!;
    return spec;
  }

  /** co_qualname of a function/class/lambda/comprehension defined in the current unit (compiler_set_qualname). */
  protected qualname(name: string, scope: Scope): string {
    const parent = this.u.scope;
    if (parent.kind === 'module') return name;
    if ((scope.kind === 'function' || scope.kind === 'class') && parent.scopeOf(mangle(parent.privateName, name)) === 'global_explicit') {
      return name;
    }
    return parent.optimized ? `${this.u.qualname}.<locals>.${name}` : `${this.u.qualname}.${name}`;
  }

  // ------------------------------------------------------------ small emit helpers

  protected emit(op: number, arg = 0): void {
    this.e.emit(op, arg);
  }

  protected loadConst(c: CodeConst): void {
    this.emit(O.LOAD_CONST, this.u.addConst(c));
  }

  protected loadNone(): void {
    this.loadConst(NONE);
  }

  protected str(s: string): CodeConst {
    return { kind: 'str', value: s };
  }

  /** compiler_nameop: picks FAST / DEREF / GLOBAL / NAME from the symbol table. */
  protected nameOp(name: string, ctx: Ctx): void {
    const s = this.u.scope;
    const m = mangle(s.privateName, name);
    const sc = s.scopeOf(m);
    let kind: 'fast' | 'deref' | 'global' | 'name';
    switch (sc) {
      case 'free':
      case 'cell':
        kind = 'deref';
        break;
      case 'local':
        kind = s.optimized ? 'fast' : 'name';
        break;
      case 'global_implicit':
        kind = s.optimized ? 'global' : 'name';
        break;
      case 'global_explicit':
        kind = 'global';
        break;
      default:
        unreachable(sc);
    }
    switch (kind) {
      case 'fast': {
        const i = s.varnames.indexOf(m);
        if (i < 0) throw new CompilerBug(`local ${m} not in varnames`);
        this.emit(ctx === 'Load' ? O.LOAD_FAST : ctx === 'Store' ? O.STORE_FAST : O.DELETE_FAST, i);
        return;
      }
      case 'deref': {
        const i = this.u.cellIndex(m);
        const load = s.kind === 'class' && sc === 'free' ? O.LOAD_CLASSDEREF : O.LOAD_DEREF;
        this.emit(ctx === 'Load' ? load : ctx === 'Store' ? O.STORE_DEREF : O.DELETE_DEREF, i);
        return;
      }
      case 'global':
        this.emit(ctx === 'Load' ? O.LOAD_GLOBAL : ctx === 'Store' ? O.STORE_GLOBAL : O.DELETE_GLOBAL, this.u.addName(m));
        return;
      case 'name':
        this.emit(ctx === 'Load' ? O.LOAD_NAME : ctx === 'Store' ? O.STORE_NAME : O.DELETE_NAME, this.u.addName(m));
        return;
    }
  }

  protected attrName(attr: string): number {
    return this.u.addName(mangle(this.u.scope.privateName, attr));
  }

  // ---- functions and classes

  /** defaults tuple, kwdefaults dict (in the enclosing scope); returns MAKE_FUNCTION flag bits 1|2 */
  protected argDefaults(a: A.Arguments): number {
    let flags = 0;
    if (a.defaults.length) {
      this.tupleOf(a.defaults);
      flags |= 1;
    }
    let n = 0;
    a.kwonlyargs.forEach((p, i) => {
      const d = a.kw_defaults[i];
      if (d) {
        this.loadConst(this.str(mangle(this.u.scope.privateName, p.arg)));
        this.expr(d);
        n++;
      }
    });
    if (n) {
      this.emit(O.BUILD_MAP, n);
      flags |= 2;
    }
    return flags;
  }

  /** the elements as one tuple on the stack: a folded constant when possible */
  protected tupleOf(elts: A.Expr[]): void {
    const t = foldConst({ type: 'Tuple', elts, ctx: 'Load', lineno: 0, col_offset: 0 });
    if (t) {
      this.loadConst(t);
      return;
    }
    for (const x of elts) this.expr(x);
    this.emit(O.BUILD_TUPLE, elts.length);
  }

  /** Pushes the function for `code` (closure tuple first if it has free variables): MAKE_FUNCTION. */
  protected makeFunction(code: CodeSpec, flags: number): void {
    if (code.freevars.length) {
      for (const f of code.freevars) this.emit(O.LOAD_CLOSURE, this.u.cellIndex(f));
      this.emit(O.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.loadConst({ kind: 'code', code });
    this.emit(O.MAKE_FUNCTION, flags);
  }

  protected lambda(e: A.Lambda): void {
    const flags = this.argDefaults(e.args);
    const code = this.functionBody(e, this.st.byNode.get(e)!, '<lambda>');
    this.makeFunction(code, flags);
  }

  // ---- assignment targets

  protected store(t: A.Expr): void {
    const e = this.e;
    const saved = e.line, savedLoc = e.loc;
    switch (t.type) {
      case 'Name':
        e.loc = t;
        this.nameOp(t.id, 'Store');
        e.loc = savedLoc;
        return;
      case 'Attribute':
        this.expr(t.value);
        e.loc = attrLoc(t, t);
        this.emit(O.STORE_ATTR, this.attrName(t.attr));
        e.loc = savedLoc;
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        e.loc = t;
        this.emit(O.STORE_SUBSCR);
        e.loc = savedLoc;
        return;
      case 'Tuple':
      case 'List':
        e.loc = t;
        this.unpackTo(t.elts, t);
        e.setPos(saved, savedLoc);
        return;
      case 'Starred':
        throw this.err('starred assignment target must be in a list or tuple', t);
      default:
        throw this.err(`cannot assign to ${describe(t)}`, t);
    }
  }

  protected unpackTo(elts: A.Expr[], pos: A.Pos): void {
    let star = -1;
    elts.forEach((x, i) => {
      if (x.type === 'Starred') {
        if (star >= 0) throw this.err('multiple starred expressions in assignment', x);
        star = i;
      }
    });
    if (star >= 0) {
      const after = elts.length - star - 1;
      if (star > 0xff || after > 0xffff) throw this.err('too many expressions in star-unpacking assignment', pos);
      this.emit(O.UNPACK_EX, star | (after << 8));
    } else {
      this.emit(O.UNPACK_SEQUENCE, elts.length);
    }
    for (const x of elts) this.store(x.type === 'Starred' ? x.value : x);
  }

  protected delTarget(t: A.Expr): void {
    this.e.setPos(t.lineno, t);
    switch (t.type) {
      case 'Name':
        this.nameOp(t.id, 'Del');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.e.loc = attrLoc(t, t);
        this.emit(O.DELETE_ATTR, this.attrName(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.e.loc = t;
        this.emit(O.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const x of t.elts) this.delTarget(x);
        return;
      default:
        throw this.err(`cannot delete ${describe(t)}`, t);
    }
  }

  // ------------------------------------------------------------ expressions

  protected expr(x: A.Expr): void {
    const e = this.e;
    const saved = e.line, savedLoc = e.loc;
    e.setPos(x.lineno, x);
    this.exprInner(x);
    e.setPos(saved, savedLoc);
  }

  protected exprInner(x: A.Expr): void {
    const e = this.e;
    switch (x.type) {
      case 'BoolOp': {
        const end = e.newLabel('boolop_end');
        const op = x.op === 'And' ? O.JUMP_IF_FALSE_OR_POP : O.JUMP_IF_TRUE_OR_POP;
        x.values.forEach((v, i) => {
          this.expr(v);
          if (i < x.values.length - 1) e.emitJump(op, end);
        });
        e.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(x.value);
        this.emit(O.COPY, 1);
        this.nameOp(x.target.id, 'Store');
        return;
      case 'BinOp':
        this.expr(x.left);
        this.expr(x.right);
        this.emit(O.BINARY_OP, BINOP_INDEX[x.op]);
        return;
      case 'UnaryOp': {
        const folded = foldConst(x);
        if (folded) {
          this.loadConst(folded);
          return;
        }
        this.expr(x.operand);
        const ops = { Invert: O.UNARY_INVERT, Not: O.UNARY_NOT, UAdd: O.UNARY_POSITIVE, USub: O.UNARY_NEGATIVE };
        this.emit(ops[x.op]);
        return;
      }
      case 'Lambda': return this.lambda(x);
      case 'IfExp': {
        const orelse = e.newLabel('ifexp_else'), end = e.newLabel('ifexp_end');
        this.jumpIf(x.test, orelse, false);
        this.expr(x.body);
        e.jump(end);
        e.bind(orelse);
        this.expr(x.orelse);
        e.bind(end);
        return;
      }
      case 'Dict': return this.dict(x);
      case 'Set': return this.starunpack(x.elts, 0, 'set');
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(x);
      case 'Yield':
        if (!this.u.scope.optimized) throw this.err("'yield' outside function", x);
        if (x.value) this.expr(x.value);
        else this.loadNone();
        this.emit(O.YIELD_VALUE);
        this.emit(O.RESUME, 1);
        return;
      case 'YieldFrom':
        if (!this.u.scope.optimized) throw this.err("'yield' outside function", x);
        this.expr(x.value);
        this.emit(O.GET_YIELD_FROM_ITER);
        this.loadNone();
        this.emit(O.YIELD_FROM);
        return;
      case 'Compare': return this.compare(x);
      case 'Call': return this.call(x);
      case 'FormattedValue': {
        this.expr(x.value);
        let flags = x.conversion === 115 ? 1 : x.conversion === 114 ? 2 : x.conversion === 97 ? 3 : 0;
        if (x.format_spec) {
          this.expr(x.format_spec);
          flags |= 4;
        }
        this.emit(O.FORMAT_VALUE, flags);
        return;
      }
      case 'JoinedStr': {
        const parts = x.values;
        if (parts.length === 0) {
          this.loadConst(this.str(''));
          return;
        }
        for (const p of parts) this.expr(p);
        if (parts.length > 1 || parts[0].type !== 'Constant' && parts[0].type !== 'FormattedValue') {
          this.emit(O.BUILD_STRING, parts.length);
        }
        return;
      }
      case 'Constant':
        this.loadConst(x.value);
        return;
      case 'Attribute':
        if (x.ctx !== 'Load') throw new CompilerBug('Attribute store/del outside a target');
        this.expr(x.value);
        this.e.loc = attrLoc(x, x);
        this.emit(O.LOAD_ATTR, this.attrName(x.attr));
        return;
      case 'Subscript':
        this.expr(x.value);
        this.expr(x.slice);
        this.emit(O.BINARY_SUBSCR);
        return;
      case 'Starred':
        throw this.err("can't use starred expression here", x);
      case 'Name':
        this.nameOp(x.id, 'Load');
        return;
      case 'List':
        return this.starunpack(x.elts, 0, 'list');
      case 'Tuple': {
        const folded = foldConst(x);
        if (folded) this.loadConst(folded);
        else this.starunpack(x.elts, 0, 'tuple');
        return;
      }
      case 'Slice':
        if (x.lower) this.expr(x.lower);
        else this.loadNone();
        if (x.upper) this.expr(x.upper);
        else this.loadNone();
        if (x.step) this.expr(x.step);
        this.emit(O.BUILD_SLICE, x.step ? 3 : 2);
        return;
      default:
        return unreachable(x);
    }
  }

  /**
   * A list/set/tuple display, or the positional arguments of a CALL_FUNCTION_EX (then `pushed` items are already
   * on the stack and go first). CPython's starunpack_helper.
   */
  protected starunpack(elts: A.Expr[], pushed: number, kind: 'list' | 'set' | 'tuple'): void {
    const isSet = kind === 'set';
    const build = isSet ? O.BUILD_SET : kind === 'list' ? O.BUILD_LIST : O.BUILD_TUPLE;
    const hasStar = elts.some((x) => x.type === 'Starred');
    if (!hasStar) {
      // three or more constants: build empty, then extend from one constant (as CPython does)
      if (pushed === 0 && kind !== 'tuple' && elts.length > 2) {
        const items = elts.map(foldConst);
        if (items.every((c) => c !== null)) {
          this.emit(build, 0);
          this.loadConst({ kind: isSet ? 'frozenset' : 'tuple', items: items as CodeConst[] });
          this.emit(isSet ? O.SET_UPDATE : O.LIST_EXTEND, 1);
          return;
        }
      }
      for (const x of elts) this.expr(x);
      this.emit(build, pushed + elts.length);
      return;
    }
    let seenStar = false;
    elts.forEach((x, i) => {
      if (x.type === 'Starred') {
        if (!seenStar) {
          this.emit(isSet ? O.BUILD_SET : O.BUILD_LIST, pushed + i);
          seenStar = true;
        }
        this.expr(x.value);
        this.emit(isSet ? O.SET_UPDATE : O.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        if (seenStar) this.emit(isSet ? O.SET_ADD : O.LIST_APPEND, 1);
      }
    });
    if (kind === 'tuple') this.emit(O.LIST_TO_TUPLE);
  }

  protected dict(x: A.Dict): void {
    let haveDict = false;
    let n = 0;
    const flush = (): void => {
      if (!n) return;
      this.emit(O.BUILD_MAP, n);
      if (haveDict) this.emit(O.DICT_UPDATE, 1);
      haveDict = true;
      n = 0;
    };
    x.keys.forEach((k, i) => {
      if (k === null) {
        flush();
        if (!haveDict) {
          this.emit(O.BUILD_MAP, 0);
          haveDict = true;
        }
        this.expr(x.values[i]);
        this.emit(O.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(x.values[i]);
        n++;
      }
    });
    flush();
    if (!haveDict) this.emit(O.BUILD_MAP, 0);
  }

  protected cmpOp(op: A.CmpOpKind): void {
    switch (op) {
      case 'Is': return this.emit(O.IS_OP, 0);
      case 'IsNot': return this.emit(O.IS_OP, 1);
      case 'In': return this.emit(O.CONTAINS_OP, 0);
      case 'NotIn': return this.emit(O.CONTAINS_OP, 1);
      default: return this.emit(O.COMPARE_OP, CMP_INDEX[op]!);
    }
  }

  /** a < b < c: each middle operand is duplicated under the result; a false link short-circuits to cleanup */
  protected compare(x: A.Compare): void {
    const e = this.e;
    this.expr(x.left);
    const n = x.ops.length;
    if (n === 1) {
      this.expr(x.comparators[0]);
      this.cmpOp(x.ops[0]);
      return;
    }
    const cleanup = e.newLabel('cmp_cleanup'), end = e.newLabel('cmp_end');
    for (let i = 0; i < n - 1; i++) {
      this.expr(x.comparators[i]);
      this.emit(O.SWAP, 2);
      this.emit(O.COPY, 2);
      this.cmpOp(x.ops[i]);
      e.emitJump(O.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(x.comparators[n - 1]);
    this.cmpOp(x.ops[n - 1]);
    e.jump(end);
    e.bind(cleanup); // stack: operand result
    this.emit(O.SWAP, 2);
    this.emit(O.POP_TOP);
    e.bind(end);
  }

  /** Evaluates x and jumps to `label` if its truth equals `cond`; consumes x either way (compiler_jump_if). */
  protected jumpIf(x: A.Expr, label: Label, cond: boolean): void {
    const e = this.e;
    const saved = e.line, savedLoc = e.loc;
    e.setPos(x.lineno, x);
    switch (x.type) {
      case 'UnaryOp':
        if (x.op === 'Not') {
          this.jumpIf(x.operand, label, !cond);
          e.setPos(saved, savedLoc);
          return;
        }
        break;
      case 'BoolOp': {
        const isOr = x.op === 'Or';
        const next = isOr !== cond ? e.newLabel('boolop_next') : label;
        for (let i = 0; i < x.values.length - 1; i++) this.jumpIf(x.values[i], next, isOr);
        this.jumpIf(x.values[x.values.length - 1], label, cond);
        if (next !== label) e.bind(next);
        e.setPos(saved, savedLoc);
        return;
      }
      case 'IfExp': {
        const end = e.newLabel('ifexp_end'), orelse = e.newLabel('ifexp_else');
        this.jumpIf(x.test, orelse, false);
        this.jumpIf(x.body, label, cond);
        e.jump(end);
        e.bind(orelse);
        this.jumpIf(x.orelse, label, cond);
        e.bind(end);
        e.setPos(saved, savedLoc);
        return;
      }
      case 'Compare': {
        const n = x.ops.length;
        if (n === 1 && (x.ops[0] === 'Is' || x.ops[0] === 'IsNot') && x.comparators[0].type === 'Constant'
          && x.comparators[0].value.kind === 'none') {
          // `x is None` in a test: POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE
          this.expr(x.left);
          const isNone = (x.ops[0] === 'Is') === cond;
          e.emitJump(isNone ? O.POP_JUMP_IF_NONE : O.POP_JUMP_IF_NOT_NONE, label);
          e.setPos(saved, savedLoc);
          return;
        }
        if (n > 1) {
          const cleanup = e.newLabel('cmp_cleanup'), end = e.newLabel('cmp_end');
          this.expr(x.left);
          for (let i = 0; i < n - 1; i++) {
            this.expr(x.comparators[i]);
            this.emit(O.SWAP, 2);
            this.emit(O.COPY, 2);
            this.cmpOp(x.ops[i]);
            e.emitJump(O.POP_JUMP_IF_FALSE, cleanup);
          }
          this.expr(x.comparators[n - 1]);
          this.cmpOp(x.ops[n - 1]);
          e.emitJump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, label);
          e.jump(end);
          e.bind(cleanup); // stack: operand
          this.emit(O.POP_TOP);
          if (!cond) e.jump(label);
          e.bind(end);
          e.setPos(saved, savedLoc);
          return;
        }
        break;
      }
      case 'Constant':
        if (constTruth(x.value) === cond) e.jump(label);
        e.setPos(saved, savedLoc);
        return;
      default:
        break;
    }
    this.expr(x);
    e.emitJump(cond ? O.POP_JUMP_IF_TRUE : O.POP_JUMP_IF_FALSE, label);
    e.setPos(saved, savedLoc);
  }

  // ---- calls

  protected call(x: A.Call): void {
    const f = x.func;
    const simple = !x.args.some((a) => a.type === 'Starred') && !x.keywords.some((k) => k.arg === null);
    if (f.type === 'Attribute' && simple) {
      // obj.m(args): LOAD_METHOD leaves `meth obj` (or `attr NULL`), the self_or_null layout CALL expects
      this.expr(f.value);
      this.e.setPos(f.end_lineno ?? f.lineno, attrLoc(f, f));
      this.emit(O.LOAD_METHOD, this.attrName(f.attr));
      this.callArgs(0, x.args, x.keywords, x, attrLoc(x, f));
      return;
    }
    this.expr(f);
    this.emit(O.PUSH_NULL);
    this.callHelper(0, x.args, x.keywords, x);
  }

  /** Arguments of a call whose callable and self_or_null are pushed; `pushed` positional args already follow. */
  protected callHelper(pushed: number, args: A.Expr[], keywords: A.Keyword[], pos?: A.Pos): void {
    const simple = !args.some((a) => a.type === 'Starred') && !keywords.some((k) => k.arg === null);
    if (simple) {
      this.callArgs(pushed, args, keywords, pos);
      return;
    }
    this.checkKeywords(keywords);
    // CALL_FUNCTION_EX: positional args as one tuple, keyword args as one dict
    this.starunpack(args, pushed, 'tuple');
    let flags = 0;
    if (keywords.length) {
      let haveDict = false;
      let pending: A.Keyword[] = [];
      const flush = (): void => {
        if (!pending.length) return;
        for (const k of pending) {
          this.loadConst(this.str(k.arg!));
          this.expr(k.value);
        }
        this.emit(O.BUILD_MAP, pending.length);
        if (haveDict) this.emit(O.DICT_MERGE, 1);
        haveDict = true;
        pending = [];
      };
      for (const k of keywords) {
        if (k.arg === null) {
          flush();
          if (!haveDict) {
            this.emit(O.BUILD_MAP, 0);
            haveDict = true;
          }
          this.expr(k.value);
          this.emit(O.DICT_MERGE, 1);
        } else {
          pending.push(k);
        }
      }
      flush();
      flags = 1;
    }
    if (pos) this.e.setPos(pos.lineno, pos);
    this.emit(O.CALL_FUNCTION_EX, flags);
  }

  protected checkKeywords(keywords: A.Keyword[]): void {
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg === null) continue;
      if (seen.has(k.arg)) throw this.err(`keyword argument repeated: ${k.arg}`, k);
      seen.add(k.arg);
    }
  }

  /** plain CALL n / CALL_KW n (kwnames tuple on top) */
  protected callArgs(pushed: number, args: A.Expr[], keywords: A.Keyword[], pos?: A.Pos, loc?: SrcLoc): void {
    this.checkKeywords(keywords);
    for (const a of args) this.expr(a);
    for (const k of keywords) this.expr(k.value);
    if (pos) this.e.setPos(pos.lineno, loc ?? pos);
    const n = pushed + args.length + keywords.length;
    if (keywords.length) {
      this.loadConst({ kind: 'tuple', items: keywords.map((k) => this.str(k.arg!)) });
      this.emit(O.CALL_KW, n);
    } else {
      this.emit(O.CALL, n);
    }
  }

  // ---- comprehensions (3.11 style: a nested function called with the outermost iterator as `.0`)

  protected comprehension(x: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const scope = this.st.byNode.get(x)!;
    this.enter(scope, scope.name, this.qualname(scope.name, scope), x.lineno);
    this.e.line = x.lineno;
    this.emit(O.RESUME, 0);
    if (x.type === 'ListComp') this.emit(O.BUILD_LIST, 0);
    else if (x.type === 'SetComp') this.emit(O.BUILD_SET, 0);
    else if (x.type === 'DictComp') this.emit(O.BUILD_MAP, 0);
    this.compGenerator(x, 0, 0);
    if (x.type === 'GeneratorExp') this.emit(O.RETURN_CONST, this.u.addConst(NONE));
    else this.emit(O.RETURN_VALUE);
    const code = this.leave(1, 0, 0);
    this.makeFunction(code, 0);
    this.expr(x.generators[0].iter);
    this.emit(O.GET_ITER);
    // the iterator sits in the self_or_null slot, so it becomes the single argument `.0`
    this.emit(O.CALL, 0);
  }

  protected compGenerator(x: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, index: number, depth: number): void {
    const e = this.e;
    const gen = x.generators[index];
    const start = e.newLabel('comp'), ifCleanup = e.newLabel('comp_next'), anchor = e.newLabel('comp_end');
    if (index === 0) {
      this.emit(O.LOAD_FAST, this.u.scope.varnames.indexOf('.0'));
    } else {
      this.expr(gen.iter);
      this.emit(O.GET_ITER);
    }
    depth++;
    e.bind(start);
    e.emitJump(O.FOR_ITER, anchor);
    this.store(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    if (index + 1 < x.generators.length) {
      this.compGenerator(x, index + 1, depth);
    } else {
      e.line = x.lineno;
      switch (x.type) {
        case 'ListComp':
          this.expr(x.elt);
          this.emit(O.LIST_APPEND, depth + 1);
          break;
        case 'SetComp':
          this.expr(x.elt);
          this.emit(O.SET_ADD, depth + 1);
          break;
        case 'DictComp':
          this.expr(x.key);
          this.expr(x.value);
          this.emit(O.MAP_ADD, depth + 1);
          break;
        case 'GeneratorExp':
          this.expr(x.elt);
          this.emit(O.YIELD_VALUE);
          this.emit(O.RESUME, 1);
          this.emit(O.POP_TOP);
          break;
        default:
          unreachable(x);
      }
    }
    e.bind(ifCleanup);
    e.jump(start);
    e.bind(anchor);
  }

  /** compiles a function or lambda body into its own code object (codegen.ts) */
  protected abstract functionBody(node: A.FunctionDef | A.Lambda, scope: Scope, name: string): CodeSpec;
}

export function describe(t: A.Expr): string {
  switch (t.type) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'Compare': return 'comparison';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Lambda': return 'lambda';
    case 'BoolOp': return 'expression';
    case 'NamedExpr': return 'named expression';
    case 'IfExp': return 'conditional expression';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Starred': return 'starred';
    default: return t.type.toLowerCase();
  }
}

/**
 * CPython's update_start_location_to_match_attr: the range of `node` (an Attribute, or a Call of one), except that
 * when it starts on another line than the attribute ends, it starts at the attribute name instead.
 */
export function attrLoc(node: A.Pos, attr: A.Attribute): SrcLoc {
  const endLine = attr.end_lineno ?? attr.lineno;
  if (node.lineno === endLine) return node;
  const endCol = attr.end_col_offset ?? -1;
  const len = attr.attr.length;
  const col = len <= endCol ? endCol - len : -1;
  const nodeEndLine = Math.max(endLine, node.end_lineno ?? endLine);
  let nodeEndCol = col < 0 ? -1 : (node.end_col_offset ?? -1);
  if (endLine === nodeEndLine && col >= 0) nodeEndCol = Math.max(col, nodeEndCol);
  return { lineno: endLine, col_offset: col, end_lineno: nodeEndLine, end_col_offset: nodeEndCol };
}
