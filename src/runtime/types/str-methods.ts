/**
 * @fileoverview str methods: case mapping, the is* predicates, padding (center, ljust, rjust, zfill),
 * splitlines, expandtabs, encode, maketrans/translate. Registered after the ones in str.ts.
 */
import { I32, U8, type Ref } from '../heap.js';
import {
  TYPE, FLAGS, STR, STR_DATA, F_STR_ASCII, T_STR, T_INT, T_DICT, NONE, TRUE, FALSE, T_STATICMETHOD, DESCR,
  TYPEOBJ,
} from '../layout.js';
import { incref, decref, makeImmortal } from '../refcount.js';
import { raise, Exc, PyRaise } from '../errors.js';
import { allocStr, newStr, strToJs, strSlice, intern } from '../objects/str.js';
import { newDict, dictSet, dictGet, dictPop } from '../objects/dict.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { newInt } from '../objects/int.js';
import { getItem, isInstance, typeNameOf, getIter, iterNext } from '../abstract.js';
import { bindArgs, argc, kwCount, defBuiltin } from '../builtinfn.js';
import { allocBlock } from '../alloc.js';
import {
  def, view, isAsciiStr, isSpaceCp, isPrintableCp, needStr, intArg, StrBuilder, charStr, EMPTY,
} from './str.js';
import { encodeStr } from './bytes.js';

// ------------------------------------------------------------------ case mapping
/** maps each byte of an ASCII str through a table (fast path), or null when s is not ASCII */
function asciiMap(s: Ref, f: (c: number) => number): Ref | null {
  if (!isAsciiStr(s)) return null;
  const n = I32[s + STR.LEN];
  const r = allocStr(n, false);
  const b = (s + STR_DATA) << 2, d = (r + STR_DATA) << 2;
  for (let i = 0; i < n; i++) U8[d + i] = f(U8[b + i]);
  I32[r + FLAGS] |= F_STR_ASCII;
  return r;
}
const up = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);
const lo = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const sw = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c);

const CASED_RE = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const UPPER_RE = /\p{Uppercase}/u;
const LOWER_RE = /\p{Lowercase}/u;
const TITLE_RE = /\p{Lt}/u;
const isCased = (ch: string) => CASED_RE.test(ch) || UPPER_RE.test(ch) || LOWER_RE.test(ch);

/** titlecase of one character (as Python's str.title does it) */
function titleChar(ch: string): string {
  if (TITLE_RE.test(ch)) return ch;
  const special: Record<string, string> = {
    '\u01c4': '\u01c5', '\u01c5': '\u01c5', '\u01c6': '\u01c5', '\u01c7': '\u01c8', '\u01c8': '\u01c8', '\u01c9': '\u01c8',
    '\u01ca': '\u01cb', '\u01cb': '\u01cb', '\u01cc': '\u01cb', '\u01f1': '\u01f2', '\u01f2': '\u01f2', '\u01f3': '\u01f2',
  };
  if (special[ch] !== undefined) return special[ch];
  const u = ch.toUpperCase();
  if ([...u].length > 1) { const cs = [...u]; return cs[0] + cs.slice(1).join('').toLowerCase(); }
  return u;
}

function mapJs(s: Ref, f: (js: string) => string): Ref {
  return newStr(f(strToJs(s)));
}

