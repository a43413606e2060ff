/**
 * @fileoverview The bytes type (slots, constructor, methods) and the codecs shared with str: utf-8, ascii and
 * latin-1 decoding (decodeBytesToStr) and encoding (encodeStr), with CPython's UnicodeError messages.
 */
import { FT } from '../threadid.js';
import { I32, U8, F64, type Ref } from '../heap.js';
import {
  TYPE, BYTES, BYTES_DATA, Kind, T_BYTES, T_STR, T_INT, T_BOOL, T_SLICE, T_LIST, T_TUPLE, NOTIMPLEMENTED, TRUE,
  FALSE, NONE, LIST, TUPLE, TUPLE_ITEMS, HDR, ITER, STR, STR_DATA, FLAGS, F_STR_UCS4, F_STR_ASCII, T_FLOAT,
} from '../layout.js';
import { incref, decref } from '../refcount.js';
import { raise, Exc, PyRaise } from '../errors.js';
import { allocBytes, newBytes } from '../objects/bytes.js';
import { allocStr, newStr, newStrFromCodePoints, strToJs, intern } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { tupleSteal } from '../objects/tuple.js';
import { Slots, SeqOps } from '../slots.js';
import { typeNameOf, iterToArray, getIter, iterNext, isInstance, userDunder, callDunder } from '../abstract.js';
import { defBuiltin, typeDict, bindArgs, argc, kwCount } from '../builtinfn.js';
import { newIter, exhaust } from './core.js';
import { sliceIndices, indexValue } from './slice.js';
import { findView, rfindView, countView, adjust, optIndex } from './str.js';
import { percentFormat } from '../formatPercent.js';
import { FormatError } from '../format.js';
import { reprJs, getItem } from '../abstract.js';
import { intToBig } from '../objects/int.js';
import { NUM, TYPEOBJ, TF_HEAPTYPE, F_INT_BIG as F_INT_BIG_ } from '../layout.js';

// ------------------------------------------------------------------ basics
export function bview(b: Ref): Uint8Array {
  const base = (b + BYTES_DATA) << 2;
  return U8.subarray(base, base + I32[b + BYTES.LEN]);
}
function blen(b: Ref): number { return I32[b + BYTES.LEN]; }
function isBytes(r: Ref): boolean { return I32[r + TYPE] === T_BYTES; }
function fromView(v: ArrayLike<number>): Ref { return newBytes(v); }
function bslice(b: Ref, start: number, end: number): Ref {
  const n = Math.max(0, end - start);
  const r = allocBytes(n);
  const s = ((b + BYTES_DATA) << 2) + start;
  U8.copyWithin((r + BYTES_DATA) << 2, s, s + n);
  return r;
}
const EMPTY_B = (): Ref => allocBytes(0);

/** bytes-like argument: bytes only for now */
function needBytes(r: Ref, msg = `a bytes-like object is required, not '${typeNameOf(r)}'`): Uint8Array {
  if (!isBytes(r)) raise(Exc.TypeError, msg);
  return bview(r);
}

// ------------------------------------------------------------------ codecs
export function normEncoding(enc: string): string {
  const e = enc.toLowerCase().replace(/_/g, '-').trim();
  if (e === 'utf-8' || e === 'utf8' || e === 'u8' || e === 'utf') return 'utf-8';
  if (e === 'ascii' || e === 'us-ascii' || e === '646') return 'ascii';
  if (e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1' || e === 'iso8859-1' || e === 'l1' || e === 'latin' ||
    e === 'cp819' || e === '8859' || e === 'iso-ir-100') return 'latin-1';
  if (e === 'utf-8-sig' || e === 'utf8-sig') return 'utf-8-sig';
  return raise(Exc.LookupError, `unknown encoding: ${enc}`);
}

