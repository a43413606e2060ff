// Codegen shapes: the exact instruction sequence key constructs compile to (Lua's code.lua style). Jump targets
// are absolute instruction indexes, counting the RESUME that `ops` leaves out.
import { describe, expect, test } from 'vitest';
import { compileSrc, codeNamed, ops, opnames } from './helpers.js';
import { PySyntaxError } from '../../../src/lexer/syntax-error.js';
import { CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, OPS } from '../../../src/vm/opcodes.js';

describe('module, names and constants', () => {
  test('module code starts with RESUME and returns None', () => {
    const c = compileSrc('x = 1');
    expect(c.code[0] & 0xff).toBe(OPS.findIndex((o) => o.name === 'RESUME'));
    expect(ops('x = 1')).toEqual(['LOAD_CONST 1', 'STORE_NAME x', 'RETURN_CONST None']);
  });
  test('constant tuples fold; -1 folds', () => {
    expect(ops('x = (1, (2, "a"), -1)')).toEqual(["LOAD_CONST (1, (2, 'a'), -1)", 'STORE_NAME x', 'RETURN_CONST None']);
  });
  test('1, 1.0 and True are distinct constants', () => {
    const c = compileSrc('a = 1\nb = 1.0\nc = True\nd = 1');
    expect(c.consts.map((k) => k.kind)).toEqual(['int', 'float', 'bool', 'none']);
  });
  test('list/set of constants extend from one constant', () => {
    expect(opnames('x = [1, 2, 3]')).toEqual(['BUILD_LIST', 'LOAD_CONST', 'LIST_EXTEND', 'STORE_NAME', 'RETURN_CONST']);
    expect(ops('x = {1, 2, 3}').slice(0, 3)).toEqual(['BUILD_SET 0', 'LOAD_CONST frozenset({1, 2, 3})', 'SET_UPDATE 1']);
  });
  test('annotations are not evaluated', () => {
    expect(ops('x: int = 5\ny: str')).toEqual(['LOAD_CONST 5', 'STORE_NAME x', 'RETURN_CONST None']);
    expect(ops('def f(a: int) -> str: pass', 'f')).toEqual(['RETURN_CONST None']);
  });
  test('function scope: fast locals, globals, no docstring code', () => {
    expect(ops('def f(a):\n  "doc"\n  b = a\n  return g(b)', 'f')).toEqual([
      'LOAD_FAST a', 'STORE_FAST b', 'LOAD_GLOBAL g', 'PUSH_NULL', 'LOAD_FAST b', 'CALL 1', 'RETURN_VALUE',
    ]);
    const f = codeNamed(compileSrc('def f():\n  "doc"\n'), 'f');
    expect(f.consts[0]).toEqual({ kind: 'str', value: 'doc' });
    expect(codeNamed(compileSrc('def f(): pass'), 'f').consts[0]).toEqual({ kind: 'none' });
  });
  test('module docstring is stored in __doc__', () => {
    expect(ops('"d"\nx = 1').slice(0, 2)).toEqual(["LOAD_CONST 'd'", 'STORE_NAME __doc__']);
  });
});

