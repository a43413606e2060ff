/**
 * @fileoverview str: immutable text. LEN code points, a cached HASH, then the characters, 1 byte each when all
 * are < 256 (Latin-1) or 4 bytes each (F_STR_UCS4), so indexing by code point is O(1) either way.
 * Interned strings (identifiers, names in code objects, most literals) are immortal and unique per content.
 * Not here: the Python-visible methods (runtime/ops/strmethods.ts).
 */
import { I32, U8, type Ref } from '../heap.js';
import { allocBlock, blockWords } from '../alloc.js';
import {
  DICT, DICT_ENTRY_WORDS, HDR,
  FLAGS, TYPE, STR, STR_DATA, F_STR_UCS4, F_STR_INTERNED, F_STR_ASCII, T_STR, CTL_INTERN_DICT,
} from '../layout.js';
import { makeImmortal, decref } from '../refcount.js';
import { INTERNED, INTERNED_JS, InternInsertGuard } from '../slots.js';
import { lockObj, unlockObj } from '../objlock.js';
import { FT } from '../threadid.js';
import { dictGet, dictSet, newDict } from './dict.js';

/** allocate an uninitialized str of n code points; ucs4 selects 4-byte storage */
export function allocStr(n: number, ucs4: boolean): Ref {
  const words = STR_DATA + (ucs4 ? n : (n + 3) >> 2);
  const r = allocBlock(T_STR, words);
  I32[r + STR.LEN] = n;
  I32[r + STR.HASH] = 0;
  if (ucs4) I32[r + FLAGS] |= F_STR_UCS4;
  return r;
}

/** like allocStr, with room for `spare` more code points in the block */
function allocStrSpare(n: number, ucs4: boolean, spare: number): Ref {
  const words = STR_DATA + (ucs4 ? n + spare : (n + spare + 3) >> 2);
  const r = allocBlock(T_STR, words);
  I32[r + STR.LEN] = n;
  I32[r + STR.HASH] = 0;
  if (ucs4) I32[r + FLAGS] |= F_STR_UCS4;
  return r;
}

export function newStr(s: string): Ref {
  const n = s.length;
  let max = 0;
  for (let i = 0; i < n; i++) { const c = s.charCodeAt(i); if (c > max) max = c; }
  if (max < 256) {
    const r = allocStr(n, false);
    const b = (r + STR_DATA) << 2;
    for (let i = 0; i < n; i++) U8[b + i] = s.charCodeAt(i);
    if (max < 128) I32[r + FLAGS] |= F_STR_ASCII;
    return r;
  }
  const cps: number[] = [];
  for (const ch of s) cps.push(ch.codePointAt(0)!);
  return newStrFromCodePoints(cps);
}

export function newStrFromCodePoints(cps: ArrayLike<number>): Ref {
  const n = cps.length;
  let max = 0;
  for (let i = 0; i < n; i++) if (cps[i] > max) max = cps[i];
  if (max < 256) {
    const r = allocStr(n, false);
    const b = (r + STR_DATA) << 2;
    for (let i = 0; i < n; i++) U8[b + i] = cps[i];
    if (max < 128) I32[r + FLAGS] |= F_STR_ASCII;
    return r;
  }
  const r = allocStr(n, true);
  for (let i = 0; i < n; i++) I32[r + STR_DATA + i] = cps[i];
  return r;
}

export function strLen(r: Ref): number {
  return I32[r + STR.LEN];
}
export function isUcs4(r: Ref): boolean {
  return (I32[r + FLAGS] & F_STR_UCS4) !== 0;
}
/** code point at index i (0 <= i < len) */
export function strCharAt(r: Ref, i: number): number {
  return (I32[r + FLAGS] & F_STR_UCS4) ? I32[r + STR_DATA + i] : U8[((r + STR_DATA) << 2) + i];
}


export function strToJs(r: Ref): string {
  const n = I32[r + STR.LEN];
  if (I32[r + FLAGS] & F_STR_INTERNED) {
    const s = INTERNED_JS.get(r);
    if (s !== undefined) return s;
  }
  if (I32[r + FLAGS] & F_STR_UCS4) {
    let out = '';
    for (let i = 0; i < n; i += 4096) {
      const end = Math.min(n, i + 4096);
      const chunk: number[] = [];
      for (let j = i; j < end; j++) chunk.push(I32[r + STR_DATA + j]);
      out += String.fromCodePoint(...chunk);
    }
    return out;
  }
  const b = (r + STR_DATA) << 2;
  if (n < 32) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U8[b + i]);
    return s;
  }
  let out = '';
  for (let i = 0; i < n; i += 8192) {
    out += String.fromCharCode.apply(null, Array.from(U8.subarray(b + i, b + Math.min(n, i + 8192))));
  }
  return out;
}