function decodeError(enc: string, v: Uint8Array, start: number, end: number, reason: string): never {
  if (end - start === 1) raise(Exc.UnicodeDecodeError, `'${enc}' codec can't decode byte 0x${v[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
  raise(Exc.UnicodeDecodeError, `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

/** handles an undecodable range per `errors`; pushes replacement code points */
function decodeErr(enc: string, errors: string, v: Uint8Array, start: number, end: number, reason: string, out: number[]): void {
  switch (errors) {
    case 'strict': decodeError(enc, v, start, end, reason);
    // falls through (never reached)
    case 'ignore': return;
    case 'replace': out.push(0xfffd); return;
    case 'backslashreplace':
      for (let i = start; i < end; i++) for (const ch of '\\x' + v[i].toString(16).padStart(2, '0')) out.push(ch.charCodeAt(0));
      return;
    case 'surrogateescape':
      for (let i = start; i < end; i++) {
        if (v[i] < 128) decodeError(enc, v, start, end, reason);
        out.push(0xdc00 + v[i]);
      }
      return;
    default:
      raise(Exc.LookupError, `unknown error handler name '${errors}'`);
  }
}

/** decodes bytes to code points */
export function decodeToCps(v: Uint8Array, encoding: string, errors: string): number[] | null {
  const enc = normEncoding(encoding);
  const n = v.length;
  let ascii = true;
  for (let i = 0; i < n; i++) if (v[i] >= 128) { ascii = false; break; }
  if (ascii && enc !== 'utf-8-sig') return null; // the caller copies the bytes as they are
  const out: number[] = [];
  if (enc === 'latin-1') { for (let i = 0; i < n; i++) out.push(v[i]); return out; }
  if (enc === 'ascii') {
    for (let i = 0; i < n; i++) {
      if (v[i] < 128) out.push(v[i]);
      else decodeErr('ascii', errors, v, i, i + 1, 'ordinal not in range(128)', out);
    }
    return out;
  }
  let i = 0;
  if (enc === 'utf-8-sig' && n >= 3 && v[0] === 0xef && v[1] === 0xbb && v[2] === 0xbf) i = 3;
  const en = 'utf-8';
  while (i < n) {
    const c = v[i];
    if (c < 0x80) { out.push(c); i++; continue; }
    let need: number, lo = 0x80, hi = 0xbf, cp: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f; }
    else { decodeErr(en, errors, v, i, i + 1, 'invalid start byte', out); i++; continue; }
    let j = 1;
    let bad = false;
    for (; j <= need; j++) {
      if (i + j >= n) {
        decodeErr(en, errors, v, i, n, 'unexpected end of data', out);
        return out;
      }
      const d = v[i + j];
      if (d < lo || d > hi) { bad = true; break; }
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (bad) { decodeErr(en, errors, v, i, i + j, 'invalid continuation byte', out); i += j; continue; }
    out.push(cp);
    i += need + 1;
  }
  return out;
}

/** a str from bytes (new ref) */
export function decodeView(v: Uint8Array, encoding: string, errors: string): Ref {
  const cps = decodeToCps(v, encoding, errors);
  if (cps === null) {
    const r = allocStr(v.length, false);
    U8.set(v, (r + STR_DATA) << 2);
    I32[r + FLAGS] |= F_STR_ASCII;
    return r;
  }
  return newStrFromCodePoints(cps);
}

/** str(obj, encoding, errors) (obj may be 0: str(encoding=...)) */
export function decodeBytesToStr(obj: Ref, enc: Ref, errs: Ref): Ref {
  if (enc !== 0 && I32[enc + TYPE] !== T_STR) raise(Exc.TypeError, `str() argument 'encoding' must be str, not ${typeNameOf(enc)}`);
  if (errs !== 0 && I32[errs + TYPE] !== T_STR) raise(Exc.TypeError, `str() argument 'errors' must be str, not ${typeNameOf(errs)}`);
  if (obj === 0) return intern('');
  if (I32[obj + TYPE] === T_STR) raise(Exc.TypeError, 'decoding str is not supported');
  if (!isBytes(obj)) raise(Exc.TypeError, `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
  return decodeView(bview(obj), enc === 0 ? 'utf-8' : strToJs(enc), errs === 0 ? 'strict' : strToJs(errs));
}

function cpEscape(c: number): string {
  if (c < 0x100) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** s.encode(encoding, errors) as a bytes object */
export function encodeStr(s: Ref, encoding: string, errors: string): Ref {
  const enc = normEncoding(encoding);
  const n = I32[s + STR.LEN];
  const ucs4 = (I32[s + FLAGS] & F_STR_UCS4) !== 0;
  if (!ucs4) {
    const b = (s + STR_DATA) << 2;
    let ascii = (I32[s + FLAGS] & F_STR_ASCII) !== 0;
    if (!ascii) { ascii = true; for (let i = 0; i < n; i++) if (U8[b + i] >= 128) { ascii = false; break; } }
    if (ascii || enc === 'latin-1') {
      const pre = enc === 'utf-8-sig' ? 3 : 0;
      if (ascii || pre === 0) {
        const r = allocBytes(n + pre);
        const d = (r + BYTES_DATA) << 2;
        if (pre) { U8[d] = 0xef; U8[d + 1] = 0xbb; U8[d + 2] = 0xbf; }
        U8.copyWithin(d + pre, b, b + n);
        return r;
      }
    }
  }
  const cps: number[] = new Array(n);
  for (let i = 0; i < n; i++) cps[i] = ucs4 ? I32[s + STR_DATA + i] : U8[((s + STR_DATA) << 2) + i];
  const out: number[] = [];
  if (enc === 'utf-8-sig') out.push(0xef, 0xbb, 0xbf);
  const limit = enc === 'ascii' ? 128 : enc === 'latin-1' ? 256 : 0x110000;
  for (let i = 0; i < n; i++) {
    const c = cps[i];
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    if (c < limit && !(surrogate && limit > 256)) {
      if (limit <= 256 || c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      continue;
    }
    // an unencodable run
    let j = i + 1;
    const bad = (x: number) => (limit > 256 ? x >= 0xd800 && x <= 0xdfff : x >= limit);
    while (j < n && bad(cps[j])) j++;
    const reason = limit > 256 ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
    const en = enc === 'utf-8-sig' ? 'utf-8' : enc;
    switch (errors) {
      case 'strict':
        if (j - i === 1) raise(Exc.UnicodeEncodeError, `'${en}' codec can't encode character '${cpEscape(c)}' in position ${i}: ${reason}`);
        raise(Exc.UnicodeEncodeError, `'${en}' codec can't encode characters in position ${i}-${j - 1}: ${reason}`);
      // falls through (never reached)
      case 'ignore': break;
      case 'replace': for (let k = i; k < j; k++) out.push(63); break;
      case 'backslashreplace': for (let k = i; k < j; k++) for (const ch of cpEscape(cps[k])) out.push(ch.charCodeAt(0)); break;
      case 'xmlcharrefreplace': for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0)); break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          if (cps[k] < 0xdc80 || cps[k] > 0xdcff) raise(Exc.UnicodeEncodeError, `'${en}' codec can't encode character '${cpEscape(cps[k])}' in position ${k}: ${reason}`);
          out.push(cps[k] - 0xdc00);
        }
        break;
      default: raise(Exc.LookupError, `unknown error handler name '${errors}'`);
    }
    i = j - 1;
  }
  return newBytes(out);
}