describe('calls', () => {
  test('plain call: callable, NULL, args', () => {
    expect(ops('f(a, b=1)')).toEqual([
      'LOAD_NAME f', 'PUSH_NULL', 'LOAD_NAME a', 'LOAD_CONST 1', "LOAD_CONST ('b',)", 'CALL_KW 2', 'POP_TOP',
      'RETURN_CONST None',
    ]);
  });
  test('method call uses LOAD_METHOD', () => {
    expect(opnames('o.m(1)')).toEqual(['LOAD_NAME', 'LOAD_METHOD', 'LOAD_CONST', 'CALL', 'POP_TOP', 'RETURN_CONST']);
  });
  test('*args / **kwargs go through CALL_FUNCTION_EX', () => {
    expect(ops('o.m(*a)')).toEqual([
      'LOAD_NAME o', 'LOAD_ATTR m', 'PUSH_NULL', 'BUILD_LIST 0', 'LOAD_NAME a', 'LIST_EXTEND 1', 'LIST_TO_TUPLE',
      'CALL_FUNCTION_EX 0', 'POP_TOP', 'RETURN_CONST None',
    ]);
    expect(ops('f(x, *a, k=1, **kw)')).toEqual([
      'LOAD_NAME f', 'PUSH_NULL', 'LOAD_NAME x', 'BUILD_LIST 1', 'LOAD_NAME a', 'LIST_EXTEND 1', 'LIST_TO_TUPLE',
      "LOAD_CONST 'k'", 'LOAD_CONST 1', 'BUILD_MAP 1', 'LOAD_NAME kw', 'DICT_MERGE 1', 'CALL_FUNCTION_EX 1',
      'POP_TOP', 'RETURN_CONST None',
    ]);
  });
  test('decorators: pushed first, applied by CALL 0 with the function in the self slot', () => {
    expect(opnames('@d\ndef f(): pass')).toEqual(['LOAD_NAME', 'LOAD_CONST', 'MAKE_FUNCTION', 'CALL', 'STORE_NAME', 'RETURN_CONST']);
  });
  test('repeated keyword is a SyntaxError', () => {
    expect(() => compileSrc('f(a=1, a=2)')).toThrow('keyword argument repeated: a');
  });
});

describe('expressions', () => {
  test('and/or use JUMP_IF_*_OR_POP', () => {
    expect(ops('x = a and b or c')).toEqual([
      'LOAD_NAME a', 'JUMP_IF_FALSE_OR_POP to 4', 'LOAD_NAME b', 'JUMP_IF_TRUE_OR_POP to 6', 'LOAD_NAME c',
      'STORE_NAME x', 'RETURN_CONST None',
    ]);
  });
  test('chained comparison', () => {
    expect(ops('x = a < b < c')).toEqual([
      'LOAD_NAME a', 'LOAD_NAME b', 'SWAP 2', 'COPY 2', 'COMPARE_OP 0', 'JUMP_IF_FALSE_OR_POP to 10', 'LOAD_NAME c',
      'COMPARE_OP 0', 'JUMP_FORWARD to 12', 'SWAP 2', 'POP_TOP', 'STORE_NAME x', 'RETURN_CONST None',
    ]);
  });
  test('is / in / not in', () => {
    expect(opnames('x = a is not b')).toContain('IS_OP');
    expect(ops('x = a not in b')).toContain('CONTAINS_OP 1');
  });
  test('`is None` in a test uses POP_JUMP_IF_NONE', () => {
    expect(opnames('if x is None: y()')).toContain('POP_JUMP_IF_NOT_NONE');
    expect(opnames('while x is not None: y()')).toContain('POP_JUMP_IF_NONE');
  });
  test('f-strings', () => {
    expect(ops('f"a{b!r:>{w}}"')).toEqual([
      "LOAD_CONST 'a'", 'LOAD_NAME b', "LOAD_CONST '>'", 'LOAD_NAME w', 'FORMAT_VALUE 0', 'BUILD_STRING 2',
      'FORMAT_VALUE 6', 'BUILD_STRING 2', 'POP_TOP', 'RETURN_CONST None',
    ]);
    expect(ops('x = f"{y}"')).toEqual(['LOAD_NAME y', 'FORMAT_VALUE 0', 'STORE_NAME x', 'RETURN_CONST None']);
  });
  test('slices', () => {
    expect(ops('x = a[1:]')).toEqual([
      'LOAD_NAME a', 'LOAD_CONST 1', 'LOAD_CONST None', 'BUILD_SLICE 2', 'BINARY_SUBSCR', 'STORE_NAME x',
      'RETURN_CONST None',
    ]);
    expect(opnames('a[::2] = b')).toEqual(['LOAD_NAME', 'LOAD_NAME', 'LOAD_CONST', 'LOAD_CONST', 'LOAD_CONST', 'BUILD_SLICE', 'STORE_SUBSCR', 'RETURN_CONST']);
  });
  test('starred displays', () => {
    expect(ops('x = (1, *a, 2)')).toEqual([
      'LOAD_CONST 1', 'BUILD_LIST 1', 'LOAD_NAME a', 'LIST_EXTEND 1', 'LOAD_CONST 2', 'LIST_APPEND 1',
      'LIST_TO_TUPLE', 'STORE_NAME x', 'RETURN_CONST None',
    ]);
    expect(ops('x = {**a, "b": 1}')).toEqual([
      'BUILD_MAP 0', 'LOAD_NAME a', 'DICT_UPDATE 1', "LOAD_CONST 'b'", 'LOAD_CONST 1', 'BUILD_MAP 1',
      'DICT_UPDATE 1', 'STORE_NAME x', 'RETURN_CONST None',
    ]);
  });
  test('lambda', () => {
    expect(ops('f = lambda x, y=1: x + y', '<lambda>')).toEqual(['LOAD_FAST x', 'LOAD_FAST y', 'BINARY_OP 0', 'RETURN_VALUE']);
  });
  test('walrus binds in the enclosing function, even from a comprehension', () => {
    const src = 'def f(z):\n  [x := 1 for y in z]\n  return x';
    expect(ops(src, 'f')).toEqual([
      'LOAD_CLOSURE x', 'BUILD_TUPLE 1', 'LOAD_CONST <code object <listcomp>, file "x.py", line 2>', 'MAKE_FUNCTION 8',
      'LOAD_FAST z', 'GET_ITER', 'CALL 0', 'POP_TOP', 'LOAD_DEREF x', 'RETURN_VALUE',
    ]);
    expect(ops(src, '<listcomp>')).toContain('STORE_DEREF x');
    expect(ops('[w := 2 for y in z]', '<listcomp>')).toContain('STORE_GLOBAL w');
  });
});

