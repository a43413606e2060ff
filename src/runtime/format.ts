// Pure number/string formatting helpers reproducing CPython's behaviour:
// float repr, int/float parsing, the format-spec mini-language, %-formatting,
// round(), and the numeric hash. No dependencies on the object model.
//
// Values: Python ints are `bigint` (or a JS `number` holding an integer),
// floats are `number`, strings are `string`.

/** Error carrying the CPython exception type and exact message. */
export class FormatError extends Error {
  readonly pyType: 'TypeError' | 'ValueError' | 'OverflowError';
  constructor(message: string, pyType: 'TypeError' | 'ValueError' | 'OverflowError' = 'ValueError') {
    super(message);
    this.name = 'FormatError';
    this.pyType = pyType;
  }
}

const valueError = (m: string) => new FormatError(m, 'ValueError');
const typeError = (m: string) => new FormatError(m, 'TypeError');
const overflowError = (m: string) => new FormatError(m, 'OverflowError');

// ---------------------------------------------------------------------------
// Code-point helpers (Python str lengths are in code points)
// ---------------------------------------------------------------------------

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length of `s` in code points. */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** First `n` code points of `s`. */
function cpPrefix(s: string, n: number): string {
  if (!SURROGATE.test(s)) return s.slice(0, n);
  let out = '';
  let i = 0;
  for (const c of s) {
    if (i++ >= n) break;
    out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Exact binary decomposition and correctly-rounded decimal digits
// ---------------------------------------------------------------------------

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** |x| = mant * 2**exp for finite non-zero x. */
function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0]!;
  const lo = u32[LITTLE ? 0 : 1]!;
  const e = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: e - 1075 };
}