// ------------------------------------------------------------------ repr
export function bytesReprJs(b: Ref): string {
  const v = bview(b);
  let sq = false, dq = false;
  for (let i = 0; i < v.length; i++) { if (v[i] === 39) sq = true; else if (v[i] === 34) dq = true; }
  const q = sq && !dq ? 34 : 39;
  let out = q === 34 ? 'b"' : "b'";
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === q || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + (q === 34 ? '"' : "'");
}

// ------------------------------------------------------------------ slots
function bytesHash(b: Ref): number {
  let h = I32[b + BYTES.HASH];
  if (h !== 0) return h;
  const v = bview(b);
  h = 0x811c9dc5 | 0;
  for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v[i], 0x01000193);
  if (h === 0 || h === -1) h = 0x1234567;
  I32[b + BYTES.HASH] = h;
  return h;
}
Slots.repr[Kind.BYTES] = bytesReprJs;
Slots.hash[Kind.BYTES] = bytesHash;
Slots.len[Kind.BYTES] = blen;
Slots.bool[Kind.BYTES] = (b) => blen(b) !== 0;
Slots.iter[Kind.BYTES] = (b) => newIter(Kind.BYTES_ITER, b);
Slots.next[Kind.BYTES_ITER] = (it) => {
  const b = I32[it + ITER.SEQ];
  if (b === 0) return 0;
  const i = F64[(it + ITER.INDEX) >> 1];
  if (i < blen(b)) {
    F64[(it + ITER.INDEX) >> 1] = i + 1;
    return newInt(U8[((b + BYTES_DATA) << 2) + i]);
  }
  return exhaust(it);
};

function bytesGetItem(b: Ref, k: Ref): Ref {
  const kt = I32[k + TYPE];
  const n = blen(b);
  if (kt === T_SLICE) {
    const [start, , step, len] = sliceIndices(k, n);
    if (step === 1) return bslice(b, start, start + len);
    const v = bview(b);
    const out = new Uint8Array(len);
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = v[j];
    return fromView(out);
  }
  if ((kt === T_INT || kt === T_BOOL) && (I32[k + FLAGS] & F_INT_BIG_)) raise(Exc.IndexError, "cannot fit 'int' into an index-sized integer");
  let i = (kt === T_INT || kt === T_BOOL) ? optIndex(k, 0) : Number(indexValue(k, `byte indices must be integers or slices, not ${typeNameOf(k)}`));
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(Exc.IndexError, 'index out of range');
  return newInt(U8[((b + BYTES_DATA) << 2) + i]);
}
Slots.getitem[Kind.BYTES] = bytesGetItem;

