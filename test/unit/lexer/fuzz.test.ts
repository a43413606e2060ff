// Robustness: ~30 valid programs, each mutated many times (seeded, so deterministic). parse() must either return a
// Module or throw PySyntaxError: never another exception, and never slowly.
import { describe, expect, test } from 'vitest';
import { PySyntaxError, parse } from '../../../src/lexer/index.js';
import { tokenize } from '../../../src/lexer/tokenize.js';

const PROGRAMS = [
  'x = 1\nprint(x + 2 * 3)\n',
  'def f(a, b=2, *args, c, d=4, **kw):\n    return a + b\n',
  'class A(B, metaclass=M):\n    x: int = 1\n    def m(self, /, y):\n        return self.x\n',
  'if a:\n    b\nelif c:\n    d\nelse:\n    e\n',
  'for i, (a, *b) in enumerate(xs):\n    if i: continue\n    break\nelse:\n    pass\n',
  'while x > 0:\n    x -= 1\n',
  'try:\n    f()\nexcept (A, B) as e:\n    raise C from e\nelse:\n    g()\nfinally:\n    h()\n',
  'with open("f") as fh, lock:\n    data = fh.read()\n',
  'import a.b as c\nfrom . import x\nfrom ..y import (z, w as v,)\nfrom m import *\n',
  'x = [i * 2 for i in range(10) if i % 2]\ny = {k: v for k, v in d.items()}\nz = {i for i in s}\n',
  'g = (x for x in y)\nf(x for x in y)\n',
  's = f"{a!r:>{w}.{p}f} {b=} {{literal}}"\n',
  "s = 'a' \"b\" '''c\nd''' r'\\n'\nb = b'\\x00' rb'\\d'\n",
  'n = 0x_ff + 0o17 + 0b1 + 1_000 + 1.5e-3 + 2j + .5\n',
  'lambda: (yield)\nx = lambda a, *, k=1: a + k\n',
  'a, *b = c\n[d, e] = f\n(g, h), i = j\n',
  'del a[0], b.c\nassert x, "msg"\nglobal q\n',
  'x = a if b else c\ny = not a or b and c\nz = a < b <= c != d\n',
  'x = -2 ** -2\ny = ~a | b ^ c & d << 2 >> 1\n',
  'x = a[1:2, ::3, ...]\ny = a[:, None]\n',
  '@dec\n@dec2(1)\ndef f():\n    """doc"""\n    nonlocal_ = 1\n',
  'if (n := len(a)) > 10:\n    print(f"{n} items")\n',
  'x = (\n    1 +\n    2\n)\ny = 1 + \\\n    2\n',
  'def g():\n    yield 1\n    x = yield\n    yield from h()\n',
  'if a:\n\tb\n\tif c:\n\t\td\n',
  'x = {**a, "b": 1, **c}\ny = [*a, *b]\nf(*a, **k)\n',
  'class E(Exception):\n    pass\nraise E("x")\n',
  'def f():\n    def g():\n        nonlocal x\n        x = 1\n    x = 0\n    g()\n    return x\n',
  'print(1); print(2);\nx = 1;\n',
  's = f"""multi\n{x\n+ y}\nline"""\n',
];

/** mulberry32: small seeded PRNG */
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['(', ')', '[', ']', '{', '}', ':', '\n', '    ', '\t', '"', "'", '"""', 'f"{', '}', '\\', '#', ',',
  'if ', 'else', 'lambda', '*', '**', '=', ':=', 'yield', 'not ', ' in ', '.', '0x', '1e', '_', 'é', '\u00a0', '\r',
  '\0', '\\\n', 'def ', 'class ', '@', '->', '!r', 'b"', 'rb"', '...'];

function mutate(src: string, r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  let s = src;
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * (s.length + 1));
    const j = Math.min(s.length, i + 1 + Math.floor(r() * 6));
    switch (Math.floor(r() * 7)) {
      case 0: s = s.slice(0, i) + s.slice(i + 1); break; // delete a char
      case 1: s = s.slice(0, i) + s[i] + s.slice(i); break; // duplicate a char
      case 2: s = s.slice(0, i) + s.slice(j) ; break; // delete a run
      case 3: { // swap two chars
        const a = s[i], b = s[j];
        if (a !== undefined && b !== undefined) s = s.slice(0, i) + b + s.slice(i + 1, j) + a + s.slice(j + 1);
        break;
      }
      case 4: s = s.slice(0, i) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + s.slice(i); break; // insert
      case 5: s = s.slice(0, i) + s.slice(i, j) + s.slice(i, j) + s.slice(j); break; // duplicate a run
      case 6: { // swap two tokens
        const { tokens } = tokenize(s);
        const real = tokens.filter((t) => t.end > t.start);
        if (real.length > 2) {
          const a = real[Math.floor(r() * real.length)]!, b = real[Math.floor(r() * real.length)]!;
          const [x, y] = a.start < b.start ? [a, b] : [b, a];
          if (x.end <= y.start) {
            s = s.slice(0, x.start) + s.slice(y.start, y.end) + s.slice(x.end, y.start) + s.slice(x.start, x.end) + s.slice(y.end);
          }
        }
        break;
      }
    }
  }
  return s;
}

describe('fuzz', () => {
  test('every valid program parses', () => {
    for (const p of PROGRAMS) expect(() => parse(p, 'x.py'), p).not.toThrow();
  });

  test('mutations give a Module or a PySyntaxError, quickly', () => {
    const r = rng(20240611);
    let ok = 0, errors = 0;
    const start = performance.now();
    for (let round = 0; round < 12; round++) {
      for (const p of PROGRAMS) {
        const src = mutate(p, r);
        const t = performance.now();
        try {
          const m = parse(src, 'fuzz.py');
          expect(m.type).toBe('Module');
          ok++;
        } catch (e) {
          if (!(e instanceof PySyntaxError)) throw new Error(`non-PySyntaxError for ${JSON.stringify(src)}: ${String(e)}`);
          expect(e.lineno, JSON.stringify(src)).toBeGreaterThanOrEqual(1);
          expect(e.offset, JSON.stringify(src)).toBeGreaterThanOrEqual(0);
          expect(typeof e.text).toBe('string');
          errors++;
        }
        expect(performance.now() - t, JSON.stringify(src)).toBeLessThan(1000);
      }
    }
    expect(ok + errors).toBe(12 * PROGRAMS.length);
    expect(errors).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(20000);
  });

  test('deep nesting is a SyntaxError, not a crash', () => {
    expect(() => parse('x = ' + '('.repeat(300) + ')'.repeat(300) + '\n', 'x.py')).toThrow(PySyntaxError);
    // the JS stack of the main thread allows ~100 levels (CPython's tokenizer stops at 200)
    expect(() => parse('x = ' + '['.repeat(90) + ']'.repeat(90) + '\n', 'x.py')).not.toThrow();
    let deep = '';
    for (let i = 0; i < 101; i++) deep += ' '.repeat(i) + 'if x:\n';
    expect(() => parse(deep + ' '.repeat(101) + 'pass\n', 'x.py')).toThrow('too many levels of indentation');
    expect(() => parse('x = ' + '-'.repeat(3000) + '1\n', 'x.py')).toThrow(PySyntaxError);
  });
});
