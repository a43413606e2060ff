// The tokenizer on its own: NEWLINE/INDENT/DEDENT placement (CPython's rules), brackets, continuation, strings,
// f-string splitting, numbers.
import { describe, expect, test } from 'vitest';
import type { ConstValue } from '../../../src/lexer/ast.js';
import { PySyntaxError, parse } from '../../../src/lexer/index.js';
import { tokenize } from '../../../src/lexer/tokenize.js';

/** compact token listing: kinds for layout tokens, text otherwise */
function toks(src: string): string[] {
  const r = tokenize(src);
  if (r.error) throw new Error(`${r.error.msg} at ${r.error.line}:${r.error.col}`);
  return r.tokens.map((t) => (t.kind === 'newline' ? 'NL' : t.kind === 'indent' ? 'IN' : t.kind === 'dedent' ? 'DE'
    : t.kind === 'fmiddle' ? `M:${(t.value as { value: string }).value}` : t.text));
}
function value(src: string): ConstValue {
  const t = tokenize(src).tokens[0]!;
  return t.value!;
}
function err(src: string): { kind: string; msg: string; lineno: number; offset: number } {
  try {
    parse(src, 'x.py');
  } catch (e) {
    if (e instanceof PySyntaxError) return { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset };
    throw e;
  }
  throw new Error('no error');
}

describe('layout', () => {
  test('dedent to a middle level', () => {
    expect(toks('if a:\n    if b:\n        c\n    d\ne\n')).toEqual(
      ['if', 'a', ':', 'NL', 'IN', 'if', 'b', ':', 'NL', 'IN', 'c', 'NL', 'DE', 'd', 'NL', 'DE', 'e', 'NL']);
  });
  test('several dedents at once and at EOF', () => {
    expect(toks('if a:\n if b:\n  c\nd')).toEqual(
      ['if', 'a', ':', 'NL', 'IN', 'if', 'b', ':', 'NL', 'IN', 'c', 'NL', 'DE', 'DE', 'd', 'NL']);
    expect(toks('if a:\n if b:\n  c')).toEqual(['if', 'a', ':', 'NL', 'IN', 'if', 'b', ':', 'NL', 'IN', 'c', 'NL', 'DE', 'DE']);
  });
  test('blank and comment-only lines are ignored, whatever their indentation', () => {
    expect(toks('if a:\n\n    b\n# c\n        # d\n  \n    e\n')).toEqual(
      ['if', 'a', ':', 'NL', 'IN', 'b', 'NL', 'e', 'NL', 'DE']);
  });
  test('tabs advance to multiples of 8', () => {
    expect(toks('if a:\n\tb\n        c\n'.replace('        c', '\tc'))).toEqual(['if', 'a', ':', 'NL', 'IN', 'b', 'NL', 'c', 'NL', 'DE']);
    expect(toks('if a:\n\tif b:\n\t\tc\n\td\n')).toEqual(
      ['if', 'a', ':', 'NL', 'IN', 'if', 'b', ':', 'NL', 'IN', 'c', 'NL', 'DE', 'd', 'NL', 'DE']);
    expect(err('if a:\n  \tb\n\tc\n').kind).toBe('TabError');
  });
  test('inconsistent tabs and spaces are a TabError', () => {
    expect(err('if a:\n\tb\n        c\n')).toMatchObject({ kind: 'TabError', lineno: 3 });
  });
  test('brackets join lines; indentation inside them does not count', () => {
    expect(toks('x = (1,\n  2,\n      3)\ny\n')).toEqual(['x', '=', '(', '1', ',', '2', ',', '3', ')', 'NL', 'y', 'NL']);
  });
  test('backslash continuation', () => {
    expect(toks('x = 1 + \\\n        2\ny\n')).toEqual(['x', '=', '1', '+', '2', 'NL', 'y', 'NL']);
  });
  test('empty source, comments only', () => {
    expect(toks('')).toEqual([]);
    expect(toks('# hi\n\n   # there')).toEqual([]);
    expect(parse('# hi\n', 'x.py').body).toEqual([]);
  });
  test('CRLF and lone CR line endings', () => {
    expect(parse('if a:\r\n    b\r\nc\r', 'x.py').body.length).toBe(2);
  });
  test('form feed resets the indentation column', () => {
    expect(toks('if a:\n    b\n\f    c\n')).toEqual(['if', 'a', ':', 'NL', 'IN', 'b', 'NL', 'c', 'NL', 'DE']);
  });
  test('indentation errors', () => {
    expect(err('  x\n')).toMatchObject({ kind: 'IndentationError', msg: 'unexpected indent' });
    expect(err('if a:\n    b\n  c\n')).toMatchObject({
      kind: 'IndentationError', msg: 'unindent does not match any outer indentation level', lineno: 3,
    });
    expect(err('if a:\nb\n')).toMatchObject({
      kind: 'IndentationError', msg: "expected an indented block after 'if' statement on line 1", lineno: 2, offset: 1,
    });
    expect(err('def f():\n  pass\nclass A:\nx\n')).toMatchObject({
      kind: 'IndentationError', msg: 'expected an indented block after class definition on line 3', lineno: 4,
    });
  });
});

