// printf-style `str % args` formatting (CPython's PyUnicode_Format), over
// caller-supplied callbacks so the object model decides what str()/repr()
// and the numeric views of its objects are.

import { FormatError, cpLength, doubleToString, floatToBigInt, intToDecimal, intToFloat } from './format.js';

/** How the object model exposes its values to {@link percentFormat}. */
export interface PercentHooks<T> {
  /** str(v) */
  str(v: T): string;
  /** repr(v) */
  repr(v: T): string;
  /** ascii(v) */
  ascii(v: T): string;
  /** type(v).__name__, for error messages */
  typeName(v: T): string;
  /**
   * Numeric view of v for conversion `conv`:
   * - a bigint when v is a Python int (bool included); for `conv` in d i u
   *   also objects with __int__/__index__, for o x X objects with __index__;
   * - a number when v is a Python float (or, for e f g..., has __float__);
   * - undefined otherwise (a TypeError follows).
   * For `conv === '*'` (a `*` width/precision) return a bigint only for real ints.
   */
  toNumber(v: T, conv: string): bigint | number | undefined;
  /** The JS string when v is a Python str, else undefined (used by %c). */
  asStr(v: T): string | undefined;
}

/**
 * The right operand of `%`:
 * - `{ tuple }` when it is a tuple;
 * - `{ value, getItem }` otherwise; give `getItem` when the value is a mapping
 *   (has __getitem__ and is neither a tuple nor a str: dicts, lists, ...).
 *   getItem may throw the object model's own KeyError.
 */
export type PercentArgs<T> =
  | { tuple: readonly T[] }
  | { value: T; getItem?: (key: string) => T };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const isDigit = (c: string | undefined) => c !== undefined && c.length === 1 && c >= '0' && c <= '9';

/**
 * `fmt % args`. Throws FormatError (pyType TypeError / ValueError /
 * OverflowError) with CPython 3.14's messages; exceptions thrown by the hooks
 * propagate unchanged.
 */
export function percentFormat<T>(fmt: string, args: PercentArgs<T>, hooks: PercentHooks<T>): string {
  const cs = Array.from(fmt);
  const n = cs.length;
  let arglen: number;
  let argidx: number;
  let current: T | undefined; // the single (non-tuple) argument
  let tuple: readonly T[] = [];
  let getItem: ((key: string) => T) | undefined;
  if ('tuple' in args) {
    tuple = args.tuple;
    arglen = tuple.length;
    argidx = 0;
  } else {
    current = args.value;
    getItem = args.getItem;
    arglen = -1;
    argidx = -2;
  }
  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return current as T;
      return tuple[i]!;
    }
    throw new FormatError('not enough arguments for format string', 'TypeError');
  };

  let out = '';
  let pos = 0;
  while (pos < n) {
    const c = cs[pos]!;
    if (c !== '%') {
      // copy a run of literal text
      let e = pos + 1;
      while (e < n && cs[e] !== '%') e++;
      out += cs.slice(pos, e).join('');
      pos = e;
      continue;
    }
    pos++;
    if (pos >= n) throw new FormatError('incomplete format', 'ValueError');
    let ch = cs[pos]!;
    if (ch === '%') {
      out += '%';
      pos++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    if (ch === '(') {
      if (getItem === undefined) throw new FormatError('format requires a mapping', 'TypeError');
      let depth = 1;
      const keyStart = pos + 1;
      let p = keyStart;
      while (p < n && depth > 0) {
        if (cs[p] === ')') depth--;
        else if (cs[p] === '(') depth++;
        p++;
      }
      if (depth > 0) throw new FormatError('incomplete format key', 'ValueError');
      const key = cs.slice(keyStart, p - 1).join('');
      current = getItem(key);
      arglen = -1;
      argidx = -2;
      pos = p;
      ch = cs[pos]!;
    }
    // flags
    for (;;) {
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
      pos++;
      if (pos >= n) throw new FormatError('incomplete format', 'ValueError');
      ch = cs[pos]!;
    }
    // width
    if (ch === '*') {
      const v = nextArg();
      const w = hooks.toNumber(v, '*');
      if (typeof w !== 'bigint') throw new FormatError('* wants int', 'TypeError');
      if (w > 9223372036854775807n || w < -9223372036854775808n) {
        throw new FormatError('Python int too large to convert to C ssize_t', 'OverflowError');
      }
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
      ch = cs[pos]!;
    } else if (isDigit(ch)) {
      width = 0;
      while (isDigit(ch)) {
        width = width * 10 + (ch.charCodeAt(0) - 48);
        if (width > Number.MAX_SAFE_INTEGER) throw new FormatError('width too big', 'ValueError');
        pos++;
        ch = cs[pos]!;
      }
    }
    // precision
    if (ch === '.') {
      prec = 0;
      pos++;
      ch = cs[pos]!;
      if (ch === '*') {
        const v = nextArg();
        const w = hooks.toNumber(v, '*');
        if (typeof w !== 'bigint') throw new FormatError('* wants int', 'TypeError');
        if (w > 2147483647n || w < -2147483648n) {
          throw new FormatError('Python int too large to convert to C int', 'OverflowError');
        }
        prec = Number(w);
        if (prec < 0) prec = 0;
        pos++;
        ch = cs[pos]!;
      } else if (isDigit(ch)) {
        while (isDigit(ch)) {
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          if (prec > 2147483647) throw new FormatError('precision too big', 'ValueError');
          pos++;
          ch = cs[pos]!;
        }
      }
    }
    // length modifiers are ignored
    if (pos < n && (ch === 'h' || ch === 'l' || ch === 'L')) {
      pos++;
      ch = cs[pos]!;
    }
    if (pos >= n) throw new FormatError('incomplete format', 'ValueError');
    pos++;

    const v = nextArg();
    let s: string;
    let numeric = false;
    switch (ch) {
      case 's':
        s = hooks.str(v);
        break;
      case 'r':
        s = hooks.repr(v);
        break;
      case 'a':
        s = hooks.ascii(v);
        break;
      case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        s = formatLong(v, ch, flags, prec, hooks);
        numeric = true;
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const num = hooks.toNumber(v, ch);
        let x: number;
        if (typeof num === 'number') x = num;
        else if (typeof num === 'bigint') x = intToFloat(num);
        else throw new FormatError(`must be real number, not ${hooks.typeName(v)}`, 'TypeError');
        s = doubleToString(x, ch, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        numeric = true;
        break;
      }
      case 'c':
        s = formatChar(v, hooks);
        break;
      default: {
        const cp = ch.codePointAt(0)!;
        const shown = cp >= 31 && cp <= 126 ? ch : '?';
        throw new FormatError(
          `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`, 'ValueError');
      }
    }
    out += outputArg(s, ch, flags, width, prec, numeric);
  }
  if (argidx < arglen && getItem === undefined) {
    throw new FormatError('not all arguments converted during string formatting', 'TypeError');
  }
  return out;
}