describe('assignment', () => {
  test('chained assignment copies', () => {
    expect(ops('a = b = c')).toEqual(['LOAD_NAME c', 'COPY 1', 'STORE_NAME a', 'STORE_NAME b', 'RETURN_CONST None']);
  });
  test('augmented assignment to attribute and subscript', () => {
    expect(ops('x.y += 1')).toEqual([
      'LOAD_NAME x', 'COPY 1', 'LOAD_ATTR y', 'LOAD_CONST 1', 'BINARY_OP 13', 'SWAP 2', 'STORE_ATTR y',
      'RETURN_CONST None',
    ]);
    expect(ops('x[i] -= 1')).toEqual([
      'LOAD_NAME x', 'LOAD_NAME i', 'COPY 2', 'COPY 2', 'BINARY_SUBSCR', 'LOAD_CONST 1', 'BINARY_OP 23', 'SWAP 3',
      'SWAP 2', 'STORE_SUBSCR', 'RETURN_CONST None',
    ]);
  });
  test('unpacking', () => {
    expect(ops('a, *b, c = d')).toEqual(['LOAD_NAME d', 'UNPACK_EX 257', 'STORE_NAME a', 'STORE_NAME b', 'STORE_NAME c', 'RETURN_CONST None']);
    expect(ops('(a, [b, c]) = d')).toEqual([
      'LOAD_NAME d', 'UNPACK_SEQUENCE 2', 'STORE_NAME a', 'UNPACK_SEQUENCE 2', 'STORE_NAME b', 'STORE_NAME c',
      'RETURN_CONST None',
    ]);
    expect(() => compileSrc('a, *b, *c = d')).toThrow('multiple starred expressions in assignment');
  });
  test('del', () => {
    expect(ops('del a, b.c, d[e]')).toEqual([
      'DELETE_NAME a', 'LOAD_NAME b', 'DELETE_ATTR c', 'LOAD_NAME d', 'LOAD_NAME e', 'DELETE_SUBSCR', 'RETURN_CONST None',
    ]);
    expect(ops('def f(a):\n  del a', 'f')).toEqual(['DELETE_FAST a', 'RETURN_CONST None']);
  });
});

