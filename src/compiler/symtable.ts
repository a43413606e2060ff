/**
 * @fileoverview The symbol table: one Scope per module, class body, function, lambda and comprehension, and the
 * classification of every name in it as local / global (explicit or implicit) / free / cell, as CPython's
 * Python/symtable.c does (two passes: collect flags while walking the AST, then analyze top-down with the sets of
 * names bound by enclosing functions). codegen.ts asks it which LOAD_/STORE_ family to use and what goes into
 * varnames, cellvars and freevars. Annotations are never evaluated (3.14 semantics), so they are not visited.
 */
import type * as A from '../lexer/ast.js';
import { PySyntaxError } from '../lexer/syntax-error.js';

// symbol flags collected in the first pass (CPython's DEF_*)
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
/** a name free in a method that is also bound in the class body (the class passes it through as a free var) */
export const DEF_FREE_CLASS = 32;
export const DEF_IMPORT = 64;
const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type SymScope = 'local' | 'global_explicit' | 'global_implicit' | 'free' | 'cell';
export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export class Scope {
  readonly flags = new Map<string, number>();
  readonly scopes = new Map<string, SymScope>();
  readonly children: Scope[] = [];
  /** parameter names in varnames order (posonly, args, kwonly, *args, **kwargs) */
  readonly params: string[] = [];
  isGenerator = false;
  /** a class body whose methods use super() or __class__: it gets a __class__ cell */
  needsClassClosure = false;
  /** nested inside a function at some level (CO_NESTED) */
  nested = false;
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** where global/nonlocal names were declared, for error positions */
  readonly directives = new Map<string, A.Pos>();

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: object | null,
    readonly parent: Scope | null,
    /** the class name used for private-name mangling inside this scope, if any */
    readonly privateName: string | null,
    readonly lineno: number,
  ) {}

  /** function-like scopes use fast locals (CO_OPTIMIZED) */
  get optimized(): boolean {
    return this.kind === 'function' || this.kind === 'lambda' || this.kind === 'comprehension';
  }

  scopeOf(name: string): SymScope {
    return this.scopes.get(name) ?? 'global_implicit';
  }
}

export interface SymTable {
  top: Scope;
  /** FunctionDef, Lambda, ClassDef, ListComp, SetComp, DictComp, GeneratorExp node → its scope */
  byNode: Map<object, Scope>;
}