def('upper', (s, a, n, kw) => { argc('upper', n, kw, 0, 0); return asciiMap(s, up) ?? mapJs(s, (x) => x.toUpperCase()); });
def('lower', (s, a, n, kw) => { argc('lower', n, kw, 0, 0); return asciiMap(s, lo) ?? mapJs(s, (x) => x.toLowerCase()); });
def('swapcase', (s, a, n, kw) => {
  argc('swapcase', n, kw, 0, 0);
  return asciiMap(s, sw) ?? mapJs(s, (x) => {
    let out = '';
    for (const ch of x) {
      if (UPPER_RE.test(ch)) out += ch.toLowerCase();
      else if (LOWER_RE.test(ch)) out += ch.toUpperCase();
      else out += ch;
    }
    return out;
  });
});
const FOLD: Record<string, string> = { 'ß': 'ss', 'ς': 'σ', 'ẞ': 'ss', 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st', 'µ': 'μ', 'ſ': 's' };
def('casefold', (s, a, n, kw) => {
  argc('casefold', n, kw, 0, 0);
  return asciiMap(s, lo) ?? mapJs(s, (x) => {
    let out = '';
    for (const ch of x) out += FOLD[ch] ?? ch.toLowerCase();
    return out;
  });
});
def('title', (s, a, n, kw) => {
  argc('title', n, kw, 0, 0);
  const js = strToJs(s);
  let out = '';
  let prevCased = false;
  for (const ch of js) {
    const c = ch.codePointAt(0)!;
    if (c < 128) {
      const isUp = c >= 65 && c <= 90, isLo = c >= 97 && c <= 122;
      if (prevCased) out += isUp ? String.fromCharCode(c + 32) : ch;
      else out += isLo ? String.fromCharCode(c - 32) : ch;
      prevCased = isUp || isLo;
      continue;
    }
    const cased = isCased(ch);
    out += prevCased ? ch.toLowerCase() : titleChar(ch);
    prevCased = cased;
  }
  return newStr(out);
});
def('capitalize', (s, a, n, kw) => {
  argc('capitalize', n, kw, 0, 0);
  const cs = [...strToJs(s)];
  if (cs.length === 0) return EMPTY();
  return newStr(titleChar(cs[0]) + cs.slice(1).join('').toLowerCase());
});

// ------------------------------------------------------------------ predicates
const ALPHA_RE = /^\p{L}$/u;
const DECIMAL_RE = /^\p{Nd}$/u;
const NUMERIC_RE = /^\p{N}$/u;
const CJK_NUMERIC = new Set([...'〇一二三四五六七八九十百千万億兆亿两零壹贰叁肆伍陆柒捌玖拾佰仟']);
function isAlphaCp(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ALPHA_RE.test(String.fromCodePoint(c));
}
function isDecimalCp(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DECIMAL_RE.test(String.fromCodePoint(c));
}
function isDigitCp(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  if (c === 0xb2 || c === 0xb3 || c === 0xb9 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089)) return true;
  if ((c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247c) || (c >= 0x2488 && c <= 0x2490) || c === 0x24ea ||
    (c >= 0x24f5 && c <= 0x24fd) || c === 0x24ff || (c >= 0x2776 && c <= 0x277e) || (c >= 0x2780 && c <= 0x2788) ||
    (c >= 0x278a && c <= 0x2792) || (c >= 0x1369 && c <= 0x1371) || c === 0x19da) return true;
  return isDecimalCp(c);
}
function isNumericCp(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  const ch = String.fromCodePoint(c);
  return NUMERIC_RE.test(ch) || CJK_NUMERIC.has(ch);
}
function allOf(s: Ref, f: (c: number) => boolean): Ref {
  const v = view(s);
  if (v.length === 0) return FALSE;
  for (let i = 0; i < v.length; i++) if (!f(v[i])) return FALSE;
  return TRUE;
}
def('isalpha', (s, a, n, kw) => { argc('isalpha', n, kw, 0, 0); return allOf(s, isAlphaCp); });
def('isdecimal', (s, a, n, kw) => { argc('isdecimal', n, kw, 0, 0); return allOf(s, isDecimalCp); });
def('isdigit', (s, a, n, kw) => { argc('isdigit', n, kw, 0, 0); return allOf(s, isDigitCp); });
def('isnumeric', (s, a, n, kw) => { argc('isnumeric', n, kw, 0, 0); return allOf(s, isNumericCp); });
def('isalnum', (s, a, n, kw) => {
  argc('isalnum', n, kw, 0, 0);
  return allOf(s, (c) => isAlphaCp(c) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c));
});
def('isspace', (s, a, n, kw) => { argc('isspace', n, kw, 0, 0); return allOf(s, isSpaceCp); });
def('isascii', (s, a, n, kw) => { argc('isascii', n, kw, 0, 0); return isAsciiStr(s) ? TRUE : FALSE; });
def('isprintable', (s, a, n, kw) => {
  argc('isprintable', n, kw, 0, 0);
  const v = view(s);
  for (let i = 0; i < v.length; i++) if (!isPrintableCp(v[i])) return FALSE;
  return TRUE;
});
function caseCheck(s: Ref, wantUpper: boolean): Ref {
  let cased = false;
  for (const ch of strToJs(s)) {
    const isU = UPPER_RE.test(ch), isL = LOWER_RE.test(ch), isT = TITLE_RE.test(ch);
    if (wantUpper ? (isL || isT) : (isU || isT)) return FALSE;
    if (wantUpper ? isU : isL) cased = true;
  }
  return cased ? TRUE : FALSE;
}
def('isupper', (s, a, n, kw) => { argc('isupper', n, kw, 0, 0); return caseCheck(s, true); });
def('islower', (s, a, n, kw) => { argc('islower', n, kw, 0, 0); return caseCheck(s, false); });
def('istitle', (s, a, n, kw) => {
  argc('istitle', n, kw, 0, 0);
  let cased = false, prevCased = false;
  for (const ch of strToJs(s)) {
    const isU = UPPER_RE.test(ch) || TITLE_RE.test(ch), isL = LOWER_RE.test(ch);
    if (isU) {
      if (prevCased) return FALSE;
      prevCased = true; cased = true;
    } else if (isL) {
      if (!prevCased) return FALSE;
      prevCased = true; cased = true;
    } else prevCased = false;
  }
  return cased ? TRUE : FALSE;
});
const ID_START_RE = /^[\p{ID_Start}_]$/u;
const ID_CONT_RE = /^[\p{ID_Continue}\u00b7\u0387\u1369-\u1371\u19da]$/u;
export function isIdentifierJs(js: string): boolean {
  let first = true;
  for (const ch of js) {
    if (first ? !ID_START_RE.test(ch) : !ID_CONT_RE.test(ch)) return false;
    first = false;
  }
  return !first;
}
def('isidentifier', (s, a, n, kw) => { argc('isidentifier', n, kw, 0, 0); return isIdentifierJs(strToJs(s)) ? TRUE : FALSE; });

