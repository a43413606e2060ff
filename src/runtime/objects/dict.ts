/**
 * @fileoverview dict: CPython's compact, insertion-ordered hash table (see DICT in layout.ts).
 * TABLE holds TSIZE Int32 slots (-1 empty, -2 dummy, else an entry index); ENTRIES holds (hash, key, value)
 * triples in insertion order. Probing is CPython's: i = (5*i + perturb + 1) & mask, perturb >>= 5.
 * Used for globals, module and class namespaces and instance attributes too, so the str-key path is kept short.
 *
 * Under --gil=off (FT) every mutation here takes the dict's lock (objlock.ts) and is a seqlock writer: VERSION is
 * odd while the table or an entry changes and even otherwise (+2 per change; under --gil=on, where nothing
 * reads it, +2 per insert or delete, so it is even whenever threads start). dictPeekRef reads without the lock:
 * it accepts a value only if VERSION was even and unchanged around the probe, and then takes its reference the
 * way runtime/ftread.ts explains (nothing written for an immortal value or one this thread owns; a checked
 * compare-and-swap of the shared count otherwise). What it cannot decide (a writer active, a key that is
 * equal but not identical, a value not provably alive) goes to the lock (dictGetRefHashed). The borrowed-ref
 * readers (dictGet, dictLookup, dictEntry*) are for callers that hold the lock, or for dicts no other thread sees.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock, allocRaw, freeBlock } from '../alloc.js';
import { HDR, DICT, DICT_ENTRY_WORDS, T_DICT, Kind, FLAGS, F_DICT_OF_TYPE } from '../layout.js';
import { decref, incref, registerDealloc } from '../refcount.js';
import { hashKey, eqKey } from '../abstract.js';
import { RC } from '../layout.js';
import { FT } from '../threadid.js';
import { lockObj, unlockObj } from '../objlock.js';
import { typeDictChanged } from '../typeobj.js';
import { retire } from '../qsbr.js';
import { markMaybeShared } from '../refcount.js';
import { ftTake } from '../ftread.js';

/** FT seqlock: VERSION odd while a writer (holding the lock) changes the dict, even again after */
// (function declarations, not consts: dictSet runs while the module graph is still evaluating, see objlock.ts)
function verOdd(d: Ref): void { Atomics.store(I32, d + DICT.VERSION, I32[d + DICT.VERSION] + 1); }
function verEven(d: Ref): void { Atomics.store(I32, d + DICT.VERSION, I32[d + DICT.VERSION] + 1); }

/** the hash of a dict key (CPython 3.14's message when unhashable) */
export function dictKeyHash(key: Ref): number {
  return hashKey(key, 'a dict key');
}

/**
 * the smallest table (8 slots). A function, not a const: a booting worker may intern a new name, and so resize
 * the intern table, from names.js while this module's body has not run yet (an import cycle), and a const
 * read then throws (temporal dead zone)
 */
function MIN_TSIZE(): number { return 8; }

function usable(tsize: number): number {
  return ((tsize << 1) / 3) | 0;
}

function initTables(d: Ref, tsize: number): void {
  const tbl = allocRaw(tsize);
  for (let i = 0; i < tsize; i++) I32[tbl + HDR + i] = -1;
  const ecap = usable(tsize);
  let ent: Ref;
  try {
    ent = allocRaw(ecap * DICT_ENTRY_WORDS);
  } catch (e) {
    freeBlock(tbl);
    throw e;
  }
  I32[d + DICT.TSIZE] = tsize;
  I32[d + DICT.ECAP] = ecap;
  I32[d + DICT.TABLE] = tbl;
  I32[d + DICT.ENTRIES] = ent;
}

export function newDict(type: number = T_DICT, words: number = DICT.WORDS, sizeHint = 0): Ref {
  const d = allocBlock(type, words);
  for (let i = HDR; i < words; i++) I32[d + i] = 0;
  let tsize = MIN_TSIZE();
  while (usable(tsize) < sizeHint) tsize <<= 1;
  try {
    initTables(d, tsize);
  } catch (e) {
    // heap exhausted: give back what was built (initTables allocates the table before the entries)
    if (I32[d + DICT.TABLE]) freeBlock(I32[d + DICT.TABLE]);
    freeBlock(d);
    throw e;
  }
  return d;
}

