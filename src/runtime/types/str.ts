/**
 * @fileoverview The str type: slots (repr, len, getitem, iter, contains, richcmp, hash), the + * % operators, the
 * constructor, and the searching/splitting methods. Case mapping, predicates, padding etc. are in str-methods.ts,
 * str.format and %-formatting in str-format.ts.
 *
 * Most algorithms work over a "view" of the characters: a Uint8Array (Latin-1 storage) or Int32Array (UCS4
 * storage) window on the heap, so they need no JS string and no copy. Results are built with StrBuilder, which
 * copies ranges of existing strings and keeps the storage canonical (Latin-1 whenever all code points < 256).
 */
import { FT } from '../threadid.js';
import { I32, U8, F64, type Ref } from '../heap.js';
import {
  TYPE, FLAGS, STR, STR_DATA, F_STR_UCS4, F_STR_ASCII, Kind, T_STR, T_INT, T_BOOL, T_SLICE, T_LIST, T_TUPLE,
  NOTIMPLEMENTED, TRUE, FALSE, NONE, LIST, TUPLE, TUPLE_ITEMS, HDR, TYPEOBJ, F_INT_BIG, NUM,
} from '../layout.js';
import { incref, decref } from '../refcount.js';
import { raise, Exc, PyRaise } from '../errors.js';
import {
  allocStr, newStr, newStrFromCodePoints, strToJs, strHash, strEq, strCompare, strConcat, strSlice, strCharAt,
} from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { tupleSteal } from '../objects/tuple.js';
import { Slots, SeqOps } from '../slots.js';
import { strJs, iterToArray, typeNameOf, getIter, iterNext, isInstance } from '../abstract.js';
import { defBuiltin, typeDict, bindArgs, argc, kwCount } from '../builtinfn.js';
import { newIter, latin1Char } from './core.js';
import { sliceIndices, indexValue } from './slice.js';
import { decodeBytesToStr, bytesReprJs } from './bytes.js';
import { intern } from '../objects/str.js';
import './str-methods.js';
import './str-format.js';

export type View = Uint8Array | Int32Array;

/** the characters of s as a typed-array window on the heap (no copy) */
export function view(s: Ref): View {
  const n = I32[s + STR.LEN];
  if (I32[s + FLAGS] & F_STR_UCS4) return I32.subarray(s + STR_DATA, s + STR_DATA + n);
  const b = (s + STR_DATA) << 2;
  return U8.subarray(b, b + n);
}
export function slen(s: Ref): number { return I32[s + STR.LEN]; }
export function isUcs4Str(s: Ref): boolean { return (I32[s + FLAGS] & F_STR_UCS4) !== 0; }
export function isAsciiStr(s: Ref): boolean {
  if (I32[s + FLAGS] & F_STR_ASCII) return true;
  if (I32[s + FLAGS] & F_STR_UCS4) return false;
  const b = (s + STR_DATA) << 2, n = I32[s + STR.LEN];
  for (let i = 0; i < n; i++) if (U8[b + i] >= 128) return false;
  I32[s + FLAGS] |= F_STR_ASCII;
  return true;
}
export function isStrObj(r: Ref): boolean { return I32[r + TYPE] === T_STR; }

/** the empty str (immortal) */
export function EMPTY(): Ref { return intern(''); }

/** one-character str for code point c (new ref; immortal when c < 256) */
export function charStr(c: number): Ref {
  return c < 256 ? latin1Char(c) : newStrFromCodePoints([c]);
}