// ------------------------------------------------------------------ padding
function fillArg(name: string, r: Ref): Ref {
  if (r === 0) return charStr(32);
  if (I32[r + TYPE] !== T_STR) raise(Exc.TypeError, `${name}() argument 2 must be a unicode character, not ${typeNameOf(r)}`);
  if (I32[r + STR.LEN] !== 1) raise(Exc.TypeError, 'The fill character must be exactly one character long');
  return r;
}
function pad(s: Ref, left: number, right: number, fill: Ref): Ref {
  const b = new StrBuilder();
  for (let i = 0; i < left; i++) b.add(fill);
  b.add(s);
  for (let i = 0; i < right; i++) b.add(fill);
  return b.finish();
}
function padMethod(name: string, how: (s: Ref, marg: number) => [number, number]) {
  def(name, (s, a, n, kw) => {
    argc(name, n, kw, 1, 2);
    const w = intArg(I32[a]);
    const fill = fillArg(name, n > 1 ? I32[a + 1] : 0);
    const len = I32[s + STR.LEN];
    if (w <= len) { incref(s); return s; }
    const [l, r] = how(s, w - len);
    return pad(s, l, r, fill);
  });
}
padMethod('ljust', (_s, m) => [0, m]);
padMethod('rjust', (_s, m) => [m, 0]);
padMethod('center', (s, m) => {
  // CPython: left = marg/2 + (marg & width & 1)
  const width = m + I32[s + STR.LEN];
  const left = (m >> 1) + (m & width & 1);
  return [left, m - left];
});
def('zfill', (s, a, n, kw) => {
  argc('zfill', n, kw, 1, 1);
  const w = intArg(I32[a]);
  const len = I32[s + STR.LEN];
  if (w <= len) { incref(s); return s; }
  const js = strToJs(s);
  const fillN = w - len;
  if (js.length > 0 && (js[0] === '+' || js[0] === '-')) return newStr(js[0] + '0'.repeat(fillN) + js.slice(1));
  return newStr('0'.repeat(fillN) + js);
});