export function dictSize(d: Ref): number {
  return I32[d + DICT.USED];
}

/** entry index of key, or -1 */
export function dictLookup(d: Ref, key: Ref, h: number): number {
  const mask = I32[d + DICT.TSIZE] - 1;
  const tbl = I32[d + DICT.TABLE] + HDR;
  const ent = I32[d + DICT.ENTRIES] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    const ix = I32[tbl + i];
    if (ix === -1) return -1;
    if (ix >= 0) {
      const e = ent + ix * DICT_ENTRY_WORDS;
      const k = I32[e + 1];
      if (k === key) return ix;
      if (I32[e] === h && eqKey(k, key)) {
        // the comparison may have run Python code that changed the dict: re-check the entry is still there
        if (I32[d + DICT.ENTRIES] + HDR === ent && I32[e + 1] === k) return ix;
        return dictLookup(d, key, h);
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** borrowed value for key, or 0 (NULL) if absent. May raise (unhashable key, __eq__). */
export function dictGet(d: Ref, key: Ref): Ref {
  const ix = dictLookup(d, key, dictKeyHash(key));
  if (ix < 0) return 0;
  return I32[I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS + 2];
}

/** borrowed value for a str key whose hash is known, or 0 */
export function dictGetHashed(d: Ref, key: Ref, h: number): Ref {
  const ix = dictLookup(d, key, h);
  if (ix < 0) return 0;
  return I32[I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS + 2];
}

function resize(d: Ref, minUsed: number): void {
  let tsize = MIN_TSIZE();
  while (usable(tsize) <= minUsed) tsize <<= 1;
  const oldTbl = I32[d + DICT.TABLE];
  const oldEnt = I32[d + DICT.ENTRIES];
  const n = I32[d + DICT.NENTRIES];
  initTables(d, tsize);
  const mask = tsize - 1;
  const tbl = I32[d + DICT.TABLE] + HDR;
  const ent = I32[d + DICT.ENTRIES] + HDR;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const src = oldEnt + HDR + k * DICT_ENTRY_WORDS;
    if (I32[src + 1] === 0) continue;
    const dst = ent + j * DICT_ENTRY_WORDS;
    const h = I32[src];
    I32[dst] = h; I32[dst + 1] = I32[src + 1]; I32[dst + 2] = I32[src + 2];
    let i = h & mask;
    let perturb = h >>> 0;
    while (I32[tbl + i] !== -1) { perturb >>>= 5; i = (i * 5 + perturb + 1) & mask; }
    I32[tbl + i] = j;
    j++;
  }
  I32[d + DICT.NENTRIES] = j;
  freeBlock(oldTbl);
  freeBlock(oldEnt);
}

/** d[key] = value with a known hash; increfs key and value */
export function dictSetHashed(d: Ref, key: Ref, h: number, value: Ref): void {
  if (FT) {
    lockObj(d);
    try { setHashed(d, key, h, value); } finally { unlockObj(d); }
    return;
  }
  setHashed(d, key, h, value);
}
function setHashed(d: Ref, key: Ref, h: number, value: Ref): void {
  const ix = dictLookup(d, key, h);
  if (ix >= 0) {
    const e = I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS;
    const old = I32[e + 2];
    incref(value);
    if (FT) { verOdd(d); I32[e + 2] = value; verEven(d); } else I32[e + 2] = value;
    if (I32[d + FLAGS] & F_DICT_OF_TYPE) {
      typeDictChanged();
      // --gil=off: another thread may hold old borrowed from a class lookup (qsbr.ts)
      if (FT) { retire(old); return; }
    }
    decref(old);
    return;
  }
  if (I32[d + DICT.NENTRIES] >= I32[d + DICT.ECAP]) {
    if (FT) { verOdd(d); try { resize(d, I32[d + DICT.USED] * 3); } finally { verEven(d); } }
    else resize(d, I32[d + DICT.USED] * 3);
  }
  const mask = I32[d + DICT.TSIZE] - 1;
  const tbl = I32[d + DICT.TABLE] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[tbl + i] >= 0) { perturb >>>= 5; i = (i * 5 + perturb + 1) & mask; }
  const n = I32[d + DICT.NENTRIES];
  incref(key); incref(value);
  if (FT) verOdd(d);
  const e = I32[d + DICT.ENTRIES] + HDR + n * DICT_ENTRY_WORDS;
  I32[e] = h; I32[e + 1] = key; I32[e + 2] = value;
  I32[tbl + i] = n;
  I32[d + DICT.NENTRIES] = n + 1;
  I32[d + DICT.USED]++;
  if (FT) verEven(d); else I32[d + DICT.VERSION] += 2;
  if (I32[d + FLAGS] & F_DICT_OF_TYPE) typeDictChanged();
}

export function dictSet(d: Ref, key: Ref, value: Ref): void {
  dictSetHashed(d, key, dictKeyHash(key), value);
}

/** removes key; returns the removed value (a new reference the caller owns) or 0 if absent */
export function dictPop(d: Ref, key: Ref, h: number = dictKeyHash(key)): Ref {
  if (FT) {
    lockObj(d);
    try { return popHashed(d, key, h); } finally { unlockObj(d); }
  }
  return popHashed(d, key, h);
}
function popHashed(d: Ref, key: Ref, h: number): Ref {
  const ix = dictLookup(d, key, h);
  if (ix < 0) return 0;
  const mask = I32[d + DICT.TSIZE] - 1;
  const tbl = I32[d + DICT.TABLE] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  while (I32[tbl + i] !== ix) { perturb >>>= 5; i = (i * 5 + perturb + 1) & mask; }
  const e = I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS;
  const k = I32[e + 1], v = I32[e + 2];
  if (FT) verOdd(d);
  I32[tbl + i] = -2;
  I32[e + 1] = 0; I32[e + 2] = 0;
  I32[d + DICT.USED]--;
  if (FT) verEven(d); else I32[d + DICT.VERSION] += 2;
  if (I32[d + FLAGS] & F_DICT_OF_TYPE) {
    typeDictChanged();
    // --gil=off: the caller drops the dict's reference, but another thread may hold v borrowed from a class
    // lookup: one more reference, retired (qsbr.ts), keeps it alive until no thread can
    if (FT) { incref(v); retire(v); }
  }
  decref(k);
  return v;
}

/** iteration: the next live entry index at or after pos, or -1 */
export function dictNextEntry(d: Ref, pos: number): number {
  const n = I32[d + DICT.NENTRIES];
  const ent = I32[d + DICT.ENTRIES] + HDR;
  while (pos < n) {
    if (I32[ent + pos * DICT_ENTRY_WORDS + 1] !== 0) return pos;
    pos++;
  }
  return -1;
}
export function dictEntryKey(d: Ref, ix: number): Ref {
  return I32[I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS + 1];
}
export function dictEntryValue(d: Ref, ix: number): Ref {
  return I32[I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS + 2];
}
export function dictEntryHash(d: Ref, ix: number): number {
  return I32[I32[d + DICT.ENTRIES] + HDR + ix * DICT_ENTRY_WORDS];
}

/** [key, value] pairs (borrowed) in order */
export function dictItems(d: Ref): [number, number][] {
  const out: [number, number][] = [];
  for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
    out.push([dictEntryKey(d, ix), dictEntryValue(d, ix)]);
  }
  return out;
}