function byteValue(r: Ref): number {
  const v = indexValue(r, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  if (v < 0n || v > 255n) raise(Exc.ValueError, 'byte must be in range(0, 256)');
  return Number(v);
}
/** the needle of find/count/in: an int byte or bytes */
function needle(r: Ref): Uint8Array {
  const t = I32[r + TYPE];
  if (t === T_INT || t === T_BOOL) return new Uint8Array([byteValue(r)]);
  if (isBytes(r)) return bview(r);
  if (userDunder(r, intern('__index__')) !== 0) return new Uint8Array([byteValue(r)]);
  return raise(Exc.TypeError, `argument should be integer or bytes-like object, not '${typeNameOf(r)}'`);
}
function bytesContains(b: Ref, x: Ref): boolean {
  const t = I32[x + TYPE];
  let nd: Uint8Array;
  if (t === T_INT || t === T_BOOL) nd = new Uint8Array([byteValue(x)]);
  else if (isBytes(x)) nd = bview(x);
  else raise(Exc.TypeError, `a bytes-like object is required, not '${typeNameOf(x)}'`);
  const v = bview(b);
  return findView(v, 0, v.length, nd) >= 0;
}
Slots.contains[Kind.BYTES] = bytesContains;

function bcompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function bytesRichCmp(a: Ref, b: Ref, op: number): Ref {
  if (!isBytes(a) || !isBytes(b)) return NOTIMPLEMENTED;
  const c = bcompare(bview(a), bview(b));
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return r ? TRUE : FALSE;
}
Slots.richcmp[Kind.BYTES] = bytesRichCmp;

function bytesConcat(a: Ref, b: Ref): Ref {
  const na = blen(a), nb = blen(b);
  const r = allocBytes(na + nb);
  const d = (r + BYTES_DATA) << 2;
  U8.copyWithin(d, (a + BYTES_DATA) << 2, ((a + BYTES_DATA) << 2) + na);
  U8.copyWithin(d + na, (b + BYTES_DATA) << 2, ((b + BYTES_DATA) << 2) + nb);
  return r;
}
SeqOps.concat[Kind.BYTES] = bytesConcat;
function bytesRepeat(b: Ref, count: number): Ref {
  const n = blen(b);
  if (count <= 0 || n === 0) return EMPTY_B();
  const total = n * count;
  if (total > 0x7fffffff) raise(Exc.OverflowError, 'repeated bytes are too long');
  const r = allocBytes(total);
  const d = (r + BYTES_DATA) << 2;
  U8.copyWithin(d, (b + BYTES_DATA) << 2, ((b + BYTES_DATA) << 2) + n);
  let done = n;
  while (done < total) { const k = Math.min(done, total - done); U8.copyWithin(d + done, d, d + k); done += k; }
  return r;
}
SeqOps.repeat[Kind.BYTES] = bytesRepeat;
SeqOps.binary[Kind.BYTES] = (a, b, op) => {
  if (op === 0 && isBytes(a) && !isBytes(b) && !(I32[I32[b + TYPE] + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
    raise(Exc.TypeError, `can't concat ${typeNameOf(b)} to bytes`);
  }
  if (op !== 6 || !isBytes(a)) return NOTIMPLEMENTED;
  return bytesPercent(a, b);
};

// ------------------------------------------------------------------ constructor
/** bytes from an iterable of ints */
function bytesFromIterable(src: Ref): Ref {
  const t = I32[src + TYPE];
  let base = 0, count = -1;
  if (t === T_LIST && !FT) { base = I32[src + LIST.ITEMS] + HDR; count = I32[src + LIST.SIZE]; }
  else if (t === T_TUPLE) { base = src + TUPLE_ITEMS; count = I32[src + TUPLE.SIZE]; }
  if (count >= 0) {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = iterByte(I32[base + i]);
    return fromView(out);
  }
  const items = iterToArray(src);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) out[i] = iterByte(items[i]);
    return fromView(out);
  } finally {
    for (const x of items) decref(x);
  }
}
function iterByte(r: Ref): number {
  const v = indexValue(r, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
  if (v < 0n || v > 255n) raise(Exc.ValueError, 'bytes must be in range(0, 256)');
  return Number(v);
}

Slots.new[Kind.BYTES] = (type, a, n, kw) => {
  void type;
  const [src, enc, errs] = bindArgs('bytes', a, n, kw, ['source', 'encoding', 'errors']);
  if (src === 0) {
    if (enc !== 0 || errs !== 0) raise(Exc.TypeError, enc !== 0 ? 'encoding without a string argument' : 'errors without a string argument');
    return EMPTY_B();
  }
  const t = I32[src + TYPE];
  if (t === T_STR) {
    if (enc === 0) raise(Exc.TypeError, errs === 0 ? 'string argument without an encoding' : 'string argument without an encoding');
    if (I32[enc + TYPE] !== T_STR) raise(Exc.TypeError, `bytes() argument 'encoding' must be str, not ${typeNameOf(enc)}`);
    if (errs !== 0 && I32[errs + TYPE] !== T_STR) raise(Exc.TypeError, `bytes() argument 'errors' must be str, not ${typeNameOf(errs)}`);
    return encodeStr(src, strToJs(enc), errs === 0 ? 'strict' : strToJs(errs));
  }
  if (enc !== 0) raise(Exc.TypeError, 'encoding without a string argument');
  if (errs !== 0) raise(Exc.TypeError, 'errors without a string argument');
  if (t === T_BYTES) { incref(src); return src; }
  const bf = userDunder(src, intern('__bytes__'));
  if (bf !== 0) {
    const r = callDunder(bf, src);
    if (!isBytes(r)) { decref(r); raise(Exc.TypeError, `__bytes__ returned non-bytes (type ${typeNameOf(r)})`); }
    return r;
  }
  if (t === T_INT || t === T_BOOL) {
    const k = indexValue(src);
    if (k < 0n) raise(Exc.ValueError, 'negative count');
    if (k > 0x7fffffffn) raise(Exc.OverflowError, 'cannot fit \'int\' into an index-sized integer');
    const r = allocBytes(Number(k));
    const d = (r + BYTES_DATA) << 2;
    U8.fill(0, d, d + Number(k));
    return r;
  }
  if (t === T_FLOAT) raise(Exc.TypeError, `cannot convert '${typeNameOf(src)}' object to bytes`);
  if (userDunder(src, intern('__index__')) !== 0) {
    const k = Number(indexValue(src));
    if (k < 0) raise(Exc.ValueError, 'negative count');
    const r = allocBytes(k);
    U8.fill(0, (r + BYTES_DATA) << 2, ((r + BYTES_DATA) << 2) + k);
    return r;
  }
  try {
    decref(getIter(src));
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.TypeError)) {
      decref(e.exc);
      raise(Exc.TypeError, `cannot convert '${typeNameOf(src)}' object to bytes`);
    }
    throw e;
  }
  return bytesFromIterable(src);
};

// ------------------------------------------------------------------ methods
function def(name: string, impl: (b: Ref, a: number, n: number, kw: Ref) => Ref): number {
  return defBuiltin(typeDict(T_BYTES), name, (a, n, kw) => {
    if (n - kwCount(kw) < 1) raise(Exc.TypeError, `unbound method bytes.${name}() needs an argument`);
    const s = I32[a];
    if (!isBytes(s)) raise(Exc.TypeError, `descriptor '${name}' for 'bytes' objects doesn't apply to a '${typeNameOf(s)}' object`);
    return impl(s, a + 1, n - 1, kw);
  }, 'bytes');
}