function formatLong<T>(v: T, ch: string, flags: number, prec: number, hooks: PercentHooks<T>): string {
  const num = hooks.toNumber(v, ch);
  let b: bigint;
  if (typeof num === 'bigint') b = num;
  else if (typeof num === 'number' && (ch === 'd' || ch === 'i' || ch === 'u')) b = floatToBigInt(num);
  else if (ch === 'o' || ch === 'x' || ch === 'X') {
    throw new FormatError(`%${ch} format: an integer is required, not ${hooks.typeName(v)}`, 'TypeError');
  } else {
    throw new FormatError(`%${ch} format: a real number is required, not ${hooks.typeName(v)}`, 'TypeError');
  }
  const neg = b < 0n;
  const base = ch === 'o' ? 8 : ch === 'x' || ch === 'X' ? 16 : 10;
  let digits = base === 10 ? intToDecimal(neg ? -b : b) : (neg ? -b : b).toString(base);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  let prefix = '';
  if (flags & F_ALT) prefix = ch === 'o' ? '0o' : ch === 'x' ? '0x' : ch === 'X' ? '0X' : '';
  if (ch === 'X') digits = digits.toUpperCase();
  return (neg ? '-' : '') + prefix + digits;
}

function formatChar<T>(v: T, hooks: PercentHooks<T>): string {
  const str = hooks.asStr(v);
  if (str !== undefined) {
    const len = cpLength(str);
    if (len === 1) return str;
    throw new FormatError(`%c requires an int or a unicode character, not a string of length ${len}`, 'TypeError');
  }
  const num = hooks.toNumber(v, 'c');
  if (typeof num !== 'bigint') {
    throw new FormatError(`%c requires an int or a unicode character, not ${hooks.typeName(v)}`, 'TypeError');
  }
  if (num < 0n || num > 0x10ffffn) throw new FormatError('%c arg not in range(0x110000)', 'OverflowError');
  return String.fromCodePoint(Number(num));
}

/** CPython's unicode_format_arg_output: sign, prefix, padding, truncation. */
function outputArg(str: string, ch: string, flags: number, width: number, prec: number, numeric: boolean): string {
  const fill = numeric && (flags & F_ZERO) ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  let s = str;
  if (ch === 's' || ch === 'r' || ch === 'a') {
    if (prec >= 0 && len > prec) {
      s = Array.from(s).slice(0, prec).join('');
      len = prec;
    }
  }
  let p = 0;
  let sign = numeric;
  let signchar = '';
  if (sign) {
    const c0 = s[0];
    if (c0 === '-' || c0 === '+') {
      signchar = c0;
      len--;
      p++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += s.slice(p, p + 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (altPrefix) {
      out += s.slice(p, p + 2);
      p += 2;
    }
  }
  // numeric strings are ASCII; text was truncated above, so this copies the rest
  out += p === 0 ? s : s.slice(p);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
