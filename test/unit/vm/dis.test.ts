// minipy dis: CPython-dis-like layout, argument rendering from the opcode table's ArgKind, exception tables,
// nested code objects; and every opcode the compiler can emit shows up by name.
import { describe, expect, test } from 'vitest';
import { disassemble, reprConst, reprFloat, reprStr } from '../../../src/vm/dis.js';
import type { CodeSpec } from '../../../src/compiler/codespec.js';
import { OPS } from '../../../src/vm/opcodes.js';
import { compileSrc } from '../compiler/helpers.js';

describe('layout', () => {
  test('golden: a function with a loop, a closure-free call and a nested code object', () => {
    const out = disassemble(compileSrc('def f(xs):\n    for x in xs:\n        print(x)\n'));
    expect(out).toBe([
      '  0           0 RESUME                   0',
      '',
      '  1           1 LOAD_CONST               0 (<code object f, file "x.py", line 1>)',
      '              2 MAKE_FUNCTION            0',
      '              3 STORE_NAME               0 (f)',
      '              4 RETURN_CONST             1 (None)',
      '',
      'Disassembly of <code object f, file "x.py", line 1>:',
      '  1           0 RESUME                   0',
      '',
      '  2           1 LOAD_FAST                0 (xs)',
      '              2 GET_ITER',
      '        >>    3 FOR_ITER                11 (to 11)',
      '              4 STORE_FAST               1 (x)',
      '',
      '  3           5 LOAD_GLOBAL              0 (print)',
      '              6 PUSH_NULL',
      '              7 LOAD_FAST                1 (x)',
      '              8 CALL                     1',
      '              9 POP_TOP',
      '',
      '  2          10 JUMP_BACKWARD            3 (to 3)',
      '        >>   11 RETURN_CONST             0 (None)',
      '',
    ].join('\n'));
  });
  test('exception table section, CPython 3.12 style (inclusive end)', () => {
    const out = disassemble(compileSrc('try:\n    a()\nexcept:\n    pass\n'));
    expect(out).toContain('ExceptionTable:\n  1 to 4 -> ');
    expect(out).toMatch(/\[1\] lasti/);
    expect(out).toMatch(/>> +\d+ PUSH_EXC_INFO/);
  });
  test('binop / cmpop / cell arguments', () => {
    const out = disassemble(compileSrc('def f(a):\n    g = lambda: a\n    return a + 1 < 2'));
    expect(out).toMatch(/BINARY_OP +0 \(\+\)/);
    expect(out).toMatch(/COMPARE_OP +0 \(<\)/);
    expect(out).toMatch(/LOAD_CLOSURE +0 \(a\)/);
    expect(out).toContain('Disassembly of <code object <lambda>, file "x.py", line 2>:');
  });
});

describe('constant reprs', () => {
  test('floats as Python repr()', () => {
    expect(reprFloat(1)).toBe('1.0');
    expect(reprFloat(1.5)).toBe('1.5');
    expect(reprFloat(-0)).toBe('-0.0');
    expect(reprFloat(1e16)).toBe('1e+16');
    expect(reprFloat(1e15)).toBe('1000000000000000.0');
    expect(reprFloat(0.0001)).toBe('0.0001');
    expect(reprFloat(0.00001)).toBe('1e-05');
    expect(reprFloat(1.5e-7)).toBe('1.5e-07');
    expect(reprFloat(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(reprFloat(Infinity)).toBe('inf');
    expect(reprFloat(NaN)).toBe('nan');
  });
  test('strings, bytes, tuples, sets, complex', () => {
    expect(reprStr("it's")).toBe('"it\'s"');
    expect(reprStr('a\nb\\')).toBe("'a\\nb\\\\'");
    expect(reprStr('\x00é')).toBe("'\\x00é'");
    expect(reprConst({ kind: 'bytes', value: Uint8Array.from([97, 0, 255]) })).toBe("b'a\\x00\\xff'");
    expect(reprConst({ kind: 'tuple', items: [{ kind: 'int', value: 1n }] })).toBe('(1,)');
    expect(reprConst({ kind: 'tuple', items: [] })).toBe('()');
    expect(reprConst({ kind: 'frozenset', items: [] })).toBe('frozenset()');
    expect(reprConst({ kind: 'complex', imag: 2 })).toBe('2j');
    expect(reprConst({ kind: 'complex', imag: 1.5 })).toBe('1.5j');
    expect(reprConst({ kind: 'ellipsis' })).toBe('Ellipsis');
    expect(reprConst({ kind: 'bool', value: false })).toBe('False');
  });
});

describe('coverage', () => {
  test('dis prints every opcode of the table by name, with its argument', () => {
    const code = new Int32Array(OPS.map((_, i) => i | (0 << 8)));
    const spec: CodeSpec = {
      name: 'all', qualname: 'all', filename: 'x.py', firstlineno: 1, argcount: 0, posonlyargcount: 0,
      kwonlyargcount: 0, flags: 0, varnames: ['v'], cellvars: ['c'], freevars: [], names: ['n'],
      consts: [{ kind: 'none' }], code, lines: new Int32Array(OPS.length).fill(1), exceptiontable: [], stacksize: 0,
    };
    const lines = disassemble(spec).split('\n');
    OPS.forEach((o, i) => {
      const line = lines.find((l) => new RegExp(`^\\s+(>>)?\\s*${i} ${o.name}\\b`).test(l.replace(/^ {0,4}\d+ /, '    ')));
      expect(line, o.name).toBeDefined();
      if (o.arg !== 'none') expect(line, o.name).toMatch(new RegExp(`${o.name} +0`));
    });
  });
  test('the compiler emits every opcode except NOP somewhere in this corpus', () => {
    const src = `
import a.b as c
from m import *
from . import x
"""doc"""
@d
def f(p, q=1, *r, s=2, **t):
    global G
    G = p
    del G
    u = [v for v in r if v]
    w = {v for v in r}
    y = {v: v for v in r}
    z = (v for v in r)
    def g():
        nonlocal u
        del u
    class K(B, **t):
        k = u
        def m(self): return super().m(*r, **t)
    with q as (a1, *a2):
        try:
            raise E from q
        except E as e:
            pass
        finally:
            assert p, 'msg'
    a3 = -p + ~p + +p
    a4 = not p and q or p is None and p in q
    a5 = p[1:2:3]
    p[0] = 1
    del p[0], p.x
    p.x = f"{p!r:>{q}}"
    p.y += 1
    a6 = (p, 1), [p, *r], {p, *r}, {p: 1, **t}
    a7, a8 = p.q(1, k=2)
    if p is None or q is not None:
        pass
    if p is None:
        pass
    return (yield) + (yield from r) if p < q < s else None
del x
def h():
    del hh
    hh = 1
    print(hh)
`;
    const seen = new Set<string>();
    const walk = (c: CodeSpec) => {
      for (const w of c.code) seen.add(OPS[w & 0xff].name);
      for (const k of c.consts) if (k.kind === 'code') walk(k.code);
    };
    const top = compileSrc(src);
    walk(top);
    const text = disassemble(top);
    for (const n of seen) expect(text).toContain(` ${n}`);
    const missing = OPS.map((o) => o.name).filter((n) => !seen.has(n));
    expect(missing).toEqual(['NOP']);
  });
});