/** CPython's _Py_Mangle: `__x` inside class C becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export function syntaxError(msg: string, filename: string, pos: A.Pos | null | undefined): PySyntaxError {
  const line = pos?.lineno ?? 1;
  const col = pos?.col_offset ?? 0;
  return new PySyntaxError('SyntaxError', msg, filename, line, col + 1, '',
    pos?.end_lineno, pos?.end_col_offset !== undefined ? pos.end_col_offset + 1 : undefined);
}

const COMP_NAMES: Record<string, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

class Builder {
  readonly byNode = new Map<object, Scope>();
  cur: Scope;
  readonly top: Scope;

  constructor(readonly filename: string) {
    this.top = new Scope('module', 'top', null, null, null, 1);
    this.cur = this.top;
  }

  err(msg: string, pos: A.Pos | null | undefined): PySyntaxError {
    return syntaxError(msg, this.filename, pos);
  }

  enter(kind: ScopeKind, name: string, node: object, lineno: number, privateName?: string | null): Scope {
    const parent = this.cur;
    const s = new Scope(kind, name, node, parent, privateName === undefined ? parent.privateName : privateName, lineno);
    s.nested = parent.nested || parent.optimized;
    parent.children.push(s);
    this.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  leave(): void {
    this.cur = this.cur.parent!;
  }

  addDef(name: string, flag: number, pos: A.Pos | null, scope: Scope = this.cur): void {
    const m = mangle(scope.privateName, name);
    const old = scope.flags.get(m) ?? 0;
    if ((flag & DEF_PARAM) && (old & DEF_PARAM)) {
      throw this.err(`duplicate argument '${name}' in function definition`, pos);
    }
    scope.flags.set(m, old | flag);
    if (flag & DEF_PARAM) scope.params.push(m);
  }

  // ------------------------------------------------------------ statements
  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'FunctionDef':
        this.exprs(s.decorator_list);
        this.argDefaults(s.args);
        this.addDef(s.name, DEF_LOCAL, s);
        this.enter('function', s.name, s, s.lineno);
        this.params(s.args);
        this.stmts(s.body);
        this.leave();
        break;
      case 'ClassDef':
        this.exprs(s.decorator_list);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.addDef(s.name, DEF_LOCAL, s);
        this.enter('class', s.name, s, s.lineno, s.name);
        this.stmts(s.body);
        this.leave();
        break;
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.expr(s.value);
        this.exprs(s.targets);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        if (s.target.type === 'Name') {
          const m = mangle(this.cur.privateName, s.target.id);
          const old = this.cur.flags.get(m) ?? 0;
          if ((old & (DEF_GLOBAL | DEF_NONLOCAL)) && s.simple) {
            throw this.err(`annotated name '${s.target.id}' can't be ${old & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
          }
          this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        if (s.value) this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.exc_type) this.expr(h.exc_type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') throw this.err('import * only allowed at module level', s);
            continue;
          }
          const bound = a.asname ?? (s.type === 'Import' ? a.name.split('.')[0] : a.name);
          this.addDef(bound, DEF_IMPORT, a);
        }
        break;
      case 'Global':
      case 'Nonlocal':
        this.declare(s);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      default: {
        const never: never = s;
        throw new Error(`symtable: unknown statement ${(never as { type: string }).type}`);
      }
    }
  }

  declare(s: A.Global | A.Nonlocal): void {
    const isGlobal = s.type === 'Global';
    const what = isGlobal ? 'global' : 'nonlocal';
    if (!isGlobal && this.cur.kind === 'module') throw this.err('nonlocal declaration not allowed at module level', s);
    for (const name of s.names) {
      const m = mangle(this.cur.privateName, name);
      const cur = this.cur.flags.get(m) ?? 0;
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_IMPORT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
        else msg = `name '${name}' is assigned to before ${what} declaration`;
        throw this.err(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.cur.directives.set(m, s);
    }
  }

  argDefaults(a: A.Arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(d);
  }

  params(a: A.Arguments): void {
    for (const p of a.posonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.args) this.addDef(p.arg, DEF_PARAM, p);
    for (const p of a.kwonlyargs) this.addDef(p.arg, DEF_PARAM, p);
    if (a.vararg) this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
    if (a.kwarg) this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
  }

  // ------------------------------------------------------------ expressions
  exprs(es: A.Expr[]): void {
    for (const e of es) this.expr(e);
  }

  expr(e: A.Expr): void {
    switch (e.type) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'NamedExpr':
        this.expr(e.value);
        this.namedExprTarget(e);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.argDefaults(e.args);
        this.enter('lambda', '<lambda>', e, e.lineno);
        this.params(e.args);
        this.expr(e.body);
        this.leave();
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, e.generators, [e.elt]);
        break;
      case 'DictComp':
        this.comprehension(e, e.generators, [e.key, e.value]);
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        this.markYield(e);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        // zero-argument super() finds __class__ through the calling frame: make it a free variable
        if (e.ctx === 'Load' && this.cur.optimized && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      default: {
        const never: never = e;
        throw new Error(`symtable: unknown expression ${(never as { type: string }).type}`);
      }
    }
  }

  markYield(e: A.Expr): void {
    const s = this.cur;
    if (s.kind === 'module' || s.kind === 'class') throw this.err("'yield' outside function", e);
    if (s.kind === 'comprehension') {
      throw this.err(`'yield' inside ${COMP_NAMES[(s.node as A.Expr).type]}`, e);
    }
    s.isGenerator = true;
  }

  comprehension(e: A.Expr, gens: A.Comprehension[], elts: A.Expr[]): void {
    // the outermost iterable is evaluated in the enclosing scope and passed in as `.0`
    this.expr(gens[0].iter);
    const names: Record<string, string> = {
      ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
    };
    const s = this.enter('comprehension', names[e.type], e, e.lineno);
    if (e.type === 'GeneratorExp') s.isGenerator = true;
    this.addDef('.0', DEF_PARAM, e);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(g.iter);
      this.expr(g.target);
      this.exprs(g.ifs);
    });
    this.exprs(elts);
    this.leave();
  }

  /** PEP 572: a walrus inside a comprehension binds in the nearest enclosing function (or module) scope. */
  namedExprTarget(e: A.NamedExpr): void {
    const name = e.target.id;
    if (this.cur.kind !== 'comprehension') {
      this.addDef(name, DEF_LOCAL, e.target);
      return;
    }
    for (let s: Scope | null = this.cur; s; s = s.parent) {
      if (s.kind === 'comprehension') {
        const f = s.flags.get(name) ?? 0;
        if (f & DEF_LOCAL) {
          throw this.err(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        }
        continue;
      }
      if (s.kind === 'function' || s.kind === 'lambda') {
        const f = s.flags.get(name) ?? 0;
        this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e.target);
        this.addDef(name, DEF_LOCAL, e.target, s);
        return;
      }
      if (s.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, e.target);
        this.addDef(name, DEF_GLOBAL, e.target, s);
        return;
      }
      throw this.err('assignment expression within a comprehension cannot be used in a class body', e);
    }
  }
}