describe('strings', () => {
  test('escapes', () => {
    expect(value(String.raw`'\n\t\\\'\"\a\b\f\v\r'`)).toEqual({ kind: 'str', value: '\n\t\\\'"\x07\b\f\v\r' });
    expect(value(String.raw`'\x41\101\0\7\u00e9\U0001F600'`)).toEqual({ kind: 'str', value: 'AA\0\x07é😀' });
    expect(value(String.raw`'\N{BULLET}\N{LATIN SMALL LETTER Q}\N{DIGIT SEVEN}'`)).toEqual({ kind: 'str', value: '•q7' });
    expect(value(String.raw`'\q\d'`)).toEqual({ kind: 'str', value: '\\q\\d' });
    expect(value("'a\\\nb'")).toEqual({ kind: 'str', value: 'ab' });
  });
  test('prefixes in any case', () => {
    for (const p of ['r', 'R']) expect(value(`${p}'\\n'`)).toEqual({ kind: 'str', value: '\\n' });
    for (const p of ['u', 'U']) expect(value(`${p}'x'`)).toEqual({ kind: 'str', value: 'x' });
    for (const p of ['b', 'B']) expect(value(`${p}'\\x00\\xff\\n'`)).toEqual({ kind: 'bytes', value: Uint8Array.from([0, 255, 10]) });
    for (const p of ['rb', 'Rb', 'bR', 'BR', 'br']) {
      expect(value(`${p}'\\n'`)).toEqual({ kind: 'bytes', value: Uint8Array.from([92, 110]) });
    }
    expect(value(`r'\\''`)).toEqual({ kind: 'str', value: "\\'" });
  });
  test('triple-quoted', () => {
    expect(value(`'''a\n'b'\n"c"'''`)).toEqual({ kind: 'str', value: `a\n'b'\n"c"` });
    expect(value(`""""a" """`)).toEqual({ kind: 'str', value: `"a" ` });
  });
  test('unterminated', () => {
    expect(err("x = 'abc\n")).toMatchObject({ msg: 'unterminated string literal (detected at line 1)', offset: 5 });
    expect(err("x = '''abc\ny\n")).toMatchObject({ msg: 'unterminated triple-quoted string literal (detected at line 2)' });
  });
});

describe('f-strings', () => {
  test('split into START / MIDDLE / fields / END', () => {
    expect(toks(`f"a{b!r:>{w}}c{{d}}"`)).toEqual(
      ['f"', 'M:a', '{', 'b', '!', 'r', ':', 'M:>', '{', 'w', '}', '}', 'M:c{d}', '"', 'NL']);
  });
  test('nested quotes of the same kind (PEP 701) and nested f-strings', () => {
    const m = parse(`x = f"{d["k"]} {f"{y}"}"\n`, 'x.py');
    expect(m.body.length).toBe(1);
  });
  test('multi-line expression in a triple-quoted f-string', () => {
    expect(() => parse('x = f"""{\n  a +\n  b\n}"""\n', 'x.py')).not.toThrow();
  });
  test('!= inside a field is an operator, not a conversion', () => {
    expect(toks(`f"{a!=b}"`)).toEqual(['f"', '{', 'a', '!=', 'b', '}', '"', 'NL']);
  });
  test('errors', () => {
    expect(err(`f"{x!z}"`).msg).toContain('invalid conversion character');
    expect(err(`f"}"`).msg).toBe("f-string: single '}' is not allowed");
  });
});

describe('numbers', () => {
  test('ints are bigint', () => {
    expect(value('123_456')).toEqual({ kind: 'int', value: 123456n });
    expect(value('0xDEAD_beef')).toEqual({ kind: 'int', value: 0xdeadbeefn });
    expect(value('0o777')).toEqual({ kind: 'int', value: 511n });
    expect(value('0b1010_1010')).toEqual({ kind: 'int', value: 170n });
    expect(value('123456789012345678901234567890')).toEqual({ kind: 'int', value: 123456789012345678901234567890n });
    expect(value('000')).toEqual({ kind: 'int', value: 0n });
  });
  test('floats and imaginary', () => {
    expect(value('1.5')).toEqual({ kind: 'float', value: 1.5 });
    expect(value('.5e-3')).toEqual({ kind: 'float', value: 0.0005 });
    expect(value('5.')).toEqual({ kind: 'float', value: 5 });
    expect(value('1_0E1_0')).toEqual({ kind: 'float', value: 1e11 });
    expect(value('1e400')).toEqual({ kind: 'float', value: Infinity });
    expect(value('2j')).toEqual({ kind: 'complex', imag: 2 });
    expect(value('1.5e3J')).toEqual({ kind: 'complex', imag: 1500 });
  });
  test('bad literals', () => {
    expect(err('1__0').msg).toBe('invalid decimal literal');
    expect(err('1a').msg).toBe('invalid decimal literal');
    expect(err('0x').msg).toBe('invalid hexadecimal literal');
    expect(err('0b12').msg).toBe("invalid digit '2' in binary literal");
    expect(err('0o8').msg).toBe("invalid digit '8' in octal literal");
    expect(err('012').msg).toContain('leading zeros in decimal integer literals are not permitted');
  });
});