describe('control flow', () => {
  test('for/else with break', () => {
    expect(ops('def f():\n  for x in y:\n    if x: break\n  else:\n    return 1\n', 'f')).toEqual([
      'LOAD_GLOBAL y', 'GET_ITER', 'FOR_ITER to 10', 'STORE_FAST x', 'LOAD_FAST x', 'POP_JUMP_IF_FALSE to 9',
      'POP_TOP', 'JUMP_FORWARD to 11', 'JUMP_BACKWARD to 3', 'RETURN_CONST 1', 'RETURN_CONST None',
    ]);
  });
  test('while/continue: every back edge is JUMP_BACKWARD', () => {
    expect(ops('def f():\n  while x:\n    continue\n', 'f')).toEqual([
      'LOAD_GLOBAL x', 'POP_JUMP_IF_FALSE to 4', 'JUMP_BACKWARD to 1', 'RETURN_CONST None',
    ]);
  });
  test('while True drops the test and the unreachable code after it', () => {
    expect(ops('def f():\n  while True:\n    g()\n', 'f')).toEqual(['LOAD_GLOBAL g', 'PUSH_NULL', 'CALL 0', 'POP_TOP', 'JUMP_BACKWARD to 1']);
  });
  test('if/elif/else', () => {
    expect(opnames('if a: b()\nelif c: d()\nelse: e()')).toEqual([
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'PUSH_NULL', 'CALL', 'POP_TOP', 'JUMP_FORWARD',
      'LOAD_NAME', 'POP_JUMP_IF_FALSE', 'LOAD_NAME', 'PUSH_NULL', 'CALL', 'POP_TOP', 'JUMP_FORWARD',
      'LOAD_NAME', 'PUSH_NULL', 'CALL', 'POP_TOP', 'RETURN_CONST',
    ]);
    const o = ops('if a and not b: c()');
    expect(o.slice(0, 4)).toEqual(['LOAD_NAME a', 'POP_JUMP_IF_FALSE to 9', 'LOAD_NAME b', 'POP_JUMP_IF_TRUE to 9']);
  });
  test('assert', () => {
    expect(ops('assert x, "m"')).toEqual([
      'LOAD_NAME x', 'POP_JUMP_IF_TRUE to 7', 'LOAD_ASSERTION_ERROR', "LOAD_CONST 'm'", 'CALL 0', 'RAISE_VARARGS 1',
      'RETURN_CONST None',
    ]);
  });
  test('raise forms', () => {
    expect(opnames('raise')).toEqual(['RAISE_VARARGS']);
    expect(ops('raise E from c')).toEqual(['LOAD_NAME E', 'LOAD_NAME c', 'RAISE_VARARGS 2']);
  });
});