/** the code points of a str as a JS array */
export function strCodePoints(r: Ref): number[] {
  const n = I32[r + STR.LEN];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = strCharAt(r, i);
  return out;
}

/** FNV-1a over the code points; never 0 (0 marks "not computed") nor -1 */
export function strHash(r: Ref): number {
  let h = I32[r + STR.HASH];
  if (h !== 0) return h;
  const n = I32[r + STR.LEN];
  h = 0x811c9dc5 | 0;
  if (I32[r + FLAGS] & F_STR_UCS4) {
    for (let i = 0; i < n; i++) h = Math.imul(h ^ I32[r + STR_DATA + i], 0x01000193);
  } else {
    const b = (r + STR_DATA) << 2;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ U8[b + i], 0x01000193);
  }
  if (h === 0 || h === -1) h = 0x1234567;
  I32[r + STR.HASH] = h;
  return h;
}

export function strEq(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const n = I32[a + STR.LEN];
  if (n !== I32[b + STR.LEN]) return false;
  const ha = I32[a + STR.HASH], hb = I32[b + STR.HASH];
  if (ha !== 0 && hb !== 0 && ha !== hb) return false;
  const ua = I32[a + FLAGS] & F_STR_UCS4, ub = I32[b + FLAGS] & F_STR_UCS4;
  if (!ua && !ub) {
    const pa = (a + STR_DATA) << 2, pb = (b + STR_DATA) << 2;
    for (let i = 0; i < n; i++) if (U8[pa + i] !== U8[pb + i]) return false;
    return true;
  }
  if (ua !== ub) return false; // both kinds are canonical: a UCS4 string has a code point >= 256
  for (let i = 0; i < n; i++) if (I32[a + STR_DATA + i] !== I32[b + STR_DATA + i]) return false;
  return true;
}

/** -1, 0, 1 comparing code points */
export function strCompare(a: Ref, b: Ref): number {
  const na = I32[a + STR.LEN], nb = I32[b + STR.LEN];
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    const ca = strCharAt(a, i), cb = strCharAt(b, i);
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  return na === nb ? 0 : (na < nb ? -1 : 1);
}

export function strConcat(a: Ref, b: Ref): Ref {
  const na = I32[a + STR.LEN], nb = I32[b + STR.LEN];
  const ucs4 = ((I32[a + FLAGS] | I32[b + FLAGS]) & F_STR_UCS4) !== 0;
  const n = na + nb;
  // long results get 1/8 spare room, so that appending to them in place (strAppendInPlace) usually fits
  const r = n >= 256 ? allocStrSpare(n, ucs4, n >> 3) : allocStr(n, ucs4);
  if (!ucs4) {
    const d = (r + STR_DATA) << 2;
    U8.copyWithin(d, (a + STR_DATA) << 2, ((a + STR_DATA) << 2) + na);
    U8.copyWithin(d + na, (b + STR_DATA) << 2, ((b + STR_DATA) << 2) + nb);
    if (I32[a + FLAGS] & I32[b + FLAGS] & F_STR_ASCII) I32[r + FLAGS] |= F_STR_ASCII;
  } else {
    for (let i = 0; i < na; i++) I32[r + STR_DATA + i] = strCharAt(a, i);
    for (let i = 0; i < nb; i++) I32[r + STR_DATA + na + i] = strCharAt(b, i);
  }
  return r;
}

/** substring [start, end) */
export function strSlice(r: Ref, start: number, end: number): Ref {
  const n = Math.max(0, end - start);
  if (I32[r + FLAGS] & F_STR_UCS4) {
    const cps: number[] = new Array(n);
    for (let i = 0; i < n; i++) cps[i] = I32[r + STR_DATA + start + i];
    return newStrFromCodePoints(cps);
  }
  const out = allocStr(n, false);
  const s = ((r + STR_DATA) << 2) + start;
  U8.copyWithin((out + STR_DATA) << 2, s, s + n);
  if (I32[r + FLAGS] & F_STR_ASCII) I32[out + FLAGS] |= F_STR_ASCII;
  return out;
}

// ------------------------------------------------------------------ interning
// ------------------------------------------------------------------ interning
// The intern table is a dict in the heap (control word CTL_INTERN_DICT, str -> the same str), so that every
// worker finds the same object for the same name. INTERNED (slots.ts) is this worker's cache of it: an interned
// string never changes or dies, so caching its ref is caching an immutable fact. Strings interned while the
// runtime modules load, before the heap table exists, are added to it by initInternTable().

function markInterned(r: Ref, s: string): void {
  strHash(r);
  makeImmortal(r);
  I32[r + FLAGS] |= F_STR_INTERNED;
  INTERNED.set(s, r);
  INTERNED_JS.set(r, s);
}

/** strHash of the str s would become, computed from the JS string (FNV-1a over code points) */
function hashJs(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h === 0 || h === -1 ? 0x1234567 : h;
}

