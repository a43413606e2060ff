/**
 * @fileoverview String-literal decoding: prefixes, escape sequences (\n \x \u \U \N{...} \ooo, line continuation)
 * for str and bytes. The scanning of where a literal ends lives in tokenize.ts (and fstring.ts for f-strings); this
 * file only turns a literal's body into its value, or reports what CPython would.
 */

/** Escape decoding failure; pos is the index in the body where the bad escape starts. */
export class EscapeError {
  constructor(public msg: string, public pos: number) {}
}

export interface Prefix { raw: boolean; bytes: boolean; f: boolean }

/** Valid string prefixes (lowercased). 'u' may not combine with anything. */
const PREFIXES = new Set(['', 'r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

/** Returns the parsed prefix, or null if `p` is not a string prefix (then it is an identifier). */
export function parsePrefix(p: string): Prefix | null {
  const l = p.toLowerCase();
  if (!PREFIXES.has(l)) return null;
  return { raw: l.includes('r'), bytes: l.includes('b'), f: l.includes('f') };
}

/** A few \N{...} names. minipy carries no Unicode name database; unknown names are a SyntaxError as in CPython. */
const NAMED: Record<string, number> = {
  'SPACE': 0x20, 'NO-BREAK SPACE': 0xa0, 'BULLET': 0x2022, 'EM DASH': 0x2014, 'EN DASH': 0x2013,
  'DEGREE SIGN': 0xb0, 'HORIZONTAL ELLIPSIS': 0x2026, 'EURO SIGN': 0x20ac, 'POUND SIGN': 0xa3, 'YEN SIGN': 0xa5,
  'COPYRIGHT SIGN': 0xa9, 'REGISTERED SIGN': 0xae, 'MICRO SIGN': 0xb5, 'MULTIPLICATION SIGN': 0xd7,
  'DIVISION SIGN': 0xf7, 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xab,
  'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK': 0xbb, 'LEFT DOUBLE QUOTATION MARK': 0x201c,
  'RIGHT DOUBLE QUOTATION MARK': 0x201d, 'LEFT SINGLE QUOTATION MARK': 0x2018, 'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'CHECK MARK': 0x2713, 'BLACK STAR': 0x2605, 'WHITE STAR': 0x2606, 'SNOWMAN': 0x2603, 'BLACK HEART SUIT': 0x2665,
  'INFINITY': 0x221e, 'RIGHTWARDS ARROW': 0x2192, 'LEFTWARDS ARROW': 0x2190, 'ZERO WIDTH SPACE': 0x200b,
  'NULL': 0, 'LINE FEED': 10, 'CARRIAGE RETURN': 13, 'CHARACTER TABULATION': 9, 'ESCAPE': 0x1b, 'DELETE': 0x7f,
  'REPLACEMENT CHARACTER': 0xfffd, 'PILE OF POO': 0x1f4a9, 'GRINNING FACE': 0x1f600, 'SNAKE': 0x1f40d,
  'GREEK SMALL LETTER PI': 0x3c0, 'GREEK CAPITAL LETTER OMEGA': 0x3a9, 'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER BETA': 0x3b2, 'GREEK SMALL LETTER GAMMA': 0x3b3, 'GREEK SMALL LETTER DELTA': 0x3b4,
  'GREEK SMALL LETTER LAMDA': 0x3bb, 'GREEK SMALL LETTER MU': 0x3bc, 'GREEK CAPITAL LETTER DELTA': 0x394,
  'GREEK CAPITAL LETTER SIGMA': 0x3a3, 'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
  'LATIN SMALL LETTER SHARP S': 0xdf, 'LATIN SMALL LETTER A WITH GRAVE': 0xe0,
};

function lookupName(name: string): number | undefined {
  const n = name.toUpperCase();
  if (n in NAMED) return NAMED[n];
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(n);
  if (m) return (m[1] === 'SMALL' ? 0x61 : 0x41) + m[2]!.charCodeAt(0) - 0x41;
  m = /^DIGIT (ZERO|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/.exec(n);
  if (m) return 0x30 + ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'].indexOf(m[1]!);
  return undefined;
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/**
 * Decodes the body of a str literal (between the quotes; newlines already normalised to \n).
 * Raw bodies are returned as they are. Throws EscapeError.
 */
export function decodeStr(body: string, raw: boolean): string {
  if (raw || !body.includes('\\')) return body;
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\') { out += c; i++; continue; }
    const e = body[i + 1];
    if (e === undefined) { out += '\\'; i++; continue; }
    const simple = SIMPLE[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1, v = 0;
      while (j < n && j < i + 4 && body[j]! >= '0' && body[j]! <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + len && isHex(body[j])) j++;
      if (j - (i + 2) < len) {
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: truncated ${what} escape`, i);
      }
      const v = parseInt(body.slice(i + 2, j), 16);
      if (v > 0x10ffff) {
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: illegal Unicode character`, i);
      }
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (e === 'N') {
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      const name = close < 0 ? '' : body.slice(i + 3, close);
      const v = name ? lookupName(name) : undefined;
      if (v === undefined) {
        const end = close < 0 ? i + 1 : close;
        const why = close < 0 || !name ? 'malformed \\N character escape' : 'unknown Unicode character name';
        throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${end}: ${why}`, i);
      }
      out += String.fromCodePoint(v);
      i = close + 1;
      continue;
    }
    // unknown escape: kept as is (CPython 3.12 warns)
    out += '\\' + e;
    i += 2;
  }
  return out;
}

/**
 * Decodes the body of a bytes literal. Non-ASCII characters are an error (checked even for raw bytes).
 * Throws EscapeError.
 */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  for (let k = 0; k < body.length; k++) {
    if (body.charCodeAt(k) > 0x7f) throw new EscapeError('bytes can only contain ASCII literal characters', -1);
  }
  const out: number[] = [];
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body[i]!;
    if (c !== '\\' || raw) { out.push(body.charCodeAt(i)); i++; continue; }
    const e = body[i + 1];
    if (e === undefined) { out.push(0x5c); i++; continue; }
    const simple = SIMPLE[e];
    if (simple !== undefined) { if (simple) out.push(simple.charCodeAt(0)); i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let j = i + 1, v = 0;
      while (j < n && j < i + 4 && body[j]! >= '0' && body[j]! <= '7') { v = v * 8 + (body.charCodeAt(j) - 48); j++; }
      out.push(v & 0xff);
      i = j;
      continue;
    }
    if (e === 'x') {
      if (!isHex(body[i + 2]) || !isHex(body[i + 3])) {
        throw new EscapeError(`(value error) invalid \\x escape at position ${i}`, i);
      }
      out.push(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
      continue;
    }
    out.push(0x5c, e.charCodeAt(0));
    i += 2;
  }
  return Uint8Array.from(out);
}
