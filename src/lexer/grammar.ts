/**
 * @fileoverview Loads the precompiled ohm grammar (python.ohm → python-recipe.generated.ts) and turns a successful
 * match into the AST of ast.ts. The grammar's input has one character per token (tokens.ts), so every ohm source
 * index is a token index: positions come from the Token table of the parse in progress (`T`).
 * Also here: the checks CPython makes in its grammar's invalid_* rules that our grammar leaves to the semantics:
 * assignment/del targets (Store/Del ctx), parameter and argument order, f-string conversions, bytes/str mixing.
 */
import type * as OhmTypes from 'ohm-js';
import { PYTHON_RECIPE } from './python-recipe.generated.js';
import { LexError } from './syntax-error.js';
import { AUG_OPS, type Token } from './tokens.js';
// ohm-js's ES-module entry loads ~40 separate files; its CommonJS build is one bundled file and loads in
// about a third of the time (measured: 12 ms against 30-40 ms), which every minipy start pays.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ohm: typeof OhmTypes = require('ohm-js');
// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace ohm {
  type Node = OhmTypes.Node;
  type Grammar = OhmTypes.Grammar;
  type Semantics = OhmTypes.Semantics;
  type MatchResult = OhmTypes.MatchResult;
}
import type * as A from './ast.js';

type N = ohm.Node;

let grammarCache: ohm.Grammar | undefined;
let semanticsCache: ohm.Semantics | undefined;

/** The Python grammar, built from its recipe on first use (~2 ms). */
export function pythonGrammar(): ohm.Grammar {
  // makeRecipe is exported at run time but missing from ohm-js 17's index.d.ts
  const makeRecipe = (ohm as unknown as { makeRecipe(recipe: string): ohm.Grammar }).makeRecipe;
  return grammarCache ??= makeRecipe(PYTHON_RECIPE);
}

// ---------------------------------------------------------------- the parse in progress
/** tokens of the current parse: ohm index i is T[i] */
let T: Token[] = [];
/** source of the current parse (for f-string `=` text) */
let SRC = '';
/** expressions written inside parentheses `( e )` (AnnAssign.simple needs to know) */
let PARENS = new WeakSet<object>();

/** Converts a successful match to a Module. Throws LexError for the errors CPython finds in its grammar. */
export function buildModule(match: ohm.MatchResult, tokens: Token[], source: string): A.Module {
  if (semanticsCache === undefined) semanticsCache = makeSemantics(pythonGrammar());
  T = tokens;
  SRC = source;
  PARENS = new WeakSet();
  try {
    return (semanticsCache(match) as { ast(): A.Module }).ast();
  } finally {
    T = [];
    SRC = '';
  }
}

// ---------------------------------------------------------------- helpers
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const ast = (n: N): Any => (n as unknown as { ast(): Any }).ast();
const opt = (n: N): Any => (n.children.length > 0 ? ast(n.children[0]!) : null);
const list = (n: N): Any[] => n.asIteration().children.map(ast);
const iter = (n: N): Any[] => n.children.map(ast);
const tokAt = (n: N): Token => T[n.source.startIdx]!;
const text = (n: N): string => tokAt(n).text;

function span(a: number, b: number): A.Pos {
  const s = T[a]!, e = T[Math.max(a, b - 1)]!;
  return { lineno: s.line, col_offset: s.col, end_lineno: e.endLine, end_col_offset: e.endCol };
}
const pos = (n: N): A.Pos => span(n.source.startIdx, n.source.endIdx);
const posFromTo = (a: N, b: N): A.Pos => span(a.source.startIdx, b.source.endIdx);
/** from token a (inclusive) to the end of a statement list's last statement */
function posToBody(a: N, body: A.Stmt[]): A.Pos {
  const s = tokAt(a);
  const last = body[body.length - 1]!;
  return { lineno: s.line, col_offset: s.col, end_lineno: last.end_lineno!, end_col_offset: last.end_col_offset! };
}

export function errAt(p: A.Pos, msg: string): never {
  throw new LexError('SyntaxError', msg, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
}

const BINOPS: Record<string, A.OperatorKind> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMPOPS: Record<string, A.CmpOpKind> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', 'in': 'In', 'is': 'Is',
};
const UNOPS: Record<string, A.UnaryOpKind> = { '+': 'UAdd', '-': 'USub', '~': 'Invert' };

/** Binding strength of the binary operators folded into the grammar's flat bitwise_or rule. */
const BINPREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};