// ---------------------------------------------------------------- analysis (CPython's analyze_block)

function analyze(st: Builder, s: Scope, bound: Set<string> | null, global: Set<string>, free: Set<string>): void {
  const local = new Set<string>();
  const newbound = new Set<string>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();

  // the class namespace does not affect names visible in nested functions
  if (s.kind === 'class') {
    for (const g of global) newglobal.add(g);
    if (bound) for (const b of bound) newbound.add(b);
  }

  for (const [name, flags] of s.flags) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw st.err(`name '${name}' is nonlocal and global`, s.directives.get(name));
      s.scopes.set(name, 'global_explicit');
      global.add(name);
      if (bound) bound.delete(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!bound) throw st.err('nonlocal declaration not allowed at module level', s.directives.get(name));
      if (!bound.has(name)) throw st.err(`no binding for nonlocal '${name}' found`, s.directives.get(name));
      s.scopes.set(name, 'free');
      free.add(name);
    } else if (flags & DEF_BOUND) {
      s.scopes.set(name, 'local');
      local.add(name);
      global.delete(name);
    } else if (bound && bound.has(name)) {
      s.scopes.set(name, 'free');
      free.add(name);
    } else {
      s.scopes.set(name, 'global_implicit');
    }
  }

  if (s.kind !== 'class') {
    if (s.optimized) for (const l of local) newbound.add(l);
    if (bound) for (const b of bound) newbound.add(b);
    for (const g of global) newglobal.add(g);
  } else {
    newbound.add('__class__');
  }

  for (const c of s.children) {
    const childFree = new Set<string>();
    analyze(st, c, new Set(newbound), new Set(newglobal), childFree);
    for (const f of childFree) newfree.add(f);
  }

  if (s.optimized) {
    // locals captured by children become cells
    for (const [name, sc] of s.scopes) {
      if (sc === 'local' && newfree.has(name)) {
        s.scopes.set(name, 'cell');
        newfree.delete(name);
      }
    }
  } else if (s.kind === 'class' && newfree.has('__class__')) {
    newfree.delete('__class__');
    s.needsClassClosure = true;
  }

  // free variables of children that this scope must pass through
  for (const name of newfree) {
    const f = s.flags.get(name);
    if (f !== undefined) {
      if (s.kind === 'class') s.flags.set(name, f | DEF_FREE_CLASS);
      continue;
    }
    if (bound && !bound.has(name)) continue; // a global
    if (!bound) continue; // module level: global
    s.flags.set(name, 0);
    s.scopes.set(name, 'free');
  }
  for (const f of newfree) free.add(f);

  // varnames, cellvars, freevars
  const names = [...s.flags.keys()];
  s.varnames = s.optimized
    ? [...s.params, ...names.filter((n) => s.scopes.get(n) === 'local' && !s.params.includes(n))]
    : [];
  s.cellvars = names.filter((n) => s.scopes.get(n) === 'cell').sort();
  if (s.needsClassClosure) s.cellvars = [...s.cellvars, '__class__'].sort();
  s.freevars = names.filter((n) => s.scopes.get(n) === 'free' || ((s.flags.get(n)! & DEF_FREE_CLASS) !== 0)).sort();
}

export function buildSymtable(mod: A.Module, filename: string): SymTable {
  const b = new Builder(filename);
  b.stmts(mod.body);
  analyze(b, b.top, null, new Set(), new Set());
  return { top: b.top, byNode: b.byNode };
}
