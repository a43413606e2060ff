/**
 * @fileoverview The token-kind table. tokenize.ts turns source into Tokens; the grammar (python.ohm) does not see
 * source text at all but a string with exactly ONE character per token (Token.ch), so an ohm position is a token
 * index and no whitespace skipping is ever needed. Single-character operators stand for themselves; multi-character
 * operators and keywords get private-use code points; INDENT/DEDENT are U+FDD0/U+FDD1 (as ohm's lang-python does).
 * test/unit/lexer/grammar-build.test.ts checks that python.ohm's token rules agree with this table.
 */
import type { ConstValue } from './ast.js';

export type TokKind =
  | 'name' | 'number' | 'string' | 'op' | 'kw'
  | 'newline' | 'indent' | 'dedent'
  /** f-string pieces (as CPython 3.12): FSTRING_START, FSTRING_MIDDLE (literal text), FSTRING_END */
  | 'fstart' | 'fmiddle' | 'fend';

export interface Token {
  kind: TokKind;
  /** the source text of the token (for op/kw/name the operator, keyword or NFKC-normalised identifier) */
  text: string;
  /** the one character standing for this token in the grammar's input */
  ch: string;
  /** 1-based line and 0-based column of the first character; end is exclusive */
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** source offsets [start, end) */
  start: number;
  end: number;
  /** number and string tokens: the value; fmiddle: {kind:'str'} with escapes decoded */
  value?: ConstValue;
}

export const CH_NAME = 'N';
export const CH_NUMBER = '0';
export const CH_STRING = 'S';
export const CH_NEWLINE = '\n';
export const CH_INDENT = '\uFDD0';
export const CH_DEDENT = '\uFDD1';
export const CH_FSTART = '\uE0F0';
export const CH_FMIDDLE = '\uE0F1';
export const CH_FEND = '\uE0F2';

/** Operators written as themselves in the grammar. '!' occurs only in f-string conversions. */
export const SINGLE_OPS = '()[]{},:.;=+-*/%@&|^~<>!';

/** Multi-character operators, longest first where prefixes overlap; each maps to U+E000 + index. */
export const MULTI_OPS = [
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '...',
  '+=', '-=', '*=', '/=', '//=', '%=', '@=', '&=', '|=', '^=', '>>=', '<<=', '**=',
] as const;

/** Python 3.12 hard keywords; each maps to U+E100 + index. */
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
] as const;

export const OP_CH = new Map<string, string>();
for (const c of SINGLE_OPS) OP_CH.set(c, c);
MULTI_OPS.forEach((op, i) => OP_CH.set(op, String.fromCharCode(0xe000 + i)));

export const KW_CH = new Map<string, string>();
KEYWORDS.forEach((kw, i) => KW_CH.set(kw, String.fromCharCode(0xe100 + i)));

/** Operator texts the tokenizer recognises, longest first, for maximal munch. */
export const OPS_BY_LENGTH: string[] = [...OP_CH.keys()].sort((a, b) => b.length - a.length);

/** augmented-assignment operator text → OperatorKind */
export const AUG_OPS: Record<string, string> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '@=': 'MatMult',
  '&=': 'BitAnd', '|=': 'BitOr', '^=': 'BitXor', '>>=': 'RShift', '<<=': 'LShift', '**=': 'Pow',
};

/** Human-readable name of a grammar character, for error messages and debugging. */
export function describeCh(ch: string): string {
  switch (ch) {
    case CH_NAME: return 'NAME';
    case CH_NUMBER: return 'NUMBER';
    case CH_STRING: return 'STRING';
    case CH_NEWLINE: return 'NEWLINE';
    case CH_INDENT: return 'INDENT';
    case CH_DEDENT: return 'DEDENT';
    case CH_FSTART: return 'FSTRING_START';
    case CH_FMIDDLE: return 'FSTRING_MIDDLE';
    case CH_FEND: return 'FSTRING_END';
  }
  for (const [t, c] of OP_CH) if (c === ch) return `'${t}'`;
  for (const [t, c] of KW_CH) if (c === ch) return `'${t}'`;
  return JSON.stringify(ch);
}