/** Precedence climbing over `first (op operand)*`; all these operators are left-associative. */
function foldBin(first: N, ops: N, rests: N): A.Expr {
  const n = ops.children.length;
  if (n === 0) return ast(first);
  const operands = [first, ...rests.children];
  const opText = ops.children.map(text);
  let i = 0;
  const climb = (minPrec: number): { e: A.Expr; start: number; end: number } => {
    const o = operands[i]!;
    let left = { e: ast(o) as A.Expr, start: o.source.startIdx, end: o.source.endIdx };
    i++;
    while (i <= n && BINPREC[opText[i - 1]!]! >= minPrec) {
      const op = opText[i - 1]!;
      const right = climb(BINPREC[op]! + 1);
      left = {
        e: { type: 'BinOp', left: left.e, op: BINOPS[op]!, right: right.e, ...span(left.start, right.end) },
        start: left.start, end: right.end,
      };
    }
    return left;
  };
  return climb(0).e;
}

function boolOp(op: A.BoolOpKind, self: N, first: N, rests: N): A.Expr {
  if (rests.children.length === 0) return ast(first);
  return { type: 'BoolOp', op, values: [ast(first), ...iter(rests)], ...pos(self) };
}

function mkName(n: N, ctx: A.ExprContext = 'Load'): A.Name {
  return { type: 'Name', id: text(n), ctx, ...pos(n) };
}

/** What CPython calls an expression in "cannot assign to X". */
function describe(e: A.Expr): string {
  switch (e.type) {
    case 'Constant':
      switch (e.value.kind) {
        case 'bool': return e.value.value ? 'True' : 'False';
        case 'none': return 'None';
        case 'ellipsis': return 'ellipsis';
        default: return 'literal';
      }
    case 'Call': return 'function call';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Starred': return 'starred';
    case 'Tuple': return 'tuple';
    case 'List': return 'list';
    case 'Slice': return 'slice';
    default: return 'expression';
  }
}