// ------------------------------------------------------------------ lines and tabs
function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 ||
    c === 0x2028 || c === 0x2029;
}
def('splitlines', (s, a, n, kw) => {
  const [ke] = bindArgs('splitlines', a, n, kw, ['keepends']);
  const keep = ke !== 0 && intArg(ke) !== 0;
  const v = view(s);
  const len = v.length;
  const out = newList(0);
  let i = 0;
  while (i < len) {
    let j = i;
    while (j < len && !isLineBreak(v[j])) j++;
    let eol = j;
    if (j < len) {
      if (v[j] === 13 && j + 1 < len && v[j + 1] === 10) j += 2; else j += 1;
      if (keep) eol = j;
    }
    if (i === 0 && j === len && eol === len) { incref(s); listAppendSteal(out, s); break; }
    listAppendSteal(out, strSlice(s, i, eol));
    i = j;
  }
  return out;
});
def('expandtabs', (s, a, n, kw) => {
  const [ts] = bindArgs('expandtabs', a, n, kw, ['tabsize']);
  const tab = ts === 0 ? 8 : intArg(ts);
  let out = '';
  let col = 0;
  for (const ch of strToJs(s)) {
    if (ch === '\t') {
      if (tab > 0) { const k = tab - (col % tab); out += ' '.repeat(k); col += k; }
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return newStr(out);
});

// ------------------------------------------------------------------ encode
def('encode', (s, a, n, kw) => {
  const [enc, errs] = bindArgs('encode', a, n, kw, ['encoding', 'errors']);
  if (enc !== 0) needStr(enc, "encode() argument 'encoding' must be str");
  if (errs !== 0) needStr(errs, "encode() argument 'errors' must be str");
  return encodeStr(s, enc === 0 ? 'utf-8' : strToJs(enc), errs === 0 ? 'strict' : strToJs(errs));
});

// ------------------------------------------------------------------ maketrans / translate
/** str.maketrans: a static method (installed as one below) */
const maketransIdx = defBuiltin(() => tmpOwner(), 'maketrans', (a, n, kw) => {
  argc('maketrans', n, kw, 1, 3);
  const x = I32[a];
  const d = newDict();
  try {
    if (n === 1) {
      if (I32[x + TYPE] !== T_DICT) raise(Exc.TypeError, 'if you give only one argument to maketrans it must be a dict');
      const it = getIter(x);
      try {
        for (let k = iterNext(it); k !== 0; k = iterNext(it)) {
          try {
            const v = getItem(x, k);
            try {
              if (I32[k + TYPE] === T_STR) {
                if (I32[k + STR.LEN] !== 1) raise(Exc.ValueError, 'string keys in translate table must be of length 1');
                const key = newInt(view(k)[0]);
                dictSet(d, key, v); decref(key);
              } else if (I32[k + TYPE] === T_INT) dictSet(d, k, v);
              else raise(Exc.TypeError, 'keys in translate table must be strings or integers');
            } finally { decref(v); }
          } finally { decref(k); }
        }
      } finally { decref(it); }
      return d;
    }
    const y = I32[a + 1];
    needStr(x, 'maketrans() argument 1 must be str');
    needStr(y, 'maketrans() argument 2 must be str');
    const xv = view(x), yv = view(y);
    if (xv.length !== yv.length) raise(Exc.ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xv.length; i++) {
      const k = newInt(xv[i]), v = newInt(yv[i]);
      dictSet(d, k, v); decref(k); decref(v);
    }
    if (n === 3) {
      const z = needStr(I32[a + 2], 'maketrans() argument 3 must be str');
      const zv = view(z);
      for (let i = 0; i < zv.length; i++) { const k = newInt(zv[i]); dictSet(d, k, NONE); decref(k); }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}, 'str');
let tmpDict = 0;
function tmpOwner(): Ref { if (tmpDict === 0) { tmpDict = newDict(); makeImmortal(tmpDict); } return tmpDict; }

/** at install time (heap-creating thread): move maketrans from the temporary dict into str as a staticmethod */
function fixMaketrans(): Ref {
  if (tmpDict !== 0) {
    const nm = intern('maketrans');
    const f = dictGet(tmpDict, nm);
    if (f !== 0) {
      const sm = allocBlock(T_STATICMETHOD, DESCR.WORDS);
      incref(f);
      I32[sm + DESCR.FUNC] = f;
      I32[sm + DESCR.FSET] = 0; I32[sm + DESCR.FDEL] = 0; I32[sm + DESCR.DOC] = 0;
      makeImmortal(sm);
      dictSet(I32[T_STR + TYPEOBJ.DICT], nm, sm);
      const old = dictPop(tmpDict, nm);
      if (old) decref(old);
    }
  }
  return I32[T_STR + TYPEOBJ.DICT];
}

def('translate', (s, a, n, kw) => {
  argc('translate', n, kw, 1, 1);
  const table = I32[a];
  const v = view(s);
  const b = new StrBuilder();
  const cache = new Map<number, Ref>();
  const tmp: Ref[] = [];
  try {
    for (let i = 0; i < v.length; i++) {
      const c = v[i];
      let m = cache.get(c);
      if (m === undefined) {
        const key = newInt(c);
        try {
          m = getItem(table, key);
          tmp.push(m);
        } catch (e) {
          if (e instanceof PyRaise && isInstance(e.exc, Exc.LookupError)) { decref(e.exc); m = -1; } else throw e;
        } finally { decref(key); }
        if (m !== -1 && m !== NONE) {
          const mt = I32[m + TYPE];
          if (mt === T_INT) {
            const cp = intArg(m);
            if (cp < 0 || cp > 0x10ffff) raise(Exc.ValueError, 'character mapping must be in range(0x110000)');
            const cs = charStr(cp);
            tmp.push(cs);
            m = cs;
          } else if (mt !== T_STR) raise(Exc.TypeError, 'character mapping must return integer, None or str');
        }
        cache.set(c, m);
      }
      if (m === -1) b.add(s, i, i + 1);
      else if (m !== NONE) b.add(m);
    }
    return b.finish();
  } finally {
    for (const r of tmp) decref(r);
  }
}, fixMaketrans);