export function dictClear(d: Ref): void {
  if (FT) {
    lockObj(d);
    try { clear(d); } finally { unlockObj(d); }
    return;
  }
  clear(d);
}
function clear(d: Ref): void {
  const items = dictItems(d);
  const oldTbl = I32[d + DICT.TABLE], oldEnt = I32[d + DICT.ENTRIES];
  if (FT) verOdd(d);
  try {
    initTables(d, MIN_TSIZE());
    I32[d + DICT.USED] = 0;
    I32[d + DICT.NENTRIES] = 0;
  } finally {
    if (FT) verEven(d); else I32[d + DICT.VERSION] += 2;
  }
  const typeDict = (I32[d + FLAGS] & F_DICT_OF_TYPE) !== 0;
  if (typeDict) typeDictChanged();
  freeBlock(oldTbl);
  freeBlock(oldEnt);
  for (const [k, v] of items) {
    decref(k);
    if (FT && typeDict) retire(v); // as in setHashed
    else decref(v);
  }
}

/** a shallow copy with the same order */
export function dictCopy(d: Ref, type: number = T_DICT, words: number = DICT.WORDS): Ref {
  const c = newDict(type, words, I32[d + DICT.USED]);
  if (FT) lockObj(d);
  try {
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
      // the copy is not shared yet: no lock or seqlock for it
      setHashed(c, dictEntryKey(d, ix), dictEntryHash(d, ix), dictEntryValue(d, ix));
    }
  } finally {
    if (FT) unlockObj(d);
  }
  return c;
}