/** Sets Store/Del context on an assignment/del target, or raises CPython's "cannot assign to X". */
function setCtx(e: A.Expr, ctx: 'Store' | 'Del'): void {
  switch (e.type) {
    case 'Name':
      if (e.id === '__debug__') errAt(e, `cannot ${ctx === 'Del' ? 'delete' : 'assign to'} __debug__`);
      e.ctx = ctx;
      return;
    case 'Attribute':
      if (e.attr === '__debug__' && ctx === 'Store') errAt(e, 'cannot assign to __debug__');
      e.ctx = ctx;
      return;
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      if (ctx === 'Del') errAt(e, 'cannot delete starred');
      e.ctx = ctx;
      setCtx(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setCtx(x, ctx);
      return;
    default:
      errAt(e, `cannot ${ctx === 'Del' ? 'delete' : 'assign to'} ${describe(e)}`);
  }
}

/** bitwise_or-level expressions: for these CPython adds "here. Maybe you meant '==' instead of '='?" */
function isBitwiseLevel(e: A.Expr): boolean {
  switch (e.type) {
    case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'GeneratorExp':
    case 'Tuple': case 'List': case 'Starred':
      return false;
    case 'UnaryOp': return e.op !== 'Not';
    case 'Constant': return e.value.kind !== 'bool' && e.value.kind !== 'none';
    default: return true;
  }
}

/** Store targets of a starred assignment: CPython's compiler checks (done here, they are cheap). */
function checkStarred(target: A.Expr): void {
  if (target.type === 'Starred') errAt(target, 'starred assignment target must be in a list or tuple');
  if (target.type === 'Tuple' || target.type === 'List') {
    if (target.elts.filter((x) => x.type === 'Starred').length > 1) {
      errAt(target, 'multiple starred expressions in assignment');
    }
    for (const x of target.elts) if (x.type === 'Tuple' || x.type === 'List') checkStarred(x);
  }
}

function checkValue(e: A.Expr): void {
  if (e.type === 'Starred') errAt(e, "can't use starred expression here");
}

// ---------------------------------------------------------------- arguments and parameters
type ArgItem =
  | { k: 'pos'; v: A.Expr } | { k: 'star'; v: A.Starred } | { k: 'kw'; v: A.Keyword } | { k: 'dstar'; v: A.Keyword }
  | { k: 'genexp'; v: A.GeneratorExp };

function buildCall(items: ArgItem[]): { args: A.Expr[]; keywords: A.Keyword[] } {
  const args: A.Expr[] = [];
  const keywords: A.Keyword[] = [];
  let seenKw = false, seenDstar = false;
  const names = new Set<string>();
  for (const it of items) {
    switch (it.k) {
      case 'genexp':
        if (items.length > 1) errAt(it.v, 'Generator expression must be parenthesized');
        args.push(it.v);
        break;
      case 'pos':
        if (seenDstar) errAt(it.v, 'positional argument follows keyword argument unpacking');
        if (seenKw) errAt(it.v, 'positional argument follows keyword argument');
        args.push(it.v);
        break;
      case 'star':
        if (seenDstar) errAt(it.v, 'iterable argument unpacking follows keyword argument unpacking');
        args.push(it.v);
        break;
      case 'kw':
        if (names.has(it.v.arg!)) errAt(it.v, `keyword argument repeated: ${it.v.arg}`);
        names.add(it.v.arg!);
        seenKw = true;
        keywords.push(it.v);
        break;
      case 'dstar':
        seenDstar = true;
        keywords.push(it.v);
        break;
    }
  }
  return { args, keywords };
}

type ParamItem =
  | { k: 'slash'; p: A.Pos } | { k: 'star'; arg: A.Arg | null; p: A.Pos } | { k: 'kwargs'; arg: A.Arg; p: A.Pos }
  | { k: 'plain'; arg: A.Arg; def: A.Expr | null; p: A.Pos };

function buildArgs(items: ParamItem[]): A.Arguments {
  const a: A.Arguments = {
    type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null,
    defaults: [],
  };
  let seenStar = false, seenSlash = false, seenDefault = false, bareStar: A.Pos | null = null;
  let kwargs = false;
  const seen = new Set<string>();
  const addName = (arg: A.Arg): void => {
    if (seen.has(arg.arg)) errAt(arg, `duplicate argument '${arg.arg}' in function definition`);
    seen.add(arg.arg);
  };
  for (const it of items) {
    if (kwargs) errAt(it.p, 'arguments cannot follow var-keyword argument');
    switch (it.k) {
      case 'slash':
        if (seenSlash) errAt(it.p, '/ may appear only once');
        if (seenStar) errAt(it.p, '/ must be ahead of *');
        if (a.args.length === 0) errAt(it.p, 'at least one argument must precede /');
        seenSlash = true;
        a.posonlyargs = a.args;
        a.args = [];
        break;
      case 'star':
        if (seenStar) errAt(it.p, '* argument may appear only once');
        seenStar = true;
        if (it.arg) { addName(it.arg); a.vararg = it.arg; } else bareStar = it.p;
        break;
      case 'kwargs':
        if (bareStar && a.kwonlyargs.length === 0) errAt(bareStar, 'named arguments must follow bare *');
        addName(it.arg);
        a.kwarg = it.arg;
        kwargs = true;
        break;
      case 'plain':
        addName(it.arg);
        if (seenStar) {
          a.kwonlyargs.push(it.arg);
          a.kw_defaults.push(it.def);
        } else {
          if (it.def) { seenDefault = true; a.defaults.push(it.def); }
          else if (seenDefault) errAt(it.arg, 'parameter without a default follows parameter with a default');
          a.args.push(it.arg);
        }
        break;
    }
  }
  if (bareStar && a.kwonlyargs.length === 0) errAt(bareStar, 'named arguments must follow bare *');
  return a;
}

// ---------------------------------------------------------------- strings
type Piece = { k: 's'; value: A.ConstValue; p: A.Pos } | { k: 'f'; parts: A.Expr[]; p: A.Pos };

/** Merges adjacent str Constants and drops empty ones, as CPython builds JoinedStr.values. */
function mergeParts(parts: A.Expr[], p: A.Pos): A.Expr[] {
  const out: A.Expr[] = [];
  let buf: string | null = null;
  const flush = (): void => {
    if (buf !== null && buf !== '') out.push({ type: 'Constant', value: { kind: 'str', value: buf }, ...p });
    buf = null;
  };
  for (const x of parts) {
    if (x.type === 'Constant' && x.value.kind === 'str') buf = (buf ?? '') + x.value.value;
    else { flush(); out.push(x); }
  }
  flush();
  return out;
}

function concatStrings(pieces: Piece[], p: A.Pos): A.Expr {
  const isBytes = (x: Piece) => x.k === 's' && x.value.kind === 'bytes';
  const anyBytes = pieces.some(isBytes);
  if (anyBytes && !pieces.every(isBytes)) {
    // CPython puts the caret just past the last literal
    errAt({ lineno: p.end_lineno!, col_offset: p.end_col_offset! }, 'cannot mix bytes and nonbytes literals');
  }
  if (anyBytes) {
    const parts = pieces.map((x) => (x as { value: { value: Uint8Array } }).value.value);
    const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
    let o = 0;
    for (const b of parts) { out.set(b, o); o += b.length; }
    return { type: 'Constant', value: { kind: 'bytes', value: out }, ...p };
  }
  if (pieces.every((x) => x.k === 's')) {
    const s = pieces.map((x) => (x as { value: { value: string } }).value.value).join('');
    return { type: 'Constant', value: { kind: 'str', value: s }, ...p };
  }
  const parts: A.Expr[] = [];
  for (const x of pieces) {
    if (x.k === 's') parts.push({ type: 'Constant', value: x.value, ...x.p });
    else parts.push(...x.parts);
  }
  return { type: 'JoinedStr', values: mergeParts(parts, p), ...p };
}

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

// ---------------------------------------------------------------- the semantics
function makeSemantics(g: ohm.Grammar): ohm.Semantics {
  const s = g.createSemantics();
  s.addOperation<Any>('trail(base)', {
    trailer(t) { return (t as Any).trail(this.args.base); },
    trailer_attr(_dot, name) {
      return { type: 'Attribute', value: this.args.base.e, attr: text(name), ctx: 'Load', ...span(this.args.base.start, this.source.endIdx) };
    },
    trailer_genexp(_lp, elt, clauses, _rp) {
      const gen: A.GeneratorExp = { type: 'GeneratorExp', elt: ast(elt), generators: iter(clauses), ...pos(this) };
      return { type: 'Call', func: this.args.base.e, args: [gen], keywords: [], ...span(this.args.base.start, this.source.endIdx) };
    },
    trailer_call(_lp, args, _rp) {
      const { args: a, keywords } = buildCall(opt(args) ?? []);
      return { type: 'Call', func: this.args.base.e, args: a, keywords, ...span(this.args.base.start, this.source.endIdx) };
    },
    trailer_subscript(_lb, slices, _rb) {
      return { type: 'Subscript', value: this.args.base.e, slice: ast(slices), ctx: 'Load', ...span(this.args.base.start, this.source.endIdx) };
    },
  });
  s.addOperation<Any>('ast', {
    _iter(...children) { return children.map(ast); },
    _terminal() { return this.sourceString; },

    file(stmts, _end): A.Module { return { type: 'Module', body: iter(stmts).flat() }; },
    stmt(x) { const r = ast(x); return Array.isArray(r) ? r : [r]; },
    simple_stmts(l, _semi, _nl) { return list(l); },
    expr_stmt(e): A.ExprStmt { return { type: 'Expr', value: ast(e), ...pos(this) }; },
    yield_stmt(e): A.ExprStmt { return { type: 'Expr', value: ast(e), ...pos(this) }; },

    assignment_ann(target, _c, ann, value): A.AnnAssign {
      const t: A.Expr = ast(target);
      if (t.type === 'Tuple' || t.type === 'List') {
        errAt(t, `only single target (not ${t.type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`);
      }
      if (t.type !== 'Name' && t.type !== 'Attribute' && t.type !== 'Subscript') errAt(t, 'illegal target for annotation');
      setCtx(t, 'Store');
      const simple = t.type === 'Name' && !PARENS.has(t) ? 1 : 0;
      return { type: 'AnnAssign', target: t, annotation: ast(ann), value: opt(value), simple, ...pos(this) };
    },
    ann_value(_eq, v) { return ast(v); },
    assignment_assign(targets, rhs): A.Assign {
      const ts: A.Expr[] = iter(targets);
      const value: A.Expr = ast(rhs);
      checkValue(value);
      for (const t of ts) {
        try {
          setCtx(t, 'Store');
        } catch (e) {
          if (e instanceof LexError && ts.length === 1 && isBitwiseLevel(t) && e.msg.startsWith('cannot assign to')
            && !e.msg.endsWith('__debug__')) {
            e.msg += " here. Maybe you meant '==' instead of '='?";
          }
          throw e;
        }
        checkStarred(t);
      }
      return { type: 'Assign', targets: ts, value, ...pos(this) };
    },
    assign_target(e, _eq) {
      const t: A.Expr = ast(e);
      if ((t.type === 'Yield' || t.type === 'YieldFrom') && !PARENS.has(t)) {
        errAt(t, 'assignment to yield expression not possible');
      }
      return t;
    },
    assignment_aug(target, op, rhs): A.AugAssign {
      const t: A.Expr = ast(target);
      if (t.type !== 'Name' && t.type !== 'Attribute' && t.type !== 'Subscript') {
        errAt(t, `'${describe(t)}' is an illegal expression for augmented assignment`);
      }
      setCtx(t, 'Store');
      const value: A.Expr = ast(rhs);
      checkValue(value);
      return { type: 'AugAssign', target: t, op: AUG_OPS[text(op)] as A.OperatorKind, value, ...pos(this) };
    },
    return_stmt(_r, e): A.Return {
      const v = opt(e);
      if (v) checkValue(v);
      return { type: 'Return', value: v, ...pos(this) };
    },
    raise_stmt_exc(_r, e, from): A.Raise { return { type: 'Raise', exc: ast(e), cause: opt(from), ...pos(this) }; },
    raise_stmt_bare(_r): A.Raise { return { type: 'Raise', exc: null, cause: null, ...pos(this) }; },
    raise_from(_f, e) { return ast(e); },
    pass_stmt(_p): A.Pass { return { type: 'Pass', ...pos(this) }; },
    break_stmt(_b): A.Break { return { type: 'Break', ...pos(this) }; },
    continue_stmt(_c): A.Continue { return { type: 'Continue', ...pos(this) }; },
    global_stmt(_g, names): A.Global {
      return { type: 'Global', names: names.asIteration().children.map(text), ...pos(this) };
    },
    nonlocal_stmt(_g, names): A.Nonlocal {
      return { type: 'Nonlocal', names: names.asIteration().children.map(text), ...pos(this) };
    },
    del_stmt(_d, targets, _c, _la): A.Delete {
      const ts: A.Expr[] = list(targets);
      for (const t of ts) setCtx(t, 'Del');
      return { type: 'Delete', targets: ts, ...pos(this) };
    },
    assert_stmt(_a, test, msg): A.Assert { return { type: 'Assert', test: ast(test), msg: opt(msg), ...pos(this) }; },
    assert_msg(_c, e) { return ast(e); },

    import_name(_i, names): A.Import { return { type: 'Import', names: list(names), ...pos(this) }; },
    dotted_as_name(dn, as): A.Alias { return { type: 'alias', name: ast(dn), asname: opt(as), ...pos(this) }; },
    dotted_name(l) { return l.asIteration().children.map(text).join('.'); },
    as_name(_as, n) { return text(n); },
    import_from_module(_f, dots, dn, _i, targets): A.ImportFrom {
      const level = dots.children.reduce((k, d) => k + text(d).length, 0);
      return { type: 'ImportFrom', module: ast(dn), names: ast(targets), level, ...pos(this) };
    },
    import_from_relative(_f, dots, _i, targets): A.ImportFrom {
      const level = dots.children.reduce((k, d) => k + text(d).length, 0);
      return { type: 'ImportFrom', module: null, names: ast(targets), level, ...pos(this) };
    },
    import_targets_paren(_l, names, _c, _r) { return list(names); },
    import_targets_plain(names) { return list(names); },
    import_targets_star(star): A.Alias[] { return [{ type: 'alias', name: '*', asname: null, ...pos(star) }]; },
    import_as_name(n, as): A.Alias { return { type: 'alias', name: text(n), asname: opt(as), ...pos(this) }; },

    block_indented(_nl, _in, stmts, _de) { return iter(stmts).flat(); },
    block_simple(s) { return ast(s); },
    decorator(_at, e, _nl) { return ast(e); },

    function_def(decos, def, name, _lp, params, _rp, returns, _c, block): A.FunctionDef {
      const body: A.Stmt[] = ast(block);
      return {
        type: 'FunctionDef', name: text(name), args: buildArgs(opt(params) ?? []), body, decorator_list: iter(decos),
        returns: opt(returns), ...posToBody(def, body),
      };
    },
    returns(_a, e) { return ast(e); },
    params(l, _c) { return list(l); },
    param_item_slash(_s): ParamItem { return { k: 'slash', p: pos(this) }; },
    param_item_kwargs(_p, p): ParamItem { return { k: 'kwargs', arg: ast(p), p: pos(this) }; },
    param_item_star(_s, p): ParamItem { return { k: 'star', arg: opt(p), p: pos(this) }; },
    param_item_plain(p, d): ParamItem { return { k: 'plain', arg: ast(p), def: opt(d), p: pos(this) }; },
    param(n, ann): A.Arg { return { type: 'arg', arg: text(n), annotation: opt(ann), ...pos(this) }; },
    annotation(_c, e) { return ast(e); },
    param_default(_eq, e) { return ast(e); },

    lambdef(_l, params, _c, body): A.Lambda {
      return { type: 'Lambda', args: buildArgs(opt(params) ?? []), body: ast(body), ...pos(this) };
    },
    lambda_params(l, _c) { return list(l); },
    lambda_param_item_slash(_s): ParamItem { return { k: 'slash', p: pos(this) }; },
    lambda_param_item_kwargs(_p, p): ParamItem { return { k: 'kwargs', arg: ast(p), p: pos(this) }; },
    lambda_param_item_star(_s, p): ParamItem { return { k: 'star', arg: opt(p), p: pos(this) }; },
    lambda_param_item_plain(p, d): ParamItem { return { k: 'plain', arg: ast(p), def: opt(d), p: pos(this) }; },
    lambda_param(n): A.Arg { return { type: 'arg', arg: text(n), annotation: null, ...pos(this) }; },

    class_def(decos, cls, name, args, _c, block): A.ClassDef {
      const body: A.Stmt[] = ast(block);
      const { args: bases, keywords } = buildCall(opt(args) ?? []);
      return { type: 'ClassDef', name: text(name), bases, keywords, body, decorator_list: iter(decos), ...posToBody(cls, body) };
    },
    class_args(_l, a, _r) { return opt(a) ?? []; },

    if_stmt(kw, test, _c, block, orelse): A.If {
      const body: A.Stmt[] = ast(block);
      const other: A.Stmt[] = opt(orelse) ?? [];
      return { type: 'If', test: ast(test), body, orelse: other, ...posToBody(kw, other.length ? other : body) };
    },
    elif_or_else_elif(kw, test, _c, block, orelse): A.Stmt[] {
      const body: A.Stmt[] = ast(block);
      const other: A.Stmt[] = opt(orelse) ?? [];
      return [{ type: 'If', test: ast(test), body, orelse: other, ...posToBody(kw, other.length ? other : body) }];
    },
    else_block(_e, _c, block) { return ast(block); },
    while_stmt(kw, test, _c, block, orelse): A.While {
      const body: A.Stmt[] = ast(block);
      const other: A.Stmt[] = opt(orelse) ?? [];
      return { type: 'While', test: ast(test), body, orelse: other, ...posToBody(kw, other.length ? other : body) };
    },
    for_stmt(kw, targets, _in, it, _c, block, orelse): A.For {
      const target: A.Expr = ast(targets);
      setCtx(target, 'Store');
      const body: A.Stmt[] = ast(block);
      const other: A.Stmt[] = opt(orelse) ?? [];
      return { type: 'For', target, iter: ast(it), body, orelse: other, ...posToBody(kw, other.length ? other : body) };
    },
    with_stmt_paren(kw, _l, items, _c, _r, _la, _colon, block): A.With {
      const body: A.Stmt[] = ast(block);
      return { type: 'With', items: list(items), body, ...posToBody(kw, body) };
    },
    with_stmt_plain(kw, items, _colon, block): A.With {
      const body: A.Stmt[] = ast(block);
      return { type: 'With', items: list(items), body, ...posToBody(kw, body) };
    },
    with_item_as(e, _as, t, _la): A.WithItem {
      const target: A.Expr = ast(t);
      setCtx(target, 'Store');
      return { type: 'withitem', context_expr: ast(e), optional_vars: target };
    },
    with_item_plain(e): A.WithItem { return { type: 'withitem', context_expr: ast(e), optional_vars: null }; },
    try_stmt_finally(kw, _c, block, fin): A.Try {
      const finalbody: A.Stmt[] = ast(fin);
      return { type: 'Try', body: ast(block), handlers: [], orelse: [], finalbody, ...posToBody(kw, finalbody) };
    },
    try_stmt_except(kw, _c, block, handlers, orelse, fin): A.Try {
      const hs: A.ExceptHandler[] = iter(handlers);
      const other: A.Stmt[] = opt(orelse) ?? [];
      const finalbody: A.Stmt[] = opt(fin) ?? [];
      const lastBody = finalbody.length ? finalbody : other.length ? other : hs[hs.length - 1]!.body;
      return { type: 'Try', body: ast(block), handlers: hs, orelse: other, finalbody, ...posToBody(kw, lastBody) };
    },
    except_block_typed(kw, e, as, _c, block): A.ExceptHandler {
      const body: A.Stmt[] = ast(block);
      return { type: 'ExceptHandler', exc_type: ast(e), name: opt(as), body, ...posToBody(kw, body) };
    },
    except_block_bare(kw, _c, block): A.ExceptHandler {
      const body: A.Stmt[] = ast(block);
      return { type: 'ExceptHandler', exc_type: null, name: null, body, ...posToBody(kw, body) };
    },
    finally_block(_f, _c, block) { return ast(block); },

    // ---- expressions
    star_expressions(l, comma) {
      const items: A.Expr[] = list(l);
      if (items.length === 1 && comma.children.length === 0) return items[0];
      return { type: 'Tuple', elts: items, ctx: 'Load', ...pos(this) };
    },
    star_expression_star(_s, e): A.Starred { return { type: 'Starred', value: ast(e), ctx: 'Load', ...pos(this) }; },
    star_named_expressions(l, _c) { return list(l); },
    star_named_expression_star(_s, e): A.Starred { return { type: 'Starred', value: ast(e), ctx: 'Load', ...pos(this) }; },
    named_expression_walrus(n, _w, e): A.NamedExpr {
      return { type: 'NamedExpr', target: mkName(n, 'Store'), value: ast(e), ...pos(this) };
    },
    expression_cond(body, _if, test, _else, orelse): A.IfExp {
      return { type: 'IfExp', test: ast(test), body: ast(body), orelse: ast(orelse), ...pos(this) };
    },
    yield_expr_from(_y, _f, e): A.YieldFrom { return { type: 'YieldFrom', value: ast(e), ...pos(this) }; },
    yield_expr_plain(_y, e): A.Yield { return { type: 'Yield', value: opt(e), ...pos(this) }; },

    disjunction(first, _ops, rests) { return boolOp('Or', this, first, rests); },
    conjunction(first, _ops, rests) { return boolOp('And', this, first, rests); },
    inversion_not(_n, e): A.UnaryOp { return { type: 'UnaryOp', op: 'Not', operand: ast(e), ...pos(this) }; },
    comparison(first, ops, rests) {
      if (ops.children.length === 0) return ast(first);
      return { type: 'Compare', left: ast(first), ops: iter(ops), comparators: iter(rests), ...pos(this) };
    },
    compare_op_notin(_a, _b) { return 'NotIn'; },
    compare_op_isnot(_a, _b) { return 'IsNot'; },
    compare_op(x) { return x.ctorName.startsWith('compare_op_') ? ast(x) : CMPOPS[text(x)]; },
    bitwise_or(f, o, r) { return foldBin(f, o, r); },
    factor_unary(op, e): A.UnaryOp { return { type: 'UnaryOp', op: UNOPS[text(op)]!, operand: ast(e), ...pos(this) }; },
    power_pow(p, _op, f): A.BinOp { return { type: 'BinOp', left: ast(p), op: 'Pow', right: ast(f), ...pos(this) }; },
    primary(atom, trailers) {
      let e: A.Expr = ast(atom);
      const start = this.source.startIdx;
      for (const t of trailers.children) e = (t as Any).trail({ e, start });
      return e;
    },

    arguments(l, comma, _la) {
      const items: ArgItem[] = list(l);
      if (items.length === 1 && items[0]!.k === 'genexp' && comma.children.length > 0) {
        errAt(items[0]!.v, 'Generator expression must be parenthesized');
      }
      return items;
    },
    argument_star(_s, e): ArgItem { return { k: 'star', v: { type: 'Starred', value: ast(e), ctx: 'Load', ...pos(this) } }; },
    argument_dstar(_s, e): ArgItem { return { k: 'dstar', v: { type: 'keyword', arg: null, value: ast(e), ...pos(this) } }; },
    argument_kw(n, _eq, e): ArgItem { return { k: 'kw', v: { type: 'keyword', arg: text(n), value: ast(e), ...pos(this) } }; },
    argument_genexp(elt, clauses): ArgItem {
      return { k: 'genexp', v: { type: 'GeneratorExp', elt: ast(elt), generators: iter(clauses), ...pos(this) } };
    },
    argument_pos(e): ArgItem { return { k: 'pos', v: ast(e) }; },

    slices_one(s) { return ast(s); },
    slices_tuple(l, _c): A.Tuple { return { type: 'Tuple', elts: list(l), ctx: 'Load', ...pos(this) }; },
    slice_item_star(_s, e): A.Starred { return { type: 'Starred', value: ast(e), ctx: 'Load', ...pos(this) }; },
    slice_slice(lo, _c, hi, step): A.Slice {
      return { type: 'Slice', lower: opt(lo), upper: opt(hi), step: opt(step), ...pos(this) };
    },
    slice_step(_c, e) { return opt(e); },

    name(_n): A.Name { return mkName(this); },
    kw_True(_t): A.Constant { return { type: 'Constant', value: { kind: 'bool', value: true }, ...pos(this) }; },
    kw_False(_t): A.Constant { return { type: 'Constant', value: { kind: 'bool', value: false }, ...pos(this) }; },
    kw_None(_t): A.Constant { return { type: 'Constant', value: { kind: 'none' }, ...pos(this) }; },
    ellipsis(_t): A.Constant { return { type: 'Constant', value: { kind: 'ellipsis' }, ...pos(this) }; },
    number(_t): A.Constant { return { type: 'Constant', value: tokAt(this).value!, ...pos(this) }; },

    paren_atom_yield(_l, y, _r) {
      const x = ast(y);
      PARENS.add(x);
      return x;
    },
    paren_atom_genexp(_l, elt, clauses, _r): A.GeneratorExp {
      return { type: 'GeneratorExp', elt: ast(elt), generators: iter(clauses), ...pos(this) };
    },
    paren_atom_tuple(_l, first, _c, rest, _r): A.Tuple {
      return { type: 'Tuple', elts: [ast(first), ...(opt(rest) ?? [])], ctx: 'Load', ...pos(this) };
    },
    paren_atom_empty(_l, _r): A.Tuple { return { type: 'Tuple', elts: [], ctx: 'Load', ...pos(this) }; },
    paren_atom_group(_l, e, _r) {
      const x = ast(e);
      PARENS.add(x);
      return x;
    },
    list_atom_comp(_l, elt, clauses, _r): A.ListComp {
      return { type: 'ListComp', elt: ast(elt), generators: iter(clauses), ...pos(this) };
    },
    list_atom_display(_l, items, _r): A.List { return { type: 'List', elts: opt(items) ?? [], ctx: 'Load', ...pos(this) }; },
    brace_atom_empty(_l, _r): A.Dict { return { type: 'Dict', keys: [], values: [], ...pos(this) }; },
    brace_atom_dictcomp(_l, kv, clauses, _r): A.DictComp {
      const [key, value] = ast(kv);
      return { type: 'DictComp', key, value, generators: iter(clauses), ...pos(this) };
    },
    brace_atom_setcomp(_l, elt, clauses, _r): A.SetComp {
      return { type: 'SetComp', elt: ast(elt), generators: iter(clauses), ...pos(this) };
    },
    brace_atom_dict(_l, items, _c, _r): A.Dict {
      const kvs: [A.Expr | null, A.Expr][] = list(items);
      return { type: 'Dict', keys: kvs.map((kv) => kv[0]), values: kvs.map((kv) => kv[1]), ...pos(this) };
    },
    brace_atom_set(_l, items, _r): A.SetExpr { return { type: 'Set', elts: ast(items), ...pos(this) }; },
    kvpair(k, _c, v) { return [ast(k), ast(v)]; },
    dict_item_unpack(_p, e) { return [null, ast(e)]; },
    for_if_clause(_f, targets, _in, it, ifs): A.Comprehension {
      const target: A.Expr = ast(targets);
      setCtx(target, 'Store');
      return { type: 'comprehension', target, iter: ast(it), ifs: iter(ifs), is_async: 0 };
    },
    comp_if(_i, e) { return ast(e); },
    star_targets(l, comma) {
      const items: A.Expr[] = list(l);
      if (items.length === 1 && comma.children.length === 0) return items[0];
      return { type: 'Tuple', elts: items, ctx: 'Store', ...pos(this) };
    },
    star_target_star(_s, t): A.Starred { return { type: 'Starred', value: ast(t), ctx: 'Store', ...pos(this) }; },

    // ---- strings
    strings(pieces) { return concatStrings(iter(pieces), pos(this)); },
    string(_s): Piece { return { k: 's', value: tokAt(this).value!, p: pos(this) }; },
    fstring(_s, parts, _e): Piece { return { k: 'f', parts: iter(parts).flat(), p: pos(this) }; },
    fmiddle(_m): A.Constant { return { type: 'Constant', value: tokAt(this).value!, ...pos(this) }; },
    fstring_field(lb, e, debug, conv, spec, _rb): A.Expr[] {
      const value: A.Expr = ast(e);
      const c: number | null = opt(conv);
      const formatSpec: A.JoinedStr | null = opt(spec);
      const fv: A.FormattedValue = {
        type: 'FormattedValue', value, conversion: c ?? (debug.children.length && !formatSpec ? 114 : -1),
        format_spec: formatSpec, ...pos(this),
      };
      if (debug.children.length === 0) return [fv];
      const after = T[debug.source.endIdx]!;
      const dtext = SRC.slice(tokAt(lb).end, after.start);
      return [{ type: 'Constant', value: { kind: 'str', value: dtext }, ...pos(this) }, fv];
    },
    fstring_conv(bang, n) {
      const c = text(n);
      const code = CONVERSIONS[c];
      const b = tokAt(bang);
      if (code === undefined || tokAt(n).start !== b.end) {
        errAt(pos(n), `f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`);
      }
      return code;
    },
    fstring_spec(_c, parts): A.JoinedStr {
      const p = pos(this);
      return { type: 'JoinedStr', values: mergeParts(iter(parts).flat(), p), ...p };
    },
  });
  return s;
}