def('decode', (b, a, n, kw) => {
  const [enc, errs] = bindArgs('decode', a, n, kw, ['encoding', 'errors']);
  if (enc !== 0 && I32[enc + TYPE] !== T_STR) raise(Exc.TypeError, `decode() argument 'encoding' must be str, not ${typeNameOf(enc)}`);
  if (errs !== 0 && I32[errs + TYPE] !== T_STR) raise(Exc.TypeError, `decode() argument 'errors' must be str, not ${typeNameOf(errs)}`);
  return decodeView(bview(b), enc === 0 ? 'utf-8' : strToJs(enc), errs === 0 ? 'strict' : strToJs(errs));
});
def('hex', (b, a, n, kw) => {
  const [sepR, bps] = bindArgs('hex', a, n, kw, ['sep', 'bytes_per_sep']);
  const v = bview(b);
  const hx: string[] = [];
  for (let i = 0; i < v.length; i++) hx.push(v[i].toString(16).padStart(2, '0'));
  if (sepR === 0) return newStr(hx.join(''));
  let sep: string;
  if (I32[sepR + TYPE] === T_STR) sep = strToJs(sepR);
  else if (isBytes(sepR)) sep = String.fromCharCode(...bview(sepR));
  else return raise(Exc.TypeError, `sep must be str or bytes.`);
  if ([...sep].length !== 1) raise(Exc.ValueError, 'sep must be length 1.');
  let k = bps === 0 ? 1 : Number(indexValue(bps));
  if (k === 0) return newStr(hx.join(''));
  const groups: string[] = [];
  if (k > 0) {
    // groups counted from the right
    let end = hx.length;
    while (end > 0) { const st = Math.max(0, end - k); groups.unshift(hx.slice(st, end).join('')); end = st; }
  } else {
    k = -k;
    for (let st = 0; st < hx.length; st += k) groups.push(hx.slice(st, st + k).join(''));
  }
  return newStr(groups.join(sep));
});
function fromHex(s: Ref): Ref {
  if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `fromhex() argument must be str, not ${typeNameOf(s)}`);
  const js = strToJs(s);
  const out: number[] = [];
  let i = 0;
  const hv = (c: string) => { const v = parseInt(c, 16); return /^[0-9a-fA-F]$/.test(c) ? v : -1; };
  while (i < js.length) {
    if (/\s/.test(js[i]) && ' \t\n\r\v\f'.includes(js[i])) { i++; continue; }
    const h = hv(js[i]);
    const l = i + 1 < js.length ? hv(js[i + 1]) : -1;
    if (h < 0) raise(Exc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (l < 0) raise(Exc.ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(h * 16 + l);
    i += 2;
  }
  return newBytes(out);
}
// fromhex is a classmethod in CPython: accept bytes.fromhex(s) and b.fromhex(s)
defBuiltin(typeDict(T_BYTES), 'fromhex', (a, n, kw) => {
  argc('fromhex', n, kw, 1, 2);
  return fromHex(I32[a + n - 1]);
}, 'bytes');

function subArgs(name: string, b: Ref, a: number, n: number, kw: Ref): [Uint8Array, number, number] {
  argc(name, n, kw, 1, 3);
  const nd = needle(I32[a]);
  const len = blen(b);
  const [st, en] = adjust(optIndex(n > 1 ? I32[a + 1] : 0, 0), optIndex(n > 2 ? I32[a + 2] : 0, len), len);
  return [nd, st, en];
}
function bfind(b: Ref, a: number, n: number, kw: Ref, name: string, rev: boolean): number {
  const [nd, st, en] = subArgs(name, b, a, n, kw);
  const v = bview(b);
  if (st > v.length) return -1;
  return rev ? rfindView(v, st, en, nd) : findView(v, st, en, nd);
}
def('find', (b, a, n, kw) => newInt(bfind(b, a, n, kw, 'find', false)));
def('rfind', (b, a, n, kw) => newInt(bfind(b, a, n, kw, 'rfind', true)));
def('index', (b, a, n, kw) => { const r = bfind(b, a, n, kw, 'index', false); if (r < 0) raise(Exc.ValueError, 'subsection not found'); return newInt(r); });
def('rindex', (b, a, n, kw) => { const r = bfind(b, a, n, kw, 'rindex', true); if (r < 0) raise(Exc.ValueError, 'subsection not found'); return newInt(r); });
def('count', (b, a, n, kw) => {
  const [nd, st, en] = subArgs('count', b, a, n, kw);
  const v = bview(b);
  if (st > v.length) return newInt(0);
  return newInt(countView(v, st, en, nd));
});
function bStartsEnds(b: Ref, a: number, n: number, kw: Ref, name: string, ends: boolean): Ref {
  argc(name, n, kw, 1, 3);
  const pre = I32[a];
  const len = blen(b);
  const [st, en] = adjust(optIndex(n > 1 ? I32[a + 1] : 0, 0), optIndex(n > 2 ? I32[a + 2] : 0, len), len);
  const v = bview(b);
  const test = (p: Uint8Array): boolean => {
    if (st > len || en - st < p.length) return false;
    const at = ends ? en - p.length : st;
    for (let i = 0; i < p.length; i++) if (v[at + i] !== p[i]) return false;
    return true;
  };
  if (I32[pre + TYPE] === T_TUPLE) {
    for (let i = 0; i < I32[pre + TUPLE.SIZE]; i++) {
      const p = I32[pre + TUPLE_ITEMS + i];
      if (test(needBytes(p))) return TRUE;
    }
    return FALSE;
  }
  if (!isBytes(pre)) raise(Exc.TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(pre)}`);
  return test(bview(pre)) ? TRUE : FALSE;
}
def('startswith', (b, a, n, kw) => bStartsEnds(b, a, n, kw, 'startswith', false));
def('endswith', (b, a, n, kw) => bStartsEnds(b, a, n, kw, 'endswith', true));

const isWs = (c: number) => c === 32 || (c >= 9 && c <= 13);
function bsplit(b: Ref, sepR: Ref, maxsplit: number, rev: boolean): Ref {
  const v = bview(b);
  const n = v.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  const parts: Ref[] = [];
  if (sepR === 0 || sepR === NONE) {
    if (!rev) {
      let i = 0;
      while (i < n) {
        while (i < n && isWs(v[i])) i++;
        if (i >= n) break;
        if (maxsplit-- <= 0) { parts.push(bslice(b, i, n)); break; }
        const j0 = i;
        while (i < n && !isWs(v[i])) i++;
        parts.push(bslice(b, j0, i));
      }
    } else {
      let i = n;
      while (i > 0) {
        while (i > 0 && isWs(v[i - 1])) i--;
        if (i <= 0) break;
        if (maxsplit-- <= 0) { parts.push(bslice(b, 0, i)); break; }
        const e = i;
        while (i > 0 && !isWs(v[i - 1])) i--;
        parts.push(bslice(b, i, e));
      }
      parts.reverse();
    }
  } else {
    const sv = needBytes(sepR);
    if (sv.length === 0) raise(Exc.ValueError, 'empty separator');
    if (!rev) {
      let i = 0;
      while (maxsplit > 0) {
        const j = findView(v, i, n, sv);
        if (j < 0) break;
        parts.push(bslice(b, i, j));
        i = j + sv.length;
        maxsplit--;
      }
      parts.push(bslice(b, i, n));
    } else {
      let e = n;
      while (maxsplit > 0) {
        const j = rfindView(v, 0, e, sv);
        if (j < 0) break;
        parts.push(bslice(b, j + sv.length, e));
        e = j;
        maxsplit--;
      }
      parts.push(bslice(b, 0, e));
      parts.reverse();
    }
  }
  const out = newList(0);
  for (const p of parts) listAppendSteal(out, p);
  return out;
}
def('split', (b, a, n, kw) => {
  const [sep, ms] = bindArgs('split', a, n, kw, ['sep', 'maxsplit']);
  return bsplit(b, sep, ms === 0 ? -1 : Number(indexValue(ms)), false);
});
def('rsplit', (b, a, n, kw) => {
  const [sep, ms] = bindArgs('rsplit', a, n, kw, ['sep', 'maxsplit']);
  return bsplit(b, sep, ms === 0 ? -1 : Number(indexValue(ms)), true);
});
def('join', (b, a, n, kw) => {
  argc('join', n, kw, 1, 1);
  const items = iterToArray(I32[a]);
  try {
    const sep = bview(b);
    const out: number[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (!isBytes(x)) raise(Exc.TypeError, `sequence item ${i}: expected a bytes-like object, ${typeNameOf(x)} found`);
      if (i > 0) for (const c of sep) out.push(c);
      for (const c of bview(x)) out.push(c);
    }
    return newBytes(out);
  } finally {
    for (const x of items) decref(x);
  }
});
function bstrip(b: Ref, a: number, n: number, kw: Ref, name: string, left: boolean, right: boolean): Ref {
  argc(name, n, kw, 0, 1);
  const v = bview(b);
  let chars: ((c: number) => boolean) = isWs;
  if (n > 0 && I32[a] !== NONE) {
    const cv = needBytes(I32[a]);
    const set = new Set<number>(cv);
    chars = (c) => set.has(c);
  }
  let i = 0, j = v.length;
  if (left) while (i < j && chars(v[i])) i++;
  if (right) while (j > i && chars(v[j - 1])) j--;
  return bslice(b, i, j);
}
def('strip', (b, a, n, kw) => bstrip(b, a, n, kw, 'strip', true, true));
def('lstrip', (b, a, n, kw) => bstrip(b, a, n, kw, 'lstrip', true, false));
def('rstrip', (b, a, n, kw) => bstrip(b, a, n, kw, 'rstrip', false, true));

function bmap(b: Ref, f: (c: number, prev: number) => number): Ref {
  const v = bview(b);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i], i > 0 ? v[i - 1] : -1);
  return fromView(out);
}
const isUp = (c: number) => c >= 65 && c <= 90, isLo = (c: number) => c >= 97 && c <= 122;
const isAl = (c: number) => isUp(c) || isLo(c), isDg = (c: number) => c >= 48 && c <= 57;
def('upper', (b, a, n, kw) => { argc('upper', n, kw, 0, 0); return bmap(b, (c) => (isLo(c) ? c - 32 : c)); });
def('lower', (b, a, n, kw) => { argc('lower', n, kw, 0, 0); return bmap(b, (c) => (isUp(c) ? c + 32 : c)); });
def('swapcase', (b, a, n, kw) => { argc('swapcase', n, kw, 0, 0); return bmap(b, (c) => (isLo(c) ? c - 32 : isUp(c) ? c + 32 : c)); });
def('capitalize', (b, a, n, kw) => {
  argc('capitalize', n, kw, 0, 0);
  const v = bview(b);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) { const c = v[i]; out[i] = i === 0 ? (isLo(c) ? c - 32 : c) : (isUp(c) ? c + 32 : c); }
  return fromView(out);
});
def('title', (b, a, n, kw) => {
  argc('title', n, kw, 0, 0);
  const v = bview(b);
  const out = new Uint8Array(v.length);
  let prev = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    out[i] = prev ? (isUp(c) ? c + 32 : c) : (isLo(c) ? c - 32 : c);
    prev = isAl(c);
  }
  return fromView(out);
});
function ball(b: Ref, f: (c: number) => boolean): Ref {
  const v = bview(b);
  if (v.length === 0) return FALSE;
  for (const c of v) if (!f(c)) return FALSE;
  return TRUE;
}
def('isdigit', (b, a, n, kw) => { argc('isdigit', n, kw, 0, 0); return ball(b, isDg); });
def('isalpha', (b, a, n, kw) => { argc('isalpha', n, kw, 0, 0); return ball(b, isAl); });
def('isalnum', (b, a, n, kw) => { argc('isalnum', n, kw, 0, 0); return ball(b, (c) => isAl(c) || isDg(c)); });
def('isspace', (b, a, n, kw) => { argc('isspace', n, kw, 0, 0); return ball(b, isWs); });
def('isascii', (b, a, n, kw) => { argc('isascii', n, kw, 0, 0); for (const c of bview(b)) if (c >= 128) return FALSE; return TRUE; });
def('isupper', (b, a, n, kw) => {
  argc('isupper', n, kw, 0, 0);
  let cased = false;
  for (const c of bview(b)) { if (isLo(c)) return FALSE; if (isUp(c)) cased = true; }
  return cased ? TRUE : FALSE;
});
def('islower', (b, a, n, kw) => {
  argc('islower', n, kw, 0, 0);
  let cased = false;
  for (const c of bview(b)) { if (isUp(c)) return FALSE; if (isLo(c)) cased = true; }
  return cased ? TRUE : FALSE;
});
def('replace', (b, a, n, kw) => {
  argc('replace', n, kw, 2, 3);
  const ov = needBytes(I32[a]), nv = needBytes(I32[a + 1]);
  let count = n > 2 ? Number(indexValue(I32[a + 2])) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const v = bview(b);
  const out: number[] = [];
  if (ov.length === 0) {
    let k = 0;
    for (let i = 0; i <= v.length; i++) {
      if (k < count) { for (const c of nv) out.push(c); k++; }
      if (i < v.length) out.push(v[i]);
    }
    return newBytes(out);
  }
  let i = 0, k = 0;
  while (k < count) {
    const j = findView(v, i, v.length, ov);
    if (j < 0) break;
    for (let x = i; x < j; x++) out.push(v[x]);
    for (const c of nv) out.push(c);
    i = j + ov.length;
    k++;
  }
  for (let x = i; x < v.length; x++) out.push(v[x]);
  return newBytes(out);
});
function bpartition(b: Ref, sepR: Ref, rev: boolean): Ref {
  const sv = needBytes(sepR);
  if (sv.length === 0) raise(Exc.ValueError, 'empty separator');
  const v = bview(b);
  const j = rev ? rfindView(v, 0, v.length, sv) : findView(v, 0, v.length, sv);
  if (j < 0) {
    incref(b);
    return rev ? tupleSteal([EMPTY_B(), EMPTY_B(), b]) : tupleSteal([b, EMPTY_B(), EMPTY_B()]);
  }
  incref(sepR);
  return tupleSteal([bslice(b, 0, j), sepR, bslice(b, j + sv.length, v.length)]);
}
def('partition', (b, a, n, kw) => { argc('partition', n, kw, 1, 1); return bpartition(b, I32[a], false); });
def('rpartition', (b, a, n, kw) => { argc('rpartition', n, kw, 1, 1); return bpartition(b, I32[a], true); });
def('removeprefix', (b, a, n, kw) => {
  argc('removeprefix', n, kw, 1, 1);
  const p = needBytes(I32[a]), v = bview(b);
  if (p.length <= v.length && p.every((c, i) => v[i] === c)) return bslice(b, p.length, v.length);
  incref(b); return b;
});
def('removesuffix', (b, a, n, kw) => {
  argc('removesuffix', n, kw, 1, 1);
  const p = needBytes(I32[a]), v = bview(b);
  const off = v.length - p.length;
  if (p.length > 0 && off >= 0 && p.every((c, i) => v[off + i] === c)) return bslice(b, 0, off);
  incref(b); return b;
});
function bpad(name: string, how: (m: number, w: number) => number) {
  def(name, (b, a, n, kw) => {
    argc(name, n, kw, 1, 2);
    const w = Number(indexValue(I32[a]));
    let fill = 32;
    if (n > 1) {
      const f = I32[a + 1];
      if (!isBytes(f) || blen(f) !== 1) raise(Exc.TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeNameOf(f)}`);
      fill = bview(f)[0];
    }
    const v = bview(b);
    if (w <= v.length) { incref(b); return b; }
    const m = w - v.length;
    const left = how(m, w);
    const out = new Uint8Array(w).fill(fill);
    out.set(v, left);
    return fromView(out);
  });
}
bpad('ljust', () => 0);
bpad('rjust', (m) => m);
bpad('center', (m, w) => (m >> 1) + (m & w & 1));
def('zfill', (b, a, n, kw) => {
  argc('zfill', n, kw, 1, 1);
  const w = Number(indexValue(I32[a]));
  const v = bview(b);
  if (w <= v.length) { incref(b); return b; }
  const out = new Uint8Array(w).fill(48);
  const sign = v.length > 0 && (v[0] === 43 || v[0] === 45);
  if (sign) { out[0] = v[0]; out.set(v.subarray(1), w - v.length + 1); } else out.set(v, w - v.length);
  return fromView(out);
});
def('splitlines', (b, a, n, kw) => {
  const [ke] = bindArgs('splitlines', a, n, kw, ['keepends']);
  const keep = ke !== 0 && Number(indexValue(ke)) !== 0;
  const v = bview(b);
  const out = newList(0);
  let i = 0;
  while (i < v.length) {
    let j = i;
    while (j < v.length && v[j] !== 10 && v[j] !== 13) j++;
    let eol = j;
    if (j < v.length) { j += v[j] === 13 && v[j + 1] === 10 ? 2 : 1; if (keep) eol = j; }
    listAppendSteal(out, bslice(b, i, eol));
    i = j;
  }
  return out;
});
def('expandtabs', (b, a, n, kw) => {
  const [ts] = bindArgs('expandtabs', a, n, kw, ['tabsize']);
  const tab = ts === 0 ? 8 : Number(indexValue(ts));
  const out: number[] = [];
  let col = 0;
  for (const c of bview(b)) {
    if (c === 9) { if (tab > 0) { const k = tab - (col % tab); for (let i = 0; i < k; i++) out.push(32); col += k; } }
    else { out.push(c); col = c === 10 || c === 13 ? 0 : col + 1; }
  }
  return newBytes(out);
});
def('translate', (b, a, n, kw) => {
  const [table, del] = bindArgs('translate', a, n, kw, ['table', 'delete'], 2);
  const v = bview(b);
  const t = table === 0 || table === NONE ? null : needBytes(table);
  if (t !== null && t.length !== 256) raise(Exc.ValueError, 'translation table must be 256 characters long');
  const ds = new Set<number>(del === 0 ? [] : needBytes(del));
  const out: number[] = [];
  for (const c of v) if (!ds.has(c)) out.push(t === null ? c : t[c]);
  return newBytes(out);
});
defBuiltin(typeDict(T_BYTES), 'maketrans', (a, n, kw) => {
  argc('maketrans', n, kw, 2, 3);
  const f = needBytes(I32[a + n - 2]), t = needBytes(I32[a + n - 1]);
  if (f.length !== t.length) raise(Exc.ValueError, 'maketrans arguments must have same length');
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < f.length; i++) out[f[i]] = t[i];
  return fromView(out);
}, 'bytes');

