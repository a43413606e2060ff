/**
 * @fileoverview Numeric literals: scans one NUMBER token the way CPython's tokenizer does (underscores, 0x/0o/0b,
 * floats, exponents, imaginary `j`) and computes its ConstValue (ints are bigint). Errors use CPython's messages.
 */
import type { ConstValue } from './ast.js';
import { LexError } from './syntax-error.js';

/** Keywords that may directly follow a number (`1if x else y`), as CPython's verify_end_of_number allows. */
const ALLOWED_AFTER = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

function isIdChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  if (c < '\x80') return /[A-Za-z0-9_]/.test(c);
  return /[\p{ID_Continue}]/u.test(c);
}

export interface NumberScan { end: number; value: ConstValue }

/**
 * Scans a number starting at src[pos] (a digit, or '.' followed by a digit).
 * line/lineStart locate pos for error positions. Throws LexError.
 */
export function scanNumber(src: string, pos: number, line: number, lineStart: number): NumberScan {
  const start = pos;
  const err = (msg: string, at: number, endAt?: number): never => {
    throw new LexError('SyntaxError', msg, line, at - lineStart, endAt === undefined ? undefined : line,
      endAt === undefined ? undefined : endAt - lineStart);
  };
  const digitsOf = (ok: (c: string) => boolean, kind: string): void => {
    // digits with single underscores between them; at least one digit required
    for (;;) {
      if (src[pos] === '_') {
        pos++;
        if (!ok(src[pos] ?? '')) err(`invalid ${kind} literal`, pos - 1);
      }
      if (!ok(src[pos] ?? '')) err(`invalid ${kind} literal`, pos);
      while (ok(src[pos] ?? '')) pos++;
      if (src[pos] !== '_') break;
    }
  };
  const verifyEnd = (kind: string): void => {
    const c = src[pos];
    if (!isIdChar(c)) return;
    for (const kw of ALLOWED_AFTER) {
      if (src.startsWith(kw, pos) && !isIdChar(src[pos + kw.length])) return;
    }
    err(`invalid ${kind} literal`, kind === 'decimal' ? start : pos);
  };
  const isDec = (c: string) => c >= '0' && c <= '9';

  if (src[pos] === '0' && /[xXoObB]/.test(src[pos + 1] ?? '')) {
    const b = src[pos + 1]!.toLowerCase();
    pos += 2;
    const kind = b === 'x' ? 'hexadecimal' : b === 'o' ? 'octal' : 'binary';
    const ok = b === 'x' ? (c: string) => /^[0-9a-fA-F]$/.test(c)
      : b === 'o' ? (c: string) => c >= '0' && c <= '7' : (c: string) => c === '0' || c === '1';
    if (src[pos] === '_') pos++;
    if (!ok(src[pos] ?? '')) {
      if (b !== 'x' && isDec(src[pos] ?? '')) err(`invalid digit '${src[pos]}' in ${kind} literal`, pos);
      err(`invalid ${kind} literal`, pos - 1);
    }
    digitsOf(ok, kind);
    if (b !== 'x' && isDec(src[pos] ?? '')) err(`invalid digit '${src[pos]}' in ${kind} literal`, pos);
    verifyEnd(kind);
    const text = src.slice(start, pos).replace(/_/g, '');
    return { end: pos, value: { kind: 'int', value: BigInt(text.toLowerCase()) } };
  }

  let isFloat = false;
  if (src[pos] !== '.') digitsOf(isDec, 'decimal');
  if (src[pos] === '.') {
    isFloat = true;
    pos++;
    if (isDec(src[pos] ?? '')) digitsOf(isDec, 'decimal');
  }
  if (src[pos] === 'e' || src[pos] === 'E') {
    const save = pos;
    pos++;
    if (src[pos] === '+' || src[pos] === '-') pos++;
    if (!isDec(src[pos] ?? '')) {
      pos = save;
      err('invalid decimal literal', start);
    }
    digitsOf(isDec, 'decimal');
    isFloat = true;
  }
  if (src[pos] === 'j' || src[pos] === 'J') {
    const text = src.slice(start, pos).replace(/_/g, '');
    pos++;
    verifyEnd('imaginary');
    return { end: pos, value: { kind: 'complex', imag: Number(text) } };
  }
  verifyEnd('decimal');
  const text = src.slice(start, pos).replace(/_/g, '');
  if (isFloat) return { end: pos, value: { kind: 'float', value: Number(text) } };
  if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
    err('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', start, pos);
  }
  return { end: pos, value: { kind: 'int', value: BigInt(text) } };
}