const POW10_CACHE: bigint[] = [];
function pow10(n: number): bigint {
  if (n < 64) {
    let v = POW10_CACHE[n];
    if (v === undefined) {
      v = 10n ** BigInt(n);
      POW10_CACHE[n] = v;
    }
    return v;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(num / den), num >= 0, den > 0. */
function roundDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(|x| * 10**scale) exactly, for finite x. */
function scaledRound(x: number, scale: number): bigint {
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (scale >= 0) num *= pow10(scale);
  else den *= pow10(-scale);
  return roundDiv(num, den);
}

/**
 * Digits as CPython's _Py_dg_dtoa returns them: digit string with trailing
 * zeros stripped, and decpt (decimal point position relative to digits).
 * mode 0: shortest round-trip; mode 2: `ndigits` significant digits;
 * mode 3: `ndigits` digits after the point.
 */
function dtoa(ax: number, mode: 0 | 2 | 3, ndigits: number): { digits: string; decpt: number } {
  if (ax === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) {
    const s = ax.toExponential();
    const ei = s.indexOf('e');
    const digits = s.slice(0, ei).replace('.', '');
    return { digits: stripZeros(digits), decpt: parseInt(s.slice(ei + 1), 10) + 1 };
  }
  if (mode === 3) {
    const n = scaledRound(ax, ndigits);
    if (n === 0n) return { digits: '', decpt: -ndigits };
    const s = n.toString();
    return { digits: stripZeros(s), decpt: s.length - ndigits };
  }
  // mode 2: ndigits (>= 1) significant digits
  const p = ndigits;
  let k = Math.floor(Math.log10(ax));
  const lower = pow10(p - 1);
  const upper = pow10(p);
  for (let guard = 0; guard < 4; guard++) {
    const n = scaledRound(ax, p - 1 - k);
    if (n >= upper) {
      if (n === upper) return { digits: '1', decpt: k + 2 };
      k++;
      continue;
    }
    if (n < lower) {
      k--;
      continue;
    }
    return { digits: stripZeros(n.toString()), decpt: k + 1 };
  }
  throw new Error('dtoa: failed to converge');
}

function stripZeros(s: string): string {
  let e = s.length;
  while (e > 1 && s.charCodeAt(e - 1) === 48) e--;
  return s.slice(0, e);
}

/** Flags for {@link doubleToString} (mirroring Py_DTSF_*). */
export interface DoubleFormatFlags {
  /** always include a sign ('+' for positive) */
  sign?: boolean;
  /** '.0' appended to integer-looking results (repr style) */
  addDot0?: boolean;
  /** alternate form: keep decimal point and trailing zeros */
  alt?: boolean;
  /** 'z': no negative zero after rounding */
  noNeg0?: boolean;
}

/**
 * CPython's PyOS_double_to_string: formatCode is one of e E f F g G r,
 * precision as in printf (ignored for 'r').
 */
export function doubleToString(x: number, formatCode: string, precision: number, flags: DoubleFormatFlags = {}): string {
  let code = formatCode;
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (upper) code = code.toLowerCase();
  let sign = x < 0 || Object.is(x, -0);
  if (Number.isNaN(x)) {
    return (flags.sign ? '+' : '') + (upper ? 'NAN' : 'nan');
  }
  if (!Number.isFinite(x)) {
    const s = upper ? 'INF' : 'inf';
    return (sign ? '-' : flags.sign ? '+' : '') + s;
  }
  let mode: 0 | 2 | 3;
  let prec = precision;
  switch (code) {
    case 'e':
      mode = 2;
      prec++;
      break;
    case 'f':
      mode = 3;
      break;
    case 'g':
      mode = 2;
      if (prec === 0) prec = 1;
      break;
    case 'r':
      mode = 0;
      break;
    default:
      throw new Error(`doubleToString: bad format code ${formatCode}`);
  }
  const { digits, decpt: decpt0 } = dtoa(Math.abs(x), mode, prec);
  let decpt = decpt0;
  if (sign && flags.noNeg0 && /^0*$/.test(digits)) sign = false;
  const digitsLen = digits.length;
  let vdigitsEnd = digitsLen;
  let useExp = false;
  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = prec;
      break;
    case 'f':
      vdigitsEnd = decpt + prec;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec)) useExp = true;
      if (alt) vdigitsEnd = prec;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (0 < decpt && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(Math.max(0, vdigitsEnd - digitsLen));
  }
  if (out.endsWith('.') && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return (sign ? '-' : flags.sign ? '+' : '') + out;
}

/** Exactly Python's repr(float) / str(float). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    // JS uses the same shortest digits and fixed notation in this range
    const s = String(x);
    return s.includes('.') ? s : s + '.0';
  }
  return doubleToString(x, 'r', 0, { addDot0: true });
}

// ---------------------------------------------------------------------------
// Integer <-> string
// ---------------------------------------------------------------------------

/** CPython's default limit on int<->decimal string conversion (sys.int_info.default_max_str_digits). */
export const INT_MAX_STR_DIGITS = 4300;

let maxStrDigits = INT_MAX_STR_DIGITS;

/** sys.set_int_max_str_digits(n) for this module instance (0 = unlimited; CPython rejects 0 < n < 640). */
export function setIntMaxStrDigits(n: number): void {
  maxStrDigits = n;
}

/** sys.get_int_max_str_digits(). */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/**
 * str(int): decimal digits with CPython's int_max_str_digits check
 * (ValueError "Exceeds the limit (4300 digits) for integer string conversion; ...").
 */
export function intToDecimal(v: bigint | number): string {
  const s = typeof v === 'number' ? String(v) : v.toString();
  if (maxStrDigits > 0 && s.length - (s[0] === '-' ? 1 : 0) > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
      'use sys.set_int_max_str_digits() to increase the limit');
  }
  return s;
}

/**
 * Digits of v in the given base, with a '-' sign when negative; with
 * `prefix` the Python prefix is added after the sign (0b/0o/0x), as bin()/oct()/hex().
 */
