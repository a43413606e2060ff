// The precompiled grammar (python-recipe.generated.ts) must be what scripts/gen-lexer-grammar.js makes from
// python.ohm today, and python.ohm's token rules must use the characters tokens.ts assigns.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  CH_DEDENT, CH_FEND, CH_FMIDDLE, CH_FSTART, CH_INDENT, CH_NAME, CH_NEWLINE, CH_NUMBER, CH_STRING, KEYWORDS, KW_CH,
  MULTI_OPS, OP_CH,
} from '../../../src/lexer/tokens.js';
// @ts-expect-error plain ESM script without type declarations
import { renderRecipe } from '../../../scripts/gen-lexer-grammar.js';

const root = new URL('../../../', import.meta.url);
const ohmSource = readFileSync(new URL('src/lexer/python.ohm', root), 'utf8');

describe('grammar build', () => {
  test('python-recipe.generated.ts is up to date (run: node scripts/gen-lexer-grammar.js)', () => {
    const checkedIn = readFileSync(new URL('src/lexer/python-recipe.generated.ts', root), 'utf8');
    expect(checkedIn === renderRecipe(ohmSource)).toBe(true);
  });

  test('token rules in python.ohm agree with tokens.ts', () => {
    const rules = new Map<string, string>();
    for (const m of ohmSource.matchAll(/^\s+(\w+) = "((?:\\u[0-9A-Fa-f]{4})|[^"\\]|\\n)"/gm)) {
      const lit = m[2]!;
      const ch = lit === '\\n' ? '\n' : lit.startsWith('\\u') ? String.fromCharCode(parseInt(lit.slice(2), 16)) : lit;
      rules.set(m[1]!, ch);
    }
    expect(rules.get('name')).toBe(CH_NAME);
    expect(rules.get('number')).toBe(CH_NUMBER);
    expect(rules.get('string')).toBe(CH_STRING);
    expect(rules.get('nl')).toBe(CH_NEWLINE);
    expect(rules.get('indent')).toBe(CH_INDENT);
    expect(rules.get('dedent')).toBe(CH_DEDENT);
    expect(rules.get('fstart')).toBe(CH_FSTART);
    expect(rules.get('fmiddle')).toBe(CH_FMIDDLE);
    expect(rules.get('fend')).toBe(CH_FEND);
    for (const kw of KEYWORDS) expect(rules.get(`kw_${kw}`), kw).toBe(KW_CH.get(kw));
    const opRules = [...rules.entries()].filter(([, ch]) => ch >= '\ue000' && ch < '\ue0f0');
    expect(opRules.length).toBe(MULTI_OPS.length);
    for (const [rule, ch] of opRules) {
      const op = [...OP_CH.entries()].find(([, c]) => c === ch)?.[0];
      expect(op, rule).toBeDefined();
      // the comment after each rule names the operator
      expect(ohmSource).toContain(`${rule} = "\\u${ch.charCodeAt(0).toString(16).toUpperCase()}"  // ${op}`);
    }
  });
});