// ------------------------------------------------------------------ --gil=off readers

/** dictPeek's answer when it cannot decide without the lock */
export const PEEK_UNSURE = -1;

/**
 * FT, lock-free, for the two readers below: the probe for key without the lock, to be called between two
 * Atomics loads of VERSION (the caller's seqlock window, which alone makes the answer true). Returns the index
 * in I32 of the value slot of key's entry, 0 if key is absent, PEEK_UNSURE for a key that is equal but not
 * identical (that would need __eq__: take the lock). The table may have been freed by a resize meanwhile and its
 * words reused: the probe is bounded by the table size, and a plain read past the heap gives undefined, which
 * fails every test (plain reads inside the window: see the memory-ordering note in runtime/ftread.ts).
 */
function probeSlot(d: Ref, key: Ref, h: number): number {
  const mask = I32[d + DICT.TSIZE] - 1;
  const tbl = I32[d + DICT.TABLE] + HDR;
  const ent = I32[d + DICT.ENTRIES] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  for (let n = 0; n <= mask; n++) {
    const ix = I32[tbl + i];
    if (ix === -1) return 0;
    if (ix >= 0) {
      const e = ent + ix * DICT_ENTRY_WORDS;
      if (I32[e + 1] === key) return e + 2;
      if (I32[e] === h) return -1; // an equal key would need __eq__
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return -1;
}

/**
 * FT, lock-free: the value for key if it is immortal, 0 if key is surely absent, PEEK_UNSURE otherwise (a
 * writer was active or came by, a mortal value, an equal but not identical key). Writes nothing, takes no
 * reference (for borrowed lookups: dictGetBorrowedFT).
 */
export function dictPeek(d: Ref, key: Ref, h: number): Ref {
  const vix = d + DICT.VERSION;
  const ver = Atomics.load(I32, vix);
  if (ver & 1) return -1; // PEEK_UNSURE (a literal: see verEven)
  const s = probeSlot(d, key, h);
  let r = s; // 0 absent, -1 unsure
  if (s > 0) {
    const v = I32[s];
    // the count is read before VERSION is checked again: v was still in the dict then, so alive
    r = v > 0 && I32[v + RC] < 0 ? v : -1;
  }
  return Atomics.load(I32, vix) === ver ? r : -1;
}

/**
 * Whether key (with a known hash) is in d, with no reference taken. FT-safe: lock-free when the probe can
 * decide inside one seqlock window (a probe of a table that a resize freed is bounded and then rejected),
 * else in the dict's critical section.
 */
export function dictHasHashed(d: Ref, key: Ref, h: number): boolean {
  if (FT) {
    const vix = d + DICT.VERSION;
    const ver = Atomics.load(I32, vix);
    if ((ver & 1) === 0) {
      const s = probeSlot(d, key, h);
      if (s !== -1 && Atomics.load(I32, vix) === ver) return s > 0;
    }
    lockObj(d);
    try { return dictLookup(d, key, h) >= 0; } finally { unlockObj(d); }
  }
  return dictLookup(d, key, h) >= 0;
}

/**
 * FT, lock-free: the value for key as a new reference, 0 if key is surely absent, PEEK_UNSURE or -2 (the value
 * was found but is not provably alive: ftread.ts FT_UNPROVEN) if the caller must take the lock. An immortal value
 * or one this thread owns costs no write to shared memory; any other value a checked compare-and-swap of its
 * shared count (runtime/ftread.ts ftTake).
 */
export function dictPeekRef(d: Ref, key: Ref, h: number): Ref {
  // one attempt, straight-line (small enough for V8 to inline into LOAD_GLOBAL and attribute reads): a writer
  // that came by sends the reader to the lock, which is rare
  const vix = d + DICT.VERSION;
  const ver = Atomics.load(I32, vix);
  if (ver & 1) return -1; // PEEK_UNSURE: a writer is in
  const s = probeSlot(d, key, h);
  let v = 0, rc = 0, fl = 0;
  if (s > 0) {
    v = I32[s];
    // read before VERSION is checked again: v was still in the dict then, so these are a live object's
    rc = I32[v + RC];
    if (rc >= 0) fl = I32[v + FLAGS];
  }
  if (Atomics.load(I32, vix) !== ver) return -1;
  if (s <= 0) return s; // absent, or unsure (an equal key that is not the same object)
  if (rc < 0) return v; // immortal (the usual global: a function, a class): nothing to count
  return v > 0 ? ftTake(v, rc, fl, vix, ver) : -1; // (-2, ftread.ts FT_UNPROVEN: not provably alive)
}

/** the value for key with a known hash as a new reference, or 0 if absent; FT-safe (peeks, else locks) */
export function dictGetRefHashed(d: Ref, key: Ref, h: number): Ref {
  if (FT) {
    const p = dictPeekRef(d, key, h);
    return p >= 0 ? p : dictGetRefLocked(d, key, h, p === -2); // taken lock-free (or absent), else locked
  }
  const v = dictGetHashed(d, key, h);
  if (v !== 0) incref(v);
  return v;
}
/** FT: dictGetRefHashed's slow path, in the dict's critical section (a function of its own: the fast path
 *  stays small enough for V8 to inline it into attribute and global lookups); with mark (the value was found
 *  and not provably alive), marks it so that the next lock-free read of it succeeds */
function dictGetRefLocked(d: Ref, key: Ref, h: number, mark: boolean): Ref {
  lockObj(d);
  try {
    const v = dictGetHashed(d, key, h);
    if (v !== 0) { incref(v); if (mark) markMaybeShared(v); }
    return v;
  } finally {
    unlockObj(d);
  }
}
/**
 * FT: a borrowed value, probed safely (lock-free if immortal, else inside the critical section). For type
 * dicts (typeLookup) only: a value another thread removes from such a dict meanwhile is not dropped at once but
 * retired until every running thread has passed a quiescent point (qsbr.ts), so the borrowed reference stays
 * good until the caller's next eval-breaker check point.
 */
export function dictGetBorrowedFT(d: Ref, key: Ref, h: number): Ref {
  const p = dictPeek(d, key, h);
  if (p !== -1) return p;
  lockObj(d);
  try { return dictGetHashed(d, key, h); } finally { unlockObj(d); }
}
export function dictGetRef(d: Ref, key: Ref): Ref {
  return dictGetRefHashed(d, key, dictKeyHash(key));
}

export function dictDealloc(d: Ref): void {
  const n = I32[d + DICT.NENTRIES];
  const ent = I32[d + DICT.ENTRIES];
  for (let k = 0; k < n; k++) {
    const e = ent + HDR + k * DICT_ENTRY_WORDS;
    const key = I32[e + 1];
    if (key !== 0) { decref(key); decref(I32[e + 2]); }
  }
  freeBlock(I32[d + DICT.TABLE]);
  freeBlock(ent);
  I32[d + DICT.TABLE] = 0;
  I32[d + DICT.ENTRIES] = 0;
  I32[d + DICT.USED] = 0;
  I32[d + DICT.NENTRIES] = 0;
}
registerDealloc(Kind.DICT, dictDealloc);
