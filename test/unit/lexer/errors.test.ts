// parse() errors against CPython: kind, message, line and 1-based offset for every case in
// fixtures/error-snippets.py (expectations in errors.json, generated once with python3 3.11 by make-errors.py).
// DEVIATIONS lists where we knowingly differ: 3.12 wording (f-strings), or a caret CPython places oddly.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PySyntaxError, parse } from '../../../src/lexer/index.js';

interface Case { src: string; ok?: boolean; kind?: string; msg?: string; lineno?: number; offset?: number }
const fixture = JSON.parse(readFileSync(new URL('./fixtures/errors.json', import.meta.url), 'utf8')) as { cases: Case[] };

type Expect = { kind: string; msg: string; lineno: number; offset?: number };
const DEVIATIONS: Record<string, Expect> = {
  // CPython's caret here is one column off the token; ours points at the DEDENT's position
  'def f():\n    if x:\n\nprint(1)\n':
    { kind: 'IndentationError', msg: "expected an indented block after 'if' statement on line 2", lineno: 4 },
  // CPython points past the offending argument; we point at it
  'f(a=1, b)\n': { kind: 'SyntaxError', msg: 'positional argument follows keyword argument', lineno: 1, offset: 8 },
  'class A(x=1, y): pass\n': { kind: 'SyntaxError', msg: 'positional argument follows keyword argument', lineno: 1, offset: 14 },
  'f(**a, b)\n': { kind: 'SyntaxError', msg: 'positional argument follows keyword argument unpacking', lineno: 1, offset: 8 },
  // 3.12 f-string messages (PEP 701 tokenizer)
  "x = f'{}'\n": { kind: 'SyntaxError', msg: "f-string: valid expression required before '}'", lineno: 1, offset: 8 },
  "x = f'}'\n": { kind: 'SyntaxError', msg: "f-string: single '}' is not allowed", lineno: 1, offset: 7 },
  "x = f'{x!z}'\n": { kind: 'SyntaxError', msg: "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", lineno: 1, offset: 10 },
  "x = f'{x'\n": { kind: 'SyntaxError', msg: 'unterminated string literal (detected at line 1)', lineno: 1 },
  "x = f'abc\n": { kind: 'SyntaxError', msg: 'unterminated f-string literal (detected at line 1)', lineno: 1, offset: 5 },
  // not diagnosed specifically
  'x = {1: 2, 3}\n': { kind: 'SyntaxError', msg: 'invalid syntax', lineno: 1 },
};

describe('syntax errors match CPython', () => {
  const cases = fixture.cases.filter((c) => !c.ok);
  test.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    const want: Expect = DEVIATIONS[c.src] ?? { kind: c.kind!, msg: c.msg!, lineno: c.lineno!, offset: c.offset! };
    let err: unknown;
    try {
      parse(c.src, 'x.py');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PySyntaxError);
    const e = err as PySyntaxError;
    expect({ kind: e.kind, msg: e.msg, lineno: e.lineno }).toEqual({ kind: want.kind, msg: want.msg, lineno: want.lineno });
    if (want.offset !== undefined) expect(e.offset).toBe(want.offset);
    expect(e.filename).toBe('x.py');
    expect(typeof e.text).toBe('string');
  });
});

describe('error fields', () => {
  test('text is the offending source line, offset 1-based', () => {
    try {
      parse('x = 1\nif x\n    pass\n', 'prog.py');
      expect.unreachable();
    } catch (e) {
      const err = e as PySyntaxError;
      expect(err.msg).toBe("expected ':'");
      expect(err.lineno).toBe(2);
      expect(err.offset).toBe(5);
      expect(err.text).toBe('if x');
      expect(err.filename).toBe('prog.py');
    }
  });
  test('async is a keyword minipy does not support', () => {
    expect(() => parse('async def f(): pass\n', 'x.py')).toThrow(PySyntaxError);
  });
});