// dunders callable explicitly
def('__len__', (b, a, n, kw) => { argc('__len__', n, kw, 0, 0); return newInt(blen(b)); });
def('__getitem__', (b, a, n, kw) => { argc('__getitem__', n, kw, 1, 1); return bytesGetItem(b, I32[a]); });
def('__contains__', (b, a, n, kw) => { argc('__contains__', n, kw, 1, 1); return bytesContains(b, I32[a]) ? TRUE : FALSE; });
def('__hash__', (b, a, n, kw) => { argc('__hash__', n, kw, 0, 0); return newInt(bytesHash(b)); });
def('__iter__', (b, a, n, kw) => { argc('__iter__', n, kw, 0, 0); return newIter(Kind.BYTES_ITER, b); });
def('__repr__', (b, a, n, kw) => { argc('__repr__', n, kw, 0, 0); return newStr(bytesReprJs(b)); });
for (const [nm, op] of [['__lt__', 0], ['__le__', 1], ['__eq__', 2], ['__ne__', 3], ['__gt__', 4], ['__ge__', 5]] as const) {
  def(nm, (b, a, n, kw) => { argc(nm, n, kw, 1, 1); return bytesRichCmp(b, I32[a], op); });
}
def('__add__', (b, a, n, kw) => {
  argc('__add__', n, kw, 1, 1);
  if (!isBytes(I32[a])) return NOTIMPLEMENTED;
  return bytesConcat(b, I32[a]);
});
def('__mul__', (b, a, n, kw) => {
  argc('__mul__', n, kw, 1, 1);
  const t = I32[I32[a] + TYPE];
  if (t !== T_INT && t !== T_BOOL) return NOTIMPLEMENTED;
  return bytesRepeat(b, Number(indexValue(I32[a])));
});
def('__mod__', (b, a, n, kw) => { argc('__mod__', n, kw, 1, 1); return bytesPercent(b, I32[a]); });

