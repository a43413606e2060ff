// Symbol-table classification (local / global explicit / global implicit / free / cell), as CPython's symtable.
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/lexer/index.js';
import { buildSymtable, mangle, type Scope } from '../../../src/compiler/symtable.js';
import { PySyntaxError } from '../../../src/lexer/syntax-error.js';

function scopes(src: string): Map<string, Scope> {
  const st = buildSymtable(parse(src, 'x.py'), 'x.py');
  const out = new Map<string, Scope>();
  const walk = (s: Scope) => {
    out.set(s.name, s);
    s.children.forEach(walk);
  };
  walk(st.top);
  return out;
}

function symErr(src: string): PySyntaxError {
  try {
    buildSymtable(parse(src, 'x.py'), 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('classification', () => {
  test('module names are local (NAME ops); function names local/global implicit', () => {
    const s = scopes('x = 1\ndef f(a):\n  b = a\n  return c');
    expect(s.get('top')!.scopeOf('x')).toBe('local');
    const f = s.get('f')!;
    expect(f.scopeOf('a')).toBe('local');
    expect(f.scopeOf('b')).toBe('local');
    expect(f.scopeOf('c')).toBe('global_implicit');
    expect(f.varnames).toEqual(['a', 'b']);
  });
  test('global and nonlocal declarations', () => {
    const s = scopes('def f():\n  global g\n  g = 1\n  x = 1\n  def h():\n    nonlocal x\n    x = 2');
    expect(s.get('f')!.scopeOf('g')).toBe('global_explicit');
    expect(s.get('f')!.scopeOf('x')).toBe('cell');
    expect(s.get('h')!.scopeOf('x')).toBe('free');
  });
  test('a captured parameter is a cell and stays in varnames', () => {
    const f = scopes('def f(a):\n  return lambda: a').get('f')!;
    expect(f.cellvars).toEqual(['a']);
    expect(f.varnames).toEqual(['a']);
  });
  test('free variables pass through intermediate functions', () => {
    const s = scopes('def f():\n  x = 1\n  def g():\n    def h(): return x');
    expect(s.get('g')!.freevars).toEqual(['x']);
    expect(s.get('h')!.freevars).toEqual(['x']);
  });
  test('a global declared in an enclosing function hides its binding from nested scopes', () => {
    const s = scopes('def a():\n  x = 1\n  def b():\n    global x\n    def c(): return x');
    expect(s.get('c')!.scopeOf('x')).toBe('global_implicit');
  });
  test('class bodies do not create closures for methods', () => {
    const s = scopes('class C:\n  y = 1\n  def m(self): return y');
    expect(s.get('C')!.cellvars).toEqual([]);
    expect(s.get('m')!.scopeOf('y')).toBe('global_implicit');
  });
  test('super() / __class__ in a method: method gets __class__ free, class gets the __class__ cell', () => {
    const s = scopes('class C:\n  def m(self): return super().m()\n  def n(self): return 1');
    expect(s.get('m')!.freevars).toEqual(['__class__']);
    expect(s.get('n')!.freevars).toEqual([]);
    expect(s.get('C')!.needsClassClosure).toBe(true);
    expect(s.get('C')!.cellvars).toEqual(['__class__']);
    expect(scopes('class D:\n  def m(self): return __class__').get('D')!.needsClassClosure).toBe(true);
  });
  test('a class passes an enclosing function variable through, even when it binds the same name', () => {
    const s = scopes('def f():\n  v = 1\n  class K:\n    v = 2\n    def m(self): return v');
    expect(s.get('K')!.freevars).toEqual(['v']);
    expect(s.get('K')!.scopeOf('v')).toBe('local');
    expect(s.get('m')!.scopeOf('v')).toBe('free');
    expect(s.get('f')!.cellvars).toEqual(['v']);
  });
  test('comprehensions: own scope with .0, outer iterable evaluated outside', () => {
    const s = scopes('def f(xs):\n  return [x + y for x in xs]');
    const c = s.get('<listcomp>')!;
    expect(c.varnames).toEqual(['.0', 'x']);
    expect(c.scopeOf('y')).toBe('global_implicit');
    expect(c.flags.has('xs')).toBe(false);
  });
  test('walrus in a comprehension binds in the enclosing function', () => {
    const s = scopes('def f(z):\n  [(w := y) for y in z]\n  return w');
    expect(s.get('f')!.scopeOf('w')).toBe('cell');
    expect(s.get('<listcomp>')!.scopeOf('w')).toBe('free');
  });
  test('generators', () => {
    expect(scopes('def g():\n  yield 1').get('g')!.isGenerator).toBe(true);
    expect(scopes('x = (i for i in y)').get('<genexpr>')!.isGenerator).toBe(true);
  });
  test('annotated name without a value is still local', () => {
    expect(scopes('def f():\n  x: int\n  return x').get('f')!.scopeOf('x')).toBe('local');
  });
  test('private name mangling', () => {
    expect(mangle('C', '__x')).toBe('_C__x');
    expect(mangle('_C', '__x')).toBe('_C__x');
    expect(mangle('C', '__x__')).toBe('__x__');
    expect(mangle('__', '__x')).toBe('__x');
    expect(scopes('class C:\n  __a = 1').get('C')!.scopeOf('_C__a')).toBe('local');
  });
});

describe('SyntaxErrors', () => {
  const cases: [string, string, number][] = [
    ['def f():\n  print(x)\n  global x', "name 'x' is used prior to global declaration", 3],
    ['def f():\n  x = 1\n  global x', "name 'x' is assigned to before global declaration", 3],
    ['def f(x):\n  global x', "name 'x' is parameter and global", 2],
    ['def f():\n  nonlocal q', "no binding for nonlocal 'q' found", 2],
    ['nonlocal q', 'nonlocal declaration not allowed at module level', 1],
    ['yield 1', "'yield' outside function", 1],
    ['class A:\n  yield 1', "'yield' outside function", 2],
    ['x = [(yield) for y in z]', "'yield' inside list comprehension", 1],
    ['def f(a, a): pass', "duplicate argument 'a' in function definition", 1],
    ['def f():\n  from m import *', 'import * only allowed at module level', 2],
    ['class A:\n  [y := 1 for x in z]', 'assignment expression within a comprehension cannot be used in a class body', 2],
  ];
  test.each(cases)('%j', (src, msg, line) => {
    const e = symErr(src);
    expect(e.msg).toBe(msg);
    expect(e.lineno).toBe(line);
    expect(e.filename).toBe('x.py');
  });
});