/** does heap str r hold exactly the JS string s? (reads only r's own immutable words) */
function strEqJs(r: Ref, s: string): boolean {
  const n = I32[r + STR.LEN];
  if (I32[r + FLAGS] & F_STR_UCS4) {
    let i = 0;
    for (const ch of s) { if (i >= n || I32[r + STR_DATA + i] !== ch.codePointAt(0)) return false; i++; }
    return i === n;
  }
  if (n !== s.length) return false;
  const b = (r + STR_DATA) << 2;
  for (let i = 0; i < n; i++) if (U8[b + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * Finds the interned str with content s in the heap table without allocating or writing anything, so a worker
 * may call it while another thread changes the table (a worker's boot runs without the GIL). A torn read can
 * only make it miss: it returns a key only if that key is an interned str (immortal, never changed) equal to s.
 */
function findInterned(table: Ref, s: string, h: number): Ref {
  const tsize = I32[table + DICT.TSIZE];
  const mask = tsize - 1;
  const tbl = I32[table + DICT.TABLE] + HDR;
  const ent = I32[table + DICT.ENTRIES] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  for (let probes = 0; probes <= tsize; probes++) {
    const ix = I32[tbl + i];
    if (ix === -1 || ix === undefined) return 0;
    if (ix >= 0) {
      const e = ent + ix * DICT_ENTRY_WORDS;
      const k = I32[e + 1];
      if (I32[e] === h && k > 0 && k < I32.length && I32[k + TYPE] === T_STR &&
        (I32[k + FLAGS] & F_STR_INTERNED) !== 0 && strEqJs(k, s)) return k;
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return 0;
}

/** the unique immortal str with this content */
export function intern(s: string): Ref {
  const cached = INTERNED.get(s);
  if (cached !== undefined) return cached;
  const table = I32[CTL_INTERN_DICT];
  if (table === 0) {
    // the runtime modules are loading in the heap-creating thread: initInternTable() adds these later
    const r = newStr(s);
    markInterned(r, s);
    return r;
  }
  const h = hashJs(s);
  const found = findInterned(table, s, h);
  if (found !== 0) {
    INTERNED.set(s, found);
    INTERNED_JS.set(found, s);
    return found;
  }
  return InternInsertGuard.wrap(() => {
    // now the only writer (the GIL, or the table's own lock when free-threaded), so a lookup cannot race a
    // resize: look again without dict.ts, which a booting worker may reach before its module body has run
    if (FT) lockObj(table);
    try {
      const again = findInterned(table, s, h);
      if (again !== 0) {
        INTERNED.set(s, again);
        INTERNED_JS.set(again, s);
        return again;
      }
      const r = newStr(s);
      markInterned(r, s);
      dictSet(table, r, r);
      return r;
    } finally {
      if (FT) unlockObj(table);
    }
  });
}

/** creates the heap's intern table holding every string INTERNED so far (the heap-creating thread, once) */
export function initInternTable(): void {
  if (I32[CTL_INTERN_DICT] !== 0) return;
  const d = newDict();
  makeImmortal(d);
  for (const r of INTERNED.values()) dictSet(d, r, r);
  I32[CTL_INTERN_DICT] = d;
}

/** the INTERNED version of a str object (which may be r itself); the result is immortal */
export function internRef(r: Ref): Ref {
  if (I32[r + FLAGS] & F_STR_INTERNED) return r;
  return intern(strToJs(r));
}

export function isStr(r: Ref): boolean {
  return I32[r + TYPE] === T_STR;
}

/**
 * Appends b to a in place when the caller owns the only reference to a (count 1, so nobody can observe the
 * change) and a's block has room: `s + t + u` then copies s once, as CPython's in-place resize does.
 * Returns false (a unchanged) when it cannot.
 */
export function strAppendInPlace(a: Ref, b: Ref): boolean {
  const fa = I32[a + FLAGS], fb = I32[b + FLAGS];
  const na = I32[a + STR.LEN], nb = I32[b + STR.LEN];
  if (fa & F_STR_UCS4) {
    if (STR_DATA + na + nb > blockWords(a)) return false;
    for (let i = 0; i < nb; i++) I32[a + STR_DATA + na + i] = strCharAt(b, i);
  } else {
    if (fb & F_STR_UCS4) return false;
    if (STR_DATA + ((na + nb + 3) >> 2) > blockWords(a)) return false;
    const d = ((a + STR_DATA) << 2) + na;
    const s = (b + STR_DATA) << 2;
    U8.copyWithin(d, s, s + nb);
    if (!(fb & F_STR_ASCII)) I32[a + FLAGS] &= ~F_STR_ASCII;
  }
  I32[a + STR.LEN] = na + nb;
  I32[a + STR.HASH] = 0;
  return true;
}