// ------------------------------------------------------------------ building results
/** concatenates ranges of existing strs (and JS code points) into a new canonical str */
export class StrBuilder {
  refs: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  len = 0;
  ucs4 = false;
  ascii = true;
  add(s: Ref, start = 0, end = I32[s + STR.LEN]): void {
    if (end <= start) return;
    this.refs.push(s); this.starts.push(start); this.ends.push(end);
    this.len += end - start;
    const f = I32[s + FLAGS];
    if (f & F_STR_UCS4) { this.ucs4 = true; this.ascii = false; } else if (!(f & F_STR_ASCII)) this.ascii = false;
  }
  finish(): Ref {
    const n = this.len;
    if (n === 0) { return EMPTY(); }
    if (!this.ucs4) {
      const r = allocStr(n, false);
      let d = (r + STR_DATA) << 2;
      for (let k = 0; k < this.refs.length; k++) {
        const b = (this.refs[k] + STR_DATA) << 2;
        const st = this.starts[k], en = this.ends[k];
        if (en - st < 16) { for (let i = st; i < en; i++) U8[d++] = U8[b + i]; } else { U8.copyWithin(d, b + st, b + en); d += en - st; }
      }
      if (this.ascii) I32[r + FLAGS] |= F_STR_ASCII;
      return r;
    }
    const cps = new Int32Array(n);
    let d = 0, max = 0;
    for (let k = 0; k < this.refs.length; k++) {
      const s = this.refs[k];
      const st = this.starts[k], en = this.ends[k];
      if (I32[s + FLAGS] & F_STR_UCS4) {
        for (let i = st; i < en; i++) { const c = I32[s + STR_DATA + i]; if (c > max) max = c; cps[d++] = c; }
      } else {
        const b = (s + STR_DATA) << 2;
        for (let i = st; i < en; i++) cps[d++] = U8[b + i];
      }
    }
    if (max < 256) return newStrFromCodePoints(cps);
    const r = allocStr(n, true);
    I32.set(cps, r + STR_DATA);
    return r;
  }
}

/** a new str from a view range (canonical storage) */
export function strFromView(v: View, start: number, end: number): Ref {
  return newStrFromCodePoints(v.subarray(start, end));
}

// ------------------------------------------------------------------ argument helpers
/** registers a str method; impl gets self and the remaining arguments */
export function def(name: string, impl: (s: Ref, a: number, n: number, kw: Ref) => Ref, owner: () => Ref = typeDict(T_STR)): number {
  return defBuiltin(owner, name, (a, n, kw) => {
    if (n - kwCount(kw) < 1) raise(Exc.TypeError, `unbound method str.${name}() needs an argument`);
    const s = I32[a];
    if (I32[s + TYPE] !== T_STR) {
      raise(Exc.TypeError, `descriptor '${name}' for 'str' objects doesn't apply to a '${typeNameOf(s)}' object`);
    }
    return impl(s, a + 1, n - 1, kw);
  }, 'str');
}

/** the str argument r, or TypeError `${what}, not T` */
export function needStr(r: Ref, what: string): Ref {
  if (I32[r + TYPE] !== T_STR) raise(Exc.TypeError, `${what}, not ${typeNameOf(r)}`);
  return r;
}