describe('exceptions and with', () => {
  test('try/except E as e', () => {
    const src = 'def f():\n  try:\n    g()\n  except E as e:\n    h(e)\n';
    expect(ops(src, 'f')).toEqual([
      'LOAD_GLOBAL g', 'PUSH_NULL', 'CALL 0', 'POP_TOP', 'JUMP_FORWARD to 29',
      'PUSH_EXC_INFO', 'LOAD_GLOBAL E', 'CHECK_EXC_MATCH', 'POP_JUMP_IF_FALSE to 25', 'STORE_FAST e',
      'LOAD_GLOBAL h', 'PUSH_NULL', 'LOAD_FAST e', 'CALL 1', 'POP_TOP',
      'POP_EXCEPT', 'LOAD_CONST None', 'STORE_FAST e', 'DELETE_FAST e', 'JUMP_FORWARD to 29',
      'LOAD_CONST None', 'STORE_FAST e', 'DELETE_FAST e', 'RERAISE 1',
      'RERAISE 0',
      'COPY 3', 'POP_EXCEPT', 'RERAISE 1',
      'RETURN_CONST None',
    ]);
    expect(codeNamed(compileSrc(src), 'f').exceptiontable).toEqual([
      { start: 1, end: 5, target: 6, depth: 0, lasti: false },
      { start: 6, end: 11, target: 26, depth: 1, lasti: true },
      { start: 11, end: 16, target: 21, depth: 1, lasti: true },
      { start: 21, end: 26, target: 26, depth: 1, lasti: true },
    ]);
  });
  test('try/finally inlines the finally body on the normal path', () => {
    const src = 'def f():\n  try:\n    g()\n  finally:\n    h()\n';
    expect(ops(src, 'f')).toEqual([
      'LOAD_GLOBAL g', 'PUSH_NULL', 'CALL 0', 'POP_TOP', 'LOAD_GLOBAL h', 'PUSH_NULL', 'CALL 0', 'POP_TOP',
      'JUMP_FORWARD to 19', 'PUSH_EXC_INFO', 'LOAD_GLOBAL h', 'PUSH_NULL', 'CALL 0', 'POP_TOP', 'RERAISE 0',
      'COPY 3', 'POP_EXCEPT', 'RERAISE 1', 'RETURN_CONST None',
    ]);
    expect(codeNamed(compileSrc(src), 'f').exceptiontable).toEqual([
      { start: 1, end: 5, target: 10, depth: 0, lasti: false },
      { start: 10, end: 16, target: 16, depth: 1, lasti: true },
    ]);
  });
  test('return inside with calls __exit__(None, None, None) on the way out', () => {
    const src = 'def f():\n  with a as b:\n    return b\n';
    // as CPython 3.14: exit_func and exit_self under the return value, moved up by SWAP 3 + SWAP 2, then CALL 3
    expect(ops(src, 'f')).toEqual([
      'LOAD_GLOBAL a', 'BEFORE_WITH', 'STORE_FAST b', 'LOAD_FAST b', 'SWAP 3', 'SWAP 2', 'LOAD_CONST None',
      'LOAD_CONST None', 'LOAD_CONST None', 'CALL 3', 'POP_TOP', 'RETURN_VALUE',
      'PUSH_EXC_INFO', 'WITH_EXCEPT_START', 'POP_JUMP_IF_TRUE to 17', 'RERAISE 2', 'POP_TOP', 'POP_EXCEPT',
      'POP_TOP', 'POP_TOP', 'POP_TOP', 'JUMP_FORWARD to 26', 'COPY 3', 'POP_EXCEPT', 'RERAISE 1', 'RETURN_CONST None',
    ]);
    const f = codeNamed(compileSrc(src), 'f');
    // the body handler keeps exit_func and exit_self (depth 2) and pushes lasti + exc:
    // exit_func exit_self lasti exc, what WITH_EXCEPT_START wants
    expect(f.exceptiontable).toEqual([
      { start: 3, end: 5, target: 13, depth: 2, lasti: true },
      { start: 13, end: 18, target: 23, depth: 4, lasti: true },
    ]);
  });
  test('return through finally inlines it; break out of for pops the iterator', () => {
    const o = ops('def f():\n  for x in y:\n    try:\n      return x\n    finally:\n      break\n', 'f');
    // the finally body's break discards the pending return value, then the iterator
    expect(o.slice(0, 8)).toEqual([
      'LOAD_GLOBAL y', 'GET_ITER', 'FOR_ITER to 17', 'STORE_FAST x', 'LOAD_FAST x', 'POP_TOP', 'POP_TOP', 'JUMP_FORWARD to 17',
    ]);
  });
});