// ------------------------------------------------------------------ bytes % args (via the str formatter)

function latin1(b: Ref): string {
  let s = '';
  for (const c of bview(b)) s += String.fromCharCode(c);
  return s;
}
function bytesPercent(fmt: Ref, args: Ref): Ref {
  const tmp: Ref[] = [];
  const bstr = (v: Ref): string => {
    if (isBytes(v)) return latin1(v);
    const f = userDunder(v, intern('__bytes__'));
    if (f !== 0) { const r = callDunder(f, v); tmp.push(r); if (isBytes(r)) return latin1(r); }
    return raise(Exc.TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(v)}'`);
  };
  try {
    const kind = I32[I32[args + TYPE] + TYPEOBJ.KIND];
    let pa: Parameters<typeof percentFormat<Ref>>[1];
    if (kind === Kind.TUPLE) {
      const items: number[] = [];
      for (let i = 0; i < I32[args + TUPLE.SIZE]; i++) items.push(I32[args + TUPLE_ITEMS + i]);
      pa = { tuple: items };
    } else if (kind !== Kind.STR && kind !== Kind.BYTES && Slots.getitem[kind] !== undefined) {
      pa = { value: args, getItem: (key: string) => { const k = newBytes([...key].map((c) => c.charCodeAt(0))); try { const v = getItem(args, k); tmp.push(v); return v; } finally { decref(k); } } };
    } else pa = { value: args };
    let out: string;
    try {
      const f = latin1(fmt).replace(/%%|%(\([^)]*\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[a-zA-Z]/g, (m) => (m.endsWith('b') ? m.slice(0, -1) + 's' : m));
      out = percentFormat(f, pa, {
        str: bstr,
        repr: (v) => reprJs(v),
        ascii: (v) => reprJs(v),
        typeName: (v) => typeNameOf(v),
        toNumber(v) {
          const t = I32[v + TYPE];
          if (t === T_INT || t === T_BOOL) return intToBig(v);
          if (t === T_FLOAT) return F64[(v + NUM.VAL) >> 1];
          return undefined;
        },
        asStr: (v) => (isBytes(v) ? latin1(v) : undefined),
      });
    } catch (e) {
      if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
      throw e;
    }
    const codes: number[] = [];
    for (let i = 0; i < out.length; i++) {
      const c = out.charCodeAt(i);
      if (c > 255) raise(Exc.UnicodeEncodeError, `'ascii' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}'`);
      codes.push(c);
    }
    return newBytes(codes);
  } finally {
    for (const r of tmp) decref(r);
  }
}