export function intToString(v: bigint | number, base: 2 | 8 | 10 | 16, prefix = false): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const neg = b < 0n;
  const digits = (neg ? -b : b).toString(base);
  const pre = prefix ? (base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '') : '';
  return (neg ? '-' : '') + pre + digits;
}

// Python's str.strip() whitespace (str.isspace() characters).
const PY_WS = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
function pyStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && PY_WS.includes(s[a]!)) a++;
  while (b > a && PY_WS.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const ND = /\p{Nd}/u;
/** Map non-ASCII Unicode decimal digits (category Nd) to ASCII, as int()/float() accept them. */
function asciiDigits(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { needs = true; break; }
  if (!needs) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > 127 && ND.test(ch)) {
      // digit runs are contiguous blocks of ten starting at a zero
      let start = cp;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      out += String.fromCharCode(48 + ((cp - start) % 10));
    } else {
      out += ch;
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * Python's int(s, base). Returns null when `s` is not a valid literal (the
 * caller raises `ValueError: invalid literal for int() with base N: <repr>`,
 * see {@link invalidIntLiteralMessage}). Throws FormatError for a bad base and
 * for more than int_max_str_digits digits in a non-power-of-two base.
 */
export function parseIntLiteral(s: string, base: number): bigint | null {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  let t = asciiDigits(pyStrip(s));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let i = 0;
  let b = base;
  let prefixed = false;
  if (t.length >= 2 && t[0] === '0') {
    const p = t[1]!.toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      i = 2;
      prefixed = true;
    }
  }
  const autoDecimal = b === 0;
  if (b === 0) b = 10;
  // digits with single underscores between them (or right after a prefix)
  let digits = '';
  let prevUnderscore = prefixed; // an underscore may follow the prefix
  let allowUnderscore = prefixed;
  if (i >= t.length) return null;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (!allowUnderscore || (prevUnderscore && digits.length > 0)) return null;
      if (digits.length === 0 && !prefixed) return null;
      prevUnderscore = true;
      allowUnderscore = false;
      continue;
    }
    const d = digitValue(c);
    if (d >= b) return null;
    digits += t[i];
    prevUnderscore = false;
    allowUnderscore = true;
  }
  if (digits.length === 0 || prevUnderscore) return null;
  if (autoDecimal && !prefixed && digits.length > 1 && digits[0] === '0' && /[^0]/.test(digits)) return null;
  if (maxStrDigits > 0 && (b & (b - 1)) !== 0 && digits.length > maxStrDigits) {
    throw valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
      `value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const B = BigInt(b);
    // chunks of digits that fit comfortably in a double
    const chunk = Math.floor(50 / Math.log2(b));
    for (let j = 0; j < digits.length; j += chunk) {
      const part = digits.slice(j, j + chunk);
      v = v * B ** BigInt(part.length) + BigInt(parseInt(part, b));
    }
  }
  return neg ? -v : v;
}

/** `invalid literal for int() with base 10: 'abc'` given the repr of the argument. */
export function invalidIntLiteralMessage(base: number, argRepr: string): string {
  return `invalid literal for int() with base ${base}: ${argRepr}`;
}

const FLOAT_RE = /^(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** Python's float(str); null when invalid (`could not convert string to float: <repr>`). */
export function parseFloatLiteral(s: string): number | null {
  let t = asciiDigits(pyStrip(s));
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  const low = t.toLowerCase();
  let v: number;
  if (low === 'inf' || low === 'infinity') v = Infinity;
  else if (low === 'nan') v = NaN;
  else {
    if (!FLOAT_RE.test(t)) return null;
    v = Number(t.replace(/_/g, ''));
  }
  return neg ? -v : v;
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/** Parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision [grouping]][type]`. */
export interface FormatSpec {
  fill: string;
  align: '<' | '>' | '^' | '=' | '';
  sign: '+' | '-' | ' ' | '';
  noNeg0: boolean;
  alt: boolean;
  width: number; // -1 when absent
  grouping: ',' | '_' | '';
  precision: number; // -1 when absent
  fracGrouping: ',' | '_' | '';
  type: string; // the type's default ('d' int, 's' str, '' float) when absent
}

const INT_MAX = 2147483647;

function isAlign(c: string | undefined): c is '<' | '>' | '^' | '=' {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

function codeName(type: string): string {
  const cp = type.codePointAt(0)!;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/** Parse a format spec (errors are CPython's ValueErrors). `typeName` is used in messages. */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: '<' | '>' = '>', defaultType = ''): FormatSpec {
  const cs = Array.from(spec);
  const n = cs.length;
  let pos = 0;
  const r: FormatSpec = {
    fill: ' ', align: '', sign: '', noNeg0: false, alt: false, width: -1,
    grouping: '', precision: -1, fracGrouping: '', type: defaultType,
  };
  let fillSpecified = false;
  if (n - pos >= 2 && isAlign(cs[pos + 1])) {
    r.align = cs[pos + 1] as FormatSpec['align'];
    r.fill = cs[pos]!;
    fillSpecified = true;
    pos += 2;
  } else if (n - pos >= 1 && isAlign(cs[pos])) {
    r.align = cs[pos] as FormatSpec['align'];
    pos++;
  }
  if (pos < n && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) {
    r.sign = cs[pos] as FormatSpec['sign'];
    pos++;
  }
  if (pos < n && cs[pos] === 'z') {
    r.noNeg0 = true;
    pos++;
  }
  if (pos < n && cs[pos] === '#') {
    r.alt = true;
    pos++;
  }
  if (!fillSpecified && pos < n && cs[pos] === '0') {
    r.fill = '0';
    if (r.align === '' && defaultAlign === '>') r.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let acc = 0;
    let count = 0;
    while (pos < n) {
      const ch = cs[pos]!;
      const d = ch.length === 1 && ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : -1;
      if (d < 0) break;
      if (acc > (Number.MAX_SAFE_INTEGER - d) / 10 || acc * 10 + d > 9223372036854775807) {
        throw valueError('Too many decimal digits in format string');
      }
      acc = acc * 10 + d;
      count++;
      pos++;
    }
    return count === 0 ? -1 : acc;
  };
  r.width = readInt();
  if (pos < n && cs[pos] === ',') {
    r.grouping = ',';
    pos++;
  }
  if (pos < n && cs[pos] === '_') {
    if (r.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    r.grouping = '_';
    pos++;
  }
  if (pos < n && cs[pos] === ',' && r.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  if (pos < n && cs[pos] === '.') {
    pos++;
    r.precision = readInt();
    let consumed = r.precision >= 0;
    // 3.14: grouping of the fractional part
    if (pos < n && cs[pos] === ',') {
      r.fracGrouping = ',';
      pos++;
      consumed = true;
    }
    if (pos < n && cs[pos] === '_') {
      if (r.fracGrouping !== '') throw valueError("Cannot specify both ',' and '_'.");
      r.fracGrouping = '_';
      pos++;
      consumed = true;
    }
    if (pos < n && cs[pos] === ',' && r.fracGrouping === '_') throw valueError("Cannot specify both ',' and '_'.");
    if (!consumed) throw valueError('Format specifier missing precision');
  }
  if (n - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (n - pos === 1) r.type = cs[pos]!;
  if (r.grouping !== '') {
    switch (r.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (r.grouping === '_') break;
        throw valueError(`Cannot specify ',' with '${r.type}'.`);
      default:
        throw valueError(`Cannot specify '${r.grouping}' with '${codeName(r.type)}'.`);
    }
  }
  // 3.14 only rejects fractional grouping for 'n'; int/str formatting ignores it
  if (r.type === 'n' && r.fracGrouping !== '') throw valueError(`Cannot specify '${r.fracGrouping}' with 'n'.`);
  return r;
}

/**
 * CPython's _PyUnicode_InsertThousandsGrouping for a repeating group size:
 * groups `digits` from the right, zero-padding (with separators) up to minWidth.
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (sep === '') {
    return digits.length >= minWidth ? digits : '0'.repeat(minWidth - digits.length) + digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  let mw = Math.max(0, minWidth);
  for (;;) {
    const l = Math.min(size, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return parts.reverse().join(sep);
}

function groupFraction(frac: string, sep: string): string {
  if (sep === '' || frac.length <= 3) return frac;
  const parts: string[] = [];
  for (let i = 0; i < frac.length; i += 3) parts.push(frac.slice(i, i + 3));
  return parts.join(sep);
}

function repeatFill(fill: string, n: number): string {
  return n > 0 ? fill.repeat(n) : '';
}

/**
 * Lay out a number (CPython calc_number_widths + fill_number).
 * `digits` is the integer-part digit string (no sign), `rest` whatever
 * follows (decimal point, fraction, exponent, '%'), `prefix` e.g. '0x'.
 */
function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string,
  sep: string, groupSize: number): string {
  let signStr = '';
  if (spec.sign === '+') signStr = negative ? '-' : '+';
  else if (spec.sign === ' ') signStr = negative ? '-' : ' ';
  else if (negative) signStr = '-';
  const restLen = cpLength(rest);
  const nonDigit = signStr.length + prefix.length + restLen;
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep, groupSize);
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding >> 1; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  return repeatFill(spec.fill, lpad) + signStr + prefix + repeatFill(spec.fill, spad) + grouped + rest +
    repeatFill(spec.fill, rpad);
}

function padString(s: string, spec: FormatSpec): string {
  const len = cpLength(s);
  if (spec.width <= len) return s;
  const padding = spec.width - len;
  switch (spec.align) {
    case '>': return repeatFill(spec.fill, padding) + s;
    case '^': {
      const l = padding >> 1;
      return repeatFill(spec.fill, l) + s + repeatFill(spec.fill, padding - l);
    }
    default: return s + repeatFill(spec.fill, padding);
  }
}

/** Python's format(str, spec) (str.__format__). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, '<', 's');
  if (f.type !== '' && f.type !== 's') throw valueError(`Unknown format code '${codeName(f.type)}' for object of type '${typeName}'`);
  if (f.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (f.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  if (f.align === '') f.align = '<';
  let v = s;
  if (f.precision >= 0 && cpLength(v) > f.precision) v = cpPrefix(v, f.precision);
  return padString(v, f);
}

/** Python's format(int, spec) (int.__format__); `v` may also be a bool's 0n/1n. */
export function formatInt(v: bigint | number, spec: string, typeName = 'int'): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  if (spec === '') return intToDecimal(b);
  const f = parseFormatSpec(spec, typeName, '>', 'd');
  if (f.align === '') f.align = '>';
  switch (f.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatParsed(intToFloat(b), f);
    case '': case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      throw valueError(`Unknown format code '${codeName(f.type)}' for object of type '${typeName}'`);
  }
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');

  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (b < -(2n ** 63n) || b >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
    if (b < 0n || b > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(b)), '', 3);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const neg = b < 0n;
  let digits = base === 10 ? intToDecimal(neg ? -b : b) : (neg ? -b : b).toString(base);
  let prefix = f.alt ? (base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '') : '';
  if (f.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const sep = f.type === 'n' ? '' : f.grouping;
  const size = f.grouping === '_' && base !== 10 ? 4 : 3;
  return layoutNumber(f, neg, prefix, digits, '', sep, size);
}

/** int -> float conversion with CPython's OverflowError. */
export function intToFloat(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

/** Python's format(float, spec) (float.__format__). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName);
  if (f.align === '') f.align = '>';
  return formatFloatParsed(x, f, typeName);
}

function formatFloatParsed(x: number, f: FormatSpec, typeName = 'float'): string {
  let type = f.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      throw valueError(`Unknown format code '${codeName(type)}' for object of type '${typeName}'`);
  }
  if (f.precision > INT_MAX) throw valueError('precision too big');
  let precision = f.precision;
  let defaultPrecision = 6;
  const flags: DoubleFormatFlags = { alt: f.alt, noNeg0: f.noNeg0 };
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let val = x;
  let addPct = false;
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(val, type, precision, flags);
  if (addPct) s += '%';
  let negative = false;
  if (s[0] === '-') {
    negative = true;
    s = s.slice(1);
  }
  // split into integer digits and the remainder
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const digits = s.slice(0, i);
  let rest = s.slice(i);
  if (f.fracGrouping !== '' && rest[0] === '.') {
    let j = 1;
    while (j < rest.length && rest.charCodeAt(j) >= 48 && rest.charCodeAt(j) <= 57) j++;
    rest = '.' + groupFraction(rest.slice(1, j), f.fracGrouping) + rest.slice(j);
  }
  const sep = f.type === 'n' ? '' : f.grouping;
  return layoutNumber(f, negative, '', digits, rest, sep, 3);
}

// ---------------------------------------------------------------------------
// round()
// ---------------------------------------------------------------------------

/**
 * Python's round(x, ndigits) for floats: correctly rounded (half-even on the
 * exact binary value). Throws FormatError(OverflowError) when the result
 * overflows ("rounded value too large to represent").
 */
export function roundHalfEven(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // NDIGITS_MAX / NDIGITS_MIN as in floatobject.c
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const n = scaledRound(x, ndigits);
  const neg = x < 0;
  if (n === 0n) return neg ? -0 : 0;
  const r = Number(`${n}e${-ndigits}`);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return neg ? -r : r;
}

/** float -> int truncation (int(x)), with CPython's errors for inf/nan. */
export function floatToBigInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** Python's round(x) for a float (no ndigits): nearest int, ties to even. */
export function roundToInt(x: number): bigint {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
  return BigInt(r);
}

/** float.as_integer_ratio() for finite x (numerator carries the sign). */
export function floatToIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  let { mant, exp } = decompose(x);
  while ((mant & 1n) === 0n && exp < 0) {
    mant >>= 1n;
    exp++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exp >= 0) return [sign * (mant << BigInt(exp)), 1n];
  return [sign * mant, 1n << BigInt(-exp)];
}

// ---------------------------------------------------------------------------
// Numeric hash (sys.hash_info: modulus 2**61 - 1, inf 314159)
// ---------------------------------------------------------------------------

export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159n;

/** CPython's hash(int) as an exact 64-bit value (bigint; may exceed 2**53). */
export function intHash(v: bigint | number): bigint {
  if (typeof v === 'number') {
    // |v| < 2**53 < modulus: the hash is the value itself
    if (Number.isSafeInteger(v)) return v === -1 ? -2n : BigInt(v);
    v = BigInt(v);
  }
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** CPython's hash(float) as an exact 64-bit value. hash(nan) is 0 here (CPython uses identity). */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return intHash(x);
  const { mant, exp } = decompose(x);
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** A 64-bit hash reduced to a signed 32-bit number (low 32 bits); equal hashes stay equal. */
export function hash32(h: bigint | number): number {
  if (typeof h === 'number') return h | 0;
  return Number(BigInt.asIntN(32, h));
}

/** hash32(intHash(v)) without bigint work for safe integers. */
export function intHash32(v: bigint | number): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v === -1 ? -2 : v | 0;
  if (typeof v === 'bigint' && v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn) {
    return v === -1n ? -2 : Number(v) | 0;
  }
  return hash32(intHash(v));
}

/** hash32(floatHash(x)). */
export function floatHash32(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return x === -1 ? -2 : x | 0;
  return hash32(floatHash(x));
}