/** an optional slice-style index argument (None or missing = dflt) */
export function optIndex(r: Ref, dflt: number): number {
  if (r === 0 || r === NONE) return dflt;
  const t = I32[r + TYPE];
  if ((t === T_INT || t === T_BOOL) && !(I32[r + FLAGS] & F_INT_BIG)) return F64[(r + NUM.VAL) >> 1];
  if (t === T_INT || t === T_BOOL) {
    const v = indexValue(r);
    return v > 0x3fffffffffffn ? 0x3fffffffffff : v < -0x3fffffffffffn ? -0x3fffffffffff : Number(v);
  }
  const v = indexValue(r);
  return v > 0x3fffffffffffn ? 0x3fffffffffff : v < -0x3fffffffffffn ? -0x3fffffffffff : Number(v);
}
/** CPython's ADJUST_INDICES */
export function adjust(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) { end += len; if (end < 0) end = 0; }
  if (start < 0) { start += len; if (start < 0) start = 0; }
  return [start, end];
}
/** an integer argument (int, bool or __index__) as a JS number */
export function intArg(r: Ref, what?: string): number {
  const t = I32[r + TYPE];
  if ((t === T_INT || t === T_BOOL) && !(I32[r + FLAGS] & F_INT_BIG)) return F64[(r + NUM.VAL) >> 1];
  if (t !== T_INT && t !== T_BOOL && what !== undefined) {
    // let __index__ objects through; everything else is a TypeError with the caller's message
    try { return Number(indexValue(r, what)); } catch (e) { throw e; }
  }
  const v = indexValue(r, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) {
    raise(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

// ------------------------------------------------------------------ searching primitives
export function findView(h: View, start: number, end: number, nd: View): number {
  const nl = nd.length;
  if (end - start < nl) return -1;
  if (nl === 0) return start;
  const last = end - nl;
  const c0 = nd[0];
  if (nl === 1) {
    for (let i = start; i <= last; i++) if (h[i] === c0) return i;
    return -1;
  }
  outer: for (let i = start; i <= last; i++) {
    if (h[i] !== c0) continue;
    for (let j = 1; j < nl; j++) if (h[i + j] !== nd[j]) continue outer;
    return i;
  }
  return -1;
}
export function rfindView(h: View, start: number, end: number, nd: View): number {
  const nl = nd.length;
  if (end - start < nl) return -1;
  if (nl === 0) return end;
  const c0 = nd[0];
  outer: for (let i = end - nl; i >= start; i--) {
    if (h[i] !== c0) continue;
    for (let j = 1; j < nl; j++) if (h[i + j] !== nd[j]) continue outer;
    return i;
  }
  return -1;
}
export function countView(h: View, start: number, end: number, nd: View, max = Infinity): number {
  const nl = nd.length;
  if (end - start < nl) return 0;
  if (nl === 0) return Math.min(end - start + 1, max);
  let c = 0;
  for (let i = start; c < max;) {
    const j = findView(h, i, end, nd);
    if (j < 0) break;
    c++;
    i = j + nl;
  }
  return c;
}
function startsAt(h: View, pos: number, nd: View): boolean {
  for (let j = 0; j < nd.length; j++) if (h[pos + j] !== nd[j]) return false;
  return true;
}

/** Python's str.isspace for one code point */
export function isSpaceCp(c: number): boolean {
  if (c < 128) return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
  if (c === 0x85 || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000;
}

// ------------------------------------------------------------------ repr
const NONPRINT_RE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const printCache = new Map<number, boolean>();
/** Python's str.isprintable for one code point */
export function isPrintableCp(c: number): boolean {
  if (c < 0x7f) return c >= 0x20;
  if (c <= 0xa0) return false;
  let v = printCache.get(c);
  if (v === undefined) {
    v = !NONPRINT_RE.test(String.fromCodePoint(c));
    if (printCache.size < 10000) printCache.set(c, v);
  }
  return v;
}
const hex2 = (c: number) => c.toString(16).padStart(2, '0');

export function strReprJs(s: Ref): string {
  const v = view(s);
  const n = v.length;
  let sq = false, dq = false;
  for (let i = 0; i < n; i++) { const c = v[i]; if (c === 39) sq = true; else if (c === 34) dq = true; }
  const q = sq && !dq ? 34 : 39;
  let out = q === 34 ? '"' : "'";
  let run = 0;
  let plain = '';
  for (let i = 0; i < n; i++) {
    const c = v[i];
    if (c >= 0x20 && c < 0x7f && c !== q && c !== 92) {
      if (run === 0) plain = '';
      plain += String.fromCharCode(c);
      run++;
      if (run >= 1024) { out += plain; run = 0; }
      continue;
    }
    if (run) { out += plain; run = 0; }
    if (c === q || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex2(c);
    else if (isPrintableCp(c)) out += String.fromCodePoint(c);
    else if (c < 0x100) out += '\\x' + hex2(c);
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  if (run) out += plain;
  return out + (q === 34 ? '"' : "'");
}

// ------------------------------------------------------------------ slots
Slots.repr[Kind.STR] = strReprJs;
Slots.str[Kind.STR] = strToJs;
Slots.hash[Kind.STR] = strHash;
Slots.len[Kind.STR] = (s) => I32[s + STR.LEN];
Slots.bool[Kind.STR] = (s) => I32[s + STR.LEN] !== 0;
Slots.iter[Kind.STR] = (s) => newIter(Kind.STR_ITER, s);

function strGetItem(s: Ref, k: Ref): Ref {
  const kt = I32[k + TYPE];
  const n = I32[s + STR.LEN];
  if (kt === T_INT || kt === T_BOOL) {
    if (I32[k + FLAGS] & F_INT_BIG) raise(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
    let i = F64[(k + NUM.VAL) >> 1];
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise(Exc.IndexError, 'string index out of range');
    return charStr(strCharAt(s, i));
  }
  if (kt === T_SLICE) {
    const [start, , step, len] = sliceIndices(k, n);
    if (step === 1) {
      if (len === n) { incref(s); return s; }
      return strSlice(s, start, start + len);
    }
    if (len === 0) { return EMPTY(); }
    const v = view(s);
    const cps = new Int32Array(len);
    for (let i = 0, j = start; i < len; i++, j += step) cps[i] = v[j];
    return newStrFromCodePoints(cps);
  }
  let i: number;
  try {
    i = Number(indexValue(k, `string indices must be integers, not '${typeNameOf(k)}'`));
  } catch (e) { throw e; }
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(Exc.IndexError, 'string index out of range');
  return charStr(strCharAt(s, i));
}
Slots.getitem[Kind.STR] = strGetItem;

function strContains(s: Ref, v: Ref): boolean {
  if (I32[v + TYPE] !== T_STR) raise(Exc.TypeError, `'in <string>' requires string as left operand, not ${typeNameOf(v)}`);
  const h = view(s);
  return findView(h, 0, h.length, view(v)) >= 0;
}
Slots.contains[Kind.STR] = strContains;

function strRichCmp(a: Ref, b: Ref, op: number): Ref {
  if (I32[b + TYPE] !== T_STR || I32[a + TYPE] !== T_STR) return NOTIMPLEMENTED;
  if (op === 2) return strEq(a, b) ? TRUE : FALSE;
  if (op === 3) return strEq(a, b) ? FALSE : TRUE;
  const c = strCompare(a, b);
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? TRUE : FALSE;
}
Slots.richcmp[Kind.STR] = strRichCmp;

// ------------------------------------------------------------------ operators
function strConcatOp(a: Ref, b: Ref): Ref {
  if (I32[b + STR.LEN] === 0) { incref(a); return a; }
  if (I32[a + STR.LEN] === 0) { incref(b); return b; }
  return strConcat(a, b);
}
SeqOps.concat[Kind.STR] = strConcatOp;

export function strRepeat(s: Ref, count: number): Ref {
  const n = I32[s + STR.LEN];
  if (count <= 0 || n === 0) { return EMPTY(); }
  if (count === 1) { incref(s); return s; }
  const total = n * count;
  if (total > 0x7fffffff) raise(Exc.OverflowError, 'repeated string is too long');
  const ucs4 = (I32[s + FLAGS] & F_STR_UCS4) !== 0;
  const r = allocStr(total, ucs4);
  if (ucs4) {
    I32.copyWithin(r + STR_DATA, s + STR_DATA, s + STR_DATA + n);
    let done = n;
    while (done < total) { const k = Math.min(done, total - done); I32.copyWithin(r + STR_DATA + done, r + STR_DATA, r + STR_DATA + k); done += k; }
  } else {
    const d = (r + STR_DATA) << 2, b = (s + STR_DATA) << 2;
    if (n === 1) U8.fill(U8[b], d, d + total);
    else {
      U8.copyWithin(d, b, b + n);
      let done = n;
      while (done < total) { const k = Math.min(done, total - done); U8.copyWithin(d + done, d, d + k); done += k; }
    }
    if (I32[s + FLAGS] & F_STR_ASCII) I32[r + FLAGS] |= F_STR_ASCII;
  }
  return r;
}
SeqOps.repeat[Kind.STR] = strRepeat;

// ------------------------------------------------------------------ constructor
Slots.new[Kind.STR] = (type, a, n, kw) => {
  void type;
  if (kw === 0 && n === 1) {
    const o = I32[a];
    if (I32[o + TYPE] === T_STR) { incref(o); return o; }
    return newStr(strJs(o));
  }
  const nkw = kwCount(kw);
  if (n - nkw > 3) raise(Exc.TypeError, `str() takes at most 3 arguments (${n - nkw} given)`);
  const [obj, enc, errs] = bindArgs('str', a, n, kw, ['object', 'encoding', 'errors']);
  if (obj === 0) {
    if (enc !== 0 || errs !== 0) return decodeBytesToStr(0, enc, errs);
    return EMPTY();
  }
  if (enc === 0 && errs === 0) {
    if (I32[obj + TYPE] === T_STR) { incref(obj); return obj; }
    return newStr(strJs(obj));
  }
  return decodeBytesToStr(obj, enc, errs);
};

// ------------------------------------------------------------------ methods: split, join, strip, find...
function listOf1(s: Ref): Ref {
  const l = newList(0);
  incref(s);
  listAppendSteal(l, s);
  return l;
}

/** s.split(sep, maxsplit) */
export function strSplit(s: Ref, sep: Ref, maxsplit: number): Ref {
  const v = view(s);
  const n = v.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const hasSep = sep !== 0 && sep !== NONE;
  if (hasSep) {
    needStr(sep, 'must be str or None');
    if (I32[sep + STR.LEN] === 0) raise(Exc.ValueError, 'empty separator');
  }
  const out = newList(0);
  if (!hasSep) {
    let i = 0;
    if (v instanceof Uint8Array) {
      while (i < n) {
        let c = v[i];
        while (i < n && ((c = v[i]) === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) || c === 0x85 || c === 0xa0)) i++;
        if (i >= n) break;
        if (maxsplit-- <= 0) {
          listAppendSteal(out, i === 0 ? (incref(s), s) : strSlice(s, i, n));
          break;
        }
        const j0 = i;
        while (i < n && !((c = v[i]) === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) || c === 0x85 || c === 0xa0)) i++;
        listAppendSteal(out, j0 === 0 && i === n ? (incref(s), s) : strSlice(s, j0, i));
      }
    } else {
      while (i < n) {
        while (i < n && isSpaceCp(v[i])) i++;
        if (i >= n) break;
        if (maxsplit-- <= 0) {
          listAppendSteal(out, strSlice(s, i, n));
          break;
        }
        const j0 = i;
        while (i < n && !isSpaceCp(v[i])) i++;
        listAppendSteal(out, j0 === 0 && i === n ? (incref(s), s) : strSlice(s, j0, i));
      }
    }
    return out;
  }
  const sv = view(sep);
  const sl = sv.length;
  let i = 0;
  if (sl === 1) {
    const c0 = sv[0];
    for (let j = 0; j < n && maxsplit > 0; j++) {
      if (v[j] === c0) {
        listAppendSteal(out, strSlice(s, i, j));
        i = j + 1;
        maxsplit--;
      }
    }
  } else {
    while (maxsplit > 0) {
      const j = findView(v, i, n, sv);
      if (j < 0) break;
      listAppendSteal(out, strSlice(s, i, j));
      i = j + sl;
      maxsplit--;
    }
  }
  listAppendSteal(out, i === 0 ? (incref(s), s) : strSlice(s, i, n));
  return out;
}

export function strRSplit(s: Ref, sep: Ref, maxsplit: number): Ref {
  const v = view(s);
  const n = v.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const parts: number[] = [];
  if (sep === 0 || sep === NONE) {
    let i = n;
    while (i > 0) {
      while (i > 0 && isSpaceCp(v[i - 1])) i--;
      if (i <= 0) break;
      if (maxsplit-- <= 0) {
        parts.push(i === n ? (incref(s), s) : strSlice(s, 0, i));
        break;
      }
      const e = i;
      while (i > 0 && !isSpaceCp(v[i - 1])) i--;
      parts.push(i === 0 && e === n ? (incref(s), s) : strSlice(s, i, e));
    }
  } else {
    needStr(sep, 'must be str or None');
    const sv = view(sep);
    const sl = sv.length;
    if (sl === 0) raise(Exc.ValueError, 'empty separator');
    let e = n;
    while (maxsplit > 0) {
      const j = rfindView(v, 0, e, sv);
      if (j < 0) break;
      parts.push(strSlice(s, j + sl, e));
      e = j;
      maxsplit--;
    }
    parts.push(e === n ? (incref(s), s) : strSlice(s, 0, e));
  }
  const out = newList(0);
  for (let k = parts.length - 1; k >= 0; k--) listAppendSteal(out, parts[k]);
  return out;
}

def('split', (s, a, n, kw) => {
  const [sep, ms] = bindArgs('split', a, n, kw, ['sep', 'maxsplit']);
  return strSplit(s, sep, ms === 0 ? -1 : intArg(ms));
});
def('rsplit', (s, a, n, kw) => {
  const [sep, ms] = bindArgs('rsplit', a, n, kw, ['sep', 'maxsplit']);
  return strRSplit(s, sep, ms === 0 ? -1 : intArg(ms));
});

/** sep.join(iterable) */
export function strJoin(sep: Ref, iterable: Ref): Ref {
  const it = I32[iterable + TYPE];
  let items: number[] | null = null;
  let base = 0, count = 0;
  let owned = false;
  // (--gil=off: a list is iterated, whose steps take each item's reference under the list's lock)
  if (it === T_LIST && !FT) { base = I32[iterable + LIST.ITEMS] + HDR; count = I32[iterable + LIST.SIZE]; }
  else if (it === T_TUPLE) { base = iterable + TUPLE_ITEMS; count = I32[iterable + TUPLE.SIZE]; }
  else {
    let iter: Ref;
    try {
      iter = getIter(iterable);
    } catch (e) {
      if (e instanceof PyRaise && isInstance(e.exc, Exc.TypeError)) { decref(e.exc); raise(Exc.TypeError, 'can only join an iterable'); }
      throw e;
    }
    try { items = iterToArray(iter); } finally { decref(iter); }
    count = items.length;
    owned = true;
  }
  try {
    if (count === 0) { return EMPTY(); }
    const get = items !== null ? (i: number) => items![i] : (i: number) => I32[base + i];
    if (count === 1) {
      const x = get(0);
      if (I32[x + TYPE] === T_STR) { incref(x); return x; }
    }
    const seplen = I32[sep + STR.LEN];
    let total = seplen * (count - 1);
    let ucs4 = (I32[sep + FLAGS] & F_STR_UCS4) !== 0;
    let ascii = (I32[sep + FLAGS] & F_STR_ASCII) !== 0 || seplen === 0;
    for (let i = 0; i < count; i++) {
      const x = get(i);
      if (I32[x + TYPE] !== T_STR) raise(Exc.TypeError, `sequence item ${i}: expected str instance, ${typeNameOf(x)} found`);
      total += I32[x + STR.LEN];
      const f = I32[x + FLAGS];
      if (f & F_STR_UCS4) ucs4 = true;
      if (!(f & F_STR_ASCII)) ascii = false;
    }
    if (!ucs4) {
      const r = allocStr(total, false);
      let d = (r + STR_DATA) << 2;
      const sb = (sep + STR_DATA) << 2;
      for (let i = 0; i < count; i++) {
        if (i > 0) {
          if (seplen === 1) U8[d++] = U8[sb];
          else if (seplen > 0) { U8.copyWithin(d, sb, sb + seplen); d += seplen; }
        }
        const x = get(i);
        const xl = I32[x + STR.LEN];
        const xb = (x + STR_DATA) << 2;
        if (xl < 24) { for (let k = 0; k < xl; k++) U8[d + k] = U8[xb + k]; } else U8.copyWithin(d, xb, xb + xl);
        d += xl;
      }
      if (ascii) I32[r + FLAGS] |= F_STR_ASCII;
      return r;
    }
    const b = new StrBuilder();
    for (let i = 0; i < count; i++) {
      if (i > 0) b.add(sep);
      b.add(get(i));
    }
    return b.finish();
  } finally {
    if (owned) for (const x of items!) decref(x);
  }
}
def('join', (s, a, n, kw) => {
  argc('join', n, kw, 1, 1);
  return strJoin(s, I32[a]);
});

function stripImpl(s: Ref, chars: Ref, left: boolean, right: boolean, name: string): Ref {
  const v = view(s);
  const n = v.length;
  let i = 0, j = n;
  if (chars === 0 || chars === NONE) {
    if (left) while (i < j && isSpaceCp(v[i])) i++;
    if (right) while (j > i && isSpaceCp(v[j - 1])) j--;
  } else {
    if (I32[chars + TYPE] !== T_STR) raise(Exc.TypeError, `${name} arg must be None or str`);
    const cv = view(chars);
    const set = new Set<number>(cv);
    if (left) while (i < j && set.has(v[i])) i++;
    if (right) while (j > i && set.has(v[j - 1])) j--;
  }
  if (i === 0 && j === n) { incref(s); return s; }
  return strSlice(s, i, j);
}
def('strip', (s, a, n, kw) => { argc('strip', n, kw, 0, 1); return stripImpl(s, n ? I32[a] : 0, true, true, 'strip'); });
def('lstrip', (s, a, n, kw) => { argc('lstrip', n, kw, 0, 1); return stripImpl(s, n ? I32[a] : 0, true, false, 'lstrip'); });
def('rstrip', (s, a, n, kw) => { argc('rstrip', n, kw, 0, 1); return stripImpl(s, n ? I32[a] : 0, false, true, 'rstrip'); });

export function strReplace(s: Ref, old: Ref, nw: Ref, count: number): Ref {
  const v = view(s), ov = view(old);
  const n = v.length, ol = ov.length;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  if (count === 0) { incref(s); return s; }
  const b = new StrBuilder();
  if (ol === 0) {
    let k = 0;
    for (let i = 0; i <= n; i++) {
      if (k < count) { b.add(nw); k++; }
      if (i < n) b.add(s, i, i + 1);
    }
    return b.finish();
  }
  let i = 0, k = 0;
  while (k < count) {
    const j = findView(v, i, n, ov);
    if (j < 0) break;
    b.add(s, i, j);
    b.add(nw);
    i = j + ol;
    k++;
  }
  if (k === 0) { incref(s); return s; }
  b.add(s, i, n);
  return b.finish();
}
def('replace', (s, a, n, kw) => {
  const npos = n - kwCount(kw);
  // Argument Clinic's messages (replace(old, new, /, count=-1) since 3.13)
  if (npos < 2) raise(Exc.TypeError, `replace() takes at least 2 positional arguments (${npos} given)`);
  if (npos > 3) raise(Exc.TypeError, `replace() takes at most 3 arguments (${npos} given)`);
  const [old, nw, cnt] = bindArgs('replace', a, n, kw, ['old', 'new', 'count'], 3, 2);
  needStr(old, 'replace() argument 1 must be str');
  needStr(nw, 'replace() argument 2 must be str');
  return strReplace(s, old, nw, cnt === 0 ? -1 : intArg(cnt));
});

/** parses (sub[, start[, end]]) for find/index/count; returns [sub, start, end] adjusted */
function subArgs(name: string, s: Ref, a: number, n: number, kw: Ref): [Ref, number, number] {
  argc(name, n, kw, 1, 3);
  const sub = I32[a];
  if (I32[sub + TYPE] !== T_STR) raise(Exc.TypeError, `must be str, not ${typeNameOf(sub)}`);
  const len = I32[s + STR.LEN];
  const [st, en] = adjust(optIndex(n > 1 ? I32[a + 1] : 0, 0), optIndex(n > 2 ? I32[a + 2] : 0, len), len);
  return [sub, st, en];
}
function findImpl(s: Ref, a: number, n: number, kw: Ref, name: string, rev: boolean): number {
  const [sub, st, en] = subArgs(name, s, a, n, kw);
  const v = view(s), sv = view(sub);
  if (st > v.length) return -1;
  return rev ? rfindView(v, st, en, sv) : findView(v, st, en, sv);
}
def('find', (s, a, n, kw) => newInt(findImpl(s, a, n, kw, 'find', false)));
def('rfind', (s, a, n, kw) => newInt(findImpl(s, a, n, kw, 'rfind', true)));
def('index', (s, a, n, kw) => {
  const r = findImpl(s, a, n, kw, 'index', false);
  if (r < 0) raise(Exc.ValueError, 'substring not found');
  return newInt(r);
});
def('rindex', (s, a, n, kw) => {
  const r = findImpl(s, a, n, kw, 'rindex', true);
  if (r < 0) raise(Exc.ValueError, 'substring not found');
  return newInt(r);
});
def('count', (s, a, n, kw) => {
  const [sub, st, en] = subArgs('count', s, a, n, kw);
  const v = view(s);
  if (st > v.length) return newInt(0);
  return newInt(countView(v, st, en, view(sub)));
});

function startsEnds(s: Ref, a: number, n: number, kw: Ref, name: string, ends: boolean): Ref {
  argc(name, n, kw, 1, 3);
  const pre = I32[a];
  const len = I32[s + STR.LEN];
  const [st, en] = adjust(optIndex(n > 1 ? I32[a + 1] : 0, 0), optIndex(n > 2 ? I32[a + 2] : 0, len), len);
  const v = view(s);
  const test = (p: Ref): boolean => {
    const pv = view(p);
    if (st > len) return false;
    if (en - st < pv.length) return false;
    return startsAt(v, ends ? en - pv.length : st, pv);
  };
  if (I32[pre + TYPE] === T_TUPLE) {
    const k = I32[pre + TUPLE.SIZE];
    for (let i = 0; i < k; i++) {
      const p = I32[pre + TUPLE_ITEMS + i];
      if (I32[p + TYPE] !== T_STR) raise(Exc.TypeError, `tuple for ${name} must only contain str, not ${typeNameOf(p)}`);
      if (test(p)) return TRUE;
    }
    return FALSE;
  }
  if (I32[pre + TYPE] !== T_STR) raise(Exc.TypeError, `${name} first arg must be str or a tuple of str, not ${typeNameOf(pre)}`);
  return test(pre) ? TRUE : FALSE;
}
def('startswith', (s, a, n, kw) => startsEnds(s, a, n, kw, 'startswith', false));
def('endswith', (s, a, n, kw) => startsEnds(s, a, n, kw, 'endswith', true));

def('removeprefix', (s, a, n, kw) => {
  argc('removeprefix', n, kw, 1, 1);
  const p = needStr(I32[a], 'removeprefix() argument must be str');
  const pv = view(p), v = view(s);
  if (pv.length > 0 && pv.length <= v.length && startsAt(v, 0, pv)) return strSlice(s, pv.length, v.length);
  incref(s); return s;
});
def('removesuffix', (s, a, n, kw) => {
  argc('removesuffix', n, kw, 1, 1);
  const p = needStr(I32[a], 'removesuffix() argument must be str');
  const pv = view(p), v = view(s);
  if (pv.length > 0 && pv.length <= v.length && startsAt(v, v.length - pv.length, pv)) return strSlice(s, 0, v.length - pv.length);
  incref(s); return s;
});

function partitionImpl(s: Ref, sep: Ref, rev: boolean, name: string): Ref {
  needStr(sep, 'must be str');
  void name;
  const v = view(s), sv = view(sep);
  if (sv.length === 0) raise(Exc.ValueError, 'empty separator');
  const j = rev ? rfindView(v, 0, v.length, sv) : findView(v, 0, v.length, sv);
  if (j < 0) {
    incref(s);
    return rev ? tupleSteal([EMPTY(), EMPTY(), s]) : tupleSteal([s, EMPTY(), EMPTY()]);
  }
  incref(sep);
  return tupleSteal([strSlice(s, 0, j), sep, strSlice(s, j + sv.length, v.length)]);
}
def('partition', (s, a, n, kw) => { argc('partition', n, kw, 1, 1); return partitionImpl(s, I32[a], false, 'partition'); });
def('rpartition', (s, a, n, kw) => { argc('rpartition', n, kw, 1, 1); return partitionImpl(s, I32[a], true, 'rpartition'); });

// ------------------------------------------------------------------ dunder methods callable explicitly
def('__len__', (s, a, n, kw) => { argc('__len__', n, kw, 0, 0); return newInt(I32[s + STR.LEN]); });
def('__getitem__', (s, a, n, kw) => { argc('__getitem__', n, kw, 1, 1); return strGetItem(s, I32[a]); });
def('__contains__', (s, a, n, kw) => { argc('__contains__', n, kw, 1, 1); return strContains(s, I32[a]) ? TRUE : FALSE; });
def('__hash__', (s, a, n, kw) => { argc('__hash__', n, kw, 0, 0); return newInt(strHash(s)); });
def('__str__', (s, a, n, kw) => { argc('__str__', n, kw, 0, 0); incref(s); return s; });
def('__repr__', (s, a, n, kw) => { argc('__repr__', n, kw, 0, 0); return newStr(strReprJs(s)); });
def('__iter__', (s, a, n, kw) => { argc('__iter__', n, kw, 0, 0); return newIter(Kind.STR_ITER, s); });
for (const [nm, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]] as const) {
  def(nm, (s, a, n, kw) => { argc(nm, n, kw, 1, 1); return strRichCmp(s, I32[a], op); });
}
def('__add__', (s, a, n, kw) => {
  argc('__add__', n, kw, 1, 1);
  const b = I32[a];
  if (I32[b + TYPE] !== T_STR) return NOTIMPLEMENTED;
  return strConcatOp(s, b);
});
function mulArg(b: Ref): number | null {
  const t = I32[b + TYPE];
  if (t !== T_INT && t !== T_BOOL) return null;
  return intArg(b);
}
def('__mul__', (s, a, n, kw) => {
  argc('__mul__', n, kw, 1, 1);
  const k = mulArg(I32[a]);
  return k === null ? NOTIMPLEMENTED : strRepeat(s, k);
});
def('__rmul__', (s, a, n, kw) => {
  argc('__rmul__', n, kw, 1, 1);
  const k = mulArg(I32[a]);
  return k === null ? NOTIMPLEMENTED : strRepeat(s, k);
});
def('__sizeof__', (s, a, n, kw) => {
  argc('__sizeof__', n, kw, 0, 0);
  const len = I32[s + STR.LEN];
  return newInt(isUcs4Str(s) ? 76 + 4 * (len + 1) : (isAsciiStr(s) ? 41 + len : 57 + len));
});
def('__getnewargs__', (s, a, n, kw) => { argc('__getnewargs__', n, kw, 0, 0); return tupleSteal([strSlice(s, 0, I32[s + STR.LEN])]); });