describe('functions, closures, classes, generators', () => {
  test('defaults, kwdefaults and flags', () => {
    expect(ops('def f(a, b=2, *c, d, e=3, **k): pass')).toEqual([
      'LOAD_CONST (2,)', "LOAD_CONST 'e'", 'LOAD_CONST 3', 'BUILD_MAP 1',
      'LOAD_CONST <code object f, file "x.py", line 1>', 'MAKE_FUNCTION 3', 'STORE_NAME f', 'RETURN_CONST None',
    ]);
    const f = codeNamed(compileSrc('def f(a, /, b=2, *c, d, e=3, **k): pass'), 'f');
    expect(f.varnames).toEqual(['a', 'b', 'd', 'e', 'c', 'k']);
    expect([f.argcount, f.posonlyargcount, f.kwonlyargcount]).toEqual([2, 1, 2]);
    expect(f.flags & (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS)).toBe(CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
  });
  test('closures: cells, LOAD_CLOSURE tuple, MAKE_FUNCTION 8, nonlocal', () => {
    const src = 'def f(a):\n  y = a\n  def g():\n    nonlocal y\n    y += 1\n    return y + a\n  return g';
    const top = compileSrc(src);
    const f = codeNamed(top, 'f');
    const g = codeNamed(top, 'g');
    expect(f.cellvars).toEqual(['a', 'y']);
    expect(g.freevars).toEqual(['a', 'y']);
    expect(g.qualname).toBe('f.<locals>.g');
    expect(g.flags & CO_NESTED).toBe(CO_NESTED);
    expect(ops(src, 'f')).toEqual([
      'LOAD_DEREF a', 'STORE_DEREF y', 'LOAD_CLOSURE a', 'LOAD_CLOSURE y', 'BUILD_TUPLE 2',
      'LOAD_CONST <code object g, file "x.py", line 3>', 'MAKE_FUNCTION 8', 'STORE_FAST g', 'LOAD_FAST g', 'RETURN_VALUE',
    ]);
    expect(ops(src, 'g')).toEqual([
      'LOAD_DEREF y', 'LOAD_CONST 1', 'BINARY_OP 13', 'STORE_DEREF y', 'LOAD_DEREF y', 'LOAD_DEREF a', 'BINARY_OP 0',
      'RETURN_VALUE',
    ]);
  });
  test('class: __build_class__ call, body prologue, __classcell__ when super() is used', () => {
    const src = 'class C(B, metaclass=M):\n  def m(self): return super().m()\n';
    expect(ops(src)).toEqual([
      'LOAD_BUILD_CLASS', 'PUSH_NULL', 'LOAD_CONST <code object C, file "x.py", line 1>', 'MAKE_FUNCTION 0',
      "LOAD_CONST 'C'", 'LOAD_NAME B', 'LOAD_NAME M', "LOAD_CONST ('metaclass',)", 'CALL_KW 4', 'STORE_NAME C',
      'RETURN_CONST None',
    ]);
    expect(ops(src, 'C')).toEqual([
      'LOAD_NAME __name__', 'STORE_NAME __module__', "LOAD_CONST 'C'", 'STORE_NAME __qualname__',
      'LOAD_CLOSURE __class__', 'BUILD_TUPLE 1', 'LOAD_CONST <code object m, file "x.py", line 2>', 'MAKE_FUNCTION 8',
      'STORE_NAME m', 'LOAD_CLOSURE __class__', 'COPY 1', 'STORE_NAME __classcell__', 'RETURN_VALUE',
    ]);
    expect(ops(src, 'm')).toEqual(['LOAD_GLOBAL super', 'PUSH_NULL', 'CALL 0', 'LOAD_METHOD m', 'CALL 0', 'RETURN_VALUE']);
    const m = codeNamed(compileSrc(src), 'm');
    expect(m.freevars).toEqual(['__class__']);
    expect(m.qualname).toBe('C.m');
    expect(ops('class C:\n  x = 1', 'C').slice(-1)).toEqual(['RETURN_CONST None']);
  });
  test('class body reading an enclosing function variable uses LOAD_CLASSDEREF', () => {
    expect(ops('def f():\n  v = 1\n  class K:\n    w = v', 'K')).toContain('LOAD_CLASSDEREF v');
  });
  test('private names are mangled', () => {
    expect(ops('class A:\n  def f(self): return self.__x', 'f')).toContain('LOAD_ATTR _A__x');
  });
  test('generator: CO_GENERATOR, RESUME 1 after each yield, yield from', () => {
    const src = 'def g(a):\n  x = yield 1\n  yield from a';
    expect(ops(src, 'g')).toEqual([
      'LOAD_CONST 1', 'YIELD_VALUE', 'RESUME 1', 'STORE_FAST x', 'LOAD_FAST a', 'GET_YIELD_FROM_ITER',
      'LOAD_CONST None', 'YIELD_FROM', 'POP_TOP', 'RETURN_CONST None',
    ]);
    expect(codeNamed(compileSrc(src), 'g').flags & CO_GENERATOR).toBe(CO_GENERATOR);
  });
  test('comprehensions are nested functions called with the outer iterator', () => {
    expect(ops('x = [a * 2 for a in b if a]')).toEqual([
      'LOAD_CONST <code object <listcomp>, file "x.py", line 1>', 'MAKE_FUNCTION 0', 'LOAD_NAME b', 'GET_ITER',
      'CALL 0', 'STORE_NAME x', 'RETURN_CONST None',
    ]);
    expect(ops('x = [a * 2 for a in b if a]', '<listcomp>')).toEqual([
      'BUILD_LIST 0', 'LOAD_FAST .0', 'FOR_ITER to 12', 'STORE_FAST a', 'LOAD_FAST a', 'POP_JUMP_IF_FALSE to 11',
      'LOAD_FAST a', 'LOAD_CONST 2', 'BINARY_OP 5', 'LIST_APPEND 2', 'JUMP_BACKWARD to 3', 'RETURN_VALUE',
    ]);
    const g = codeNamed(compileSrc('x = (a for a in b for c in a)'), '<genexpr>');
    expect(g.flags & CO_GENERATOR).toBe(CO_GENERATOR);
    expect(g.varnames).toEqual(['.0', 'a', 'c']);
    expect(ops('x = {k: v for k, v in d}', '<dictcomp>')).toContain('MAP_ADD 2');
    expect(ops('x = {k for k in d for j in k}', '<setcomp>')).toContain('SET_ADD 3');
  });
  test('imports', () => {
    expect(ops('import a.b as c')).toEqual([
      'LOAD_CONST 0', 'LOAD_CONST None', 'IMPORT_NAME a.b', 'IMPORT_FROM b', 'STORE_NAME c', 'POP_TOP', 'RETURN_CONST None',
    ]);
    expect(ops('import a.b')).toEqual(['LOAD_CONST 0', 'LOAD_CONST None', 'IMPORT_NAME a.b', 'STORE_NAME a', 'RETURN_CONST None']);
    expect(ops('from .m import x as y')).toEqual([
      'LOAD_CONST 1', "LOAD_CONST ('x',)", 'IMPORT_NAME m', 'IMPORT_FROM x', 'STORE_NAME y', 'POP_TOP', 'RETURN_CONST None',
    ]);
    expect(ops('from m import *')).toEqual(['LOAD_CONST 0', "LOAD_CONST ('*',)", 'IMPORT_NAME m', 'IMPORT_STAR', 'RETURN_CONST None']);
  });
});

describe('compile-time SyntaxErrors', () => {
  const cases: [string, string][] = [
    ['return 1', "'return' outside function"],
    ['class A:\n  return 1', "'return' outside function"],
    ['break', "'break' outside loop"],
    ['def f():\n  continue', "'continue' not properly in loop"],
    ['def f():\n  for x in y:\n    def g(): break', "'break' outside loop"],
  ];
  test.each(cases)('%j', (src, msg) => {
    let err: unknown;
    try {
      compileSrc(src);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    expect((err as PySyntaxError).msg).toBe(msg);
    expect((err as PySyntaxError).kind).toBe('SyntaxError');
  });
});

describe('line table', () => {
  test('each instruction carries its statement line', () => {
    const c = compileSrc('x = 1\n\ny = 2');
    expect(Array.from(c.lines)).toEqual([0, 1, 1, 3, 3, 3]);
  });
});
