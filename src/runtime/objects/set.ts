/**
 * @fileoverview set and frozenset, with CPython's table algorithm (Objects/setobject.c): open addressing with
 * up to LINEAR_PROBES neighbouring slots, then perturbed probing, table sizes powers of two from 8, resize
 * when fill*5 >= mask*3. Using the same algorithm and the same int hashes makes `print({3, 1, 2})` and
 * iteration order agree with CPython. TABLE slots are (key, hash); key 0 = empty, SET_DUMMY = deleted.
 * Not here: set methods and operators (runtime/ops/setmethods.ts).
 */
import { FT } from '../threadid.js';
import { lockObj, unlockObj } from '../objlock.js';
import { I32, type Ref } from '../heap.js';
import { allocBlock, allocRaw, freeBlock } from '../alloc.js';
import { HDR, SET, SET_DUMMY, T_SET, Kind } from '../layout.js';
import { decref, incref, registerDealloc } from '../refcount.js';
import { hashKey, eqKey } from '../abstract.js';

/** the hash of a set element (CPython 3.14's message when unhashable) */
export function setKeyHash(key: Ref): number {
  return hashKey(key, 'a set element');
}

const MINSIZE = 8;
const LINEAR_PROBES = 9;

function allocTable(size: number): Ref {
  const t = allocRaw(size * 2);
  for (let i = 0; i < size * 2; i++) I32[t + HDR + i] = 0;
  return t;
}

export function newSet(type: number = T_SET, words: number = SET.WORDS): Ref {
  const s = allocBlock(type, words);
  for (let i = HDR; i < words; i++) I32[s + i] = 0;
  I32[s + SET.MASK] = MINSIZE - 1;
  try {
    I32[s + SET.TABLE] = allocTable(MINSIZE);
  } catch (e) {
    freeBlock(s); // heap exhausted: leave nothing half-built
    throw e;
  }
  return s;
}

export function setSize(s: Ref): number {
  return I32[s + SET.USED];
}

/** slot index of key, or -1 */
export function setLookup(s: Ref, key: Ref, h: number): number {
  const mask = I32[s + SET.MASK];
  const tbl = I32[s + SET.TABLE] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const k = I32[tbl + 2 * j];
      if (k === 0) return -1;
      if (k !== SET_DUMMY && I32[tbl + 2 * j + 1] === h && (k === key || eqKey(k, key))) return j;
      j++;
    } while (probes-- > 0);
    perturb >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

function insertClean(tbl: number, mask: number, key: Ref, h: number): void {
  let i = h & mask;
  let perturb = h >>> 0;
  for (;;) {
    if (I32[tbl + 2 * i] === 0) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (I32[tbl + 2 * (i + j)] === 0) { found = i + j; break; }
    }
    if (found >= 0) { i = found; break; }
    perturb >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  I32[tbl + 2 * i] = key;
  I32[tbl + 2 * i + 1] = h;
}

export function setResize(s: Ref, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const oldTbl = I32[s + SET.TABLE];
  const oldSize = I32[s + SET.MASK] + 1;
  const nt = allocTable(size);
  for (let i = 0; i < oldSize; i++) {
    const k = I32[oldTbl + HDR + 2 * i];
    if (k !== 0 && k !== SET_DUMMY) insertClean(nt + HDR, size - 1, k, I32[oldTbl + HDR + 2 * i + 1]);
  }
  I32[s + SET.TABLE] = nt;
  I32[s + SET.MASK] = size - 1;
  I32[s + SET.FILL] = I32[s + SET.USED];
  freeBlock(oldTbl);
}

/** adds key (increfs it when added); returns true if it was new */
export function setAddHashed(s: Ref, key: Ref, h: number): boolean {
  if (FT) {
    lockObj(s);
    try { return addHashed(s, key, h); } finally { unlockObj(s); }
  }
  return addHashed(s, key, h);
}
function addHashed(s: Ref, key: Ref, h: number): boolean {
  const mask = I32[s + SET.MASK];
  const tbl = I32[s + SET.TABLE] + HDR;
  let i = h & mask;
  let perturb = h >>> 0;
  let freeslot = -1;
  let slot = -1;
  outer: for (;;) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    do {
      const k = I32[tbl + 2 * j];
      if (k === 0) { slot = j; break outer; }
      if (k === SET_DUMMY) {
        if (freeslot < 0) freeslot = j;
      } else if (I32[tbl + 2 * j + 1] === h && (k === key || eqKey(k, key))) {
        return false;
      }
      j++;
    } while (probes-- > 0);
    perturb >>>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  incref(key);
  if (freeslot >= 0) {
    I32[tbl + 2 * freeslot] = key;
    I32[tbl + 2 * freeslot + 1] = h;
    I32[s + SET.USED]++;
    return true;
  }
  I32[tbl + 2 * slot] = key;
  I32[tbl + 2 * slot + 1] = h;
  I32[s + SET.FILL]++;
  I32[s + SET.USED]++;
  if (I32[s + SET.FILL] * 5 >= mask * 3) {
    const used = I32[s + SET.USED];
    setResize(s, used > 50000 ? used * 2 : used * 4);
  }
  return true;
}

export function setAdd(s: Ref, key: Ref): boolean {
  return setAddHashed(s, key, setKeyHash(key));
}

export function setContains(s: Ref, key: Ref): boolean {
  const h = setKeyHash(key);
  if (FT) {
    lockObj(s);
    try { return setLookup(s, key, h) >= 0; } finally { unlockObj(s); }
  }
  return setLookup(s, key, h) >= 0;
}

/** removes key; returns true if it was present */
export function setDiscard(s: Ref, key: Ref): boolean {
  if (FT) {
    lockObj(s);
    try { return discard(s, key); } finally { unlockObj(s); }
  }
  return discard(s, key);
}
function discard(s: Ref, key: Ref): boolean {
  const j = setLookup(s, key, setKeyHash(key));
  if (j < 0) return false;
  const tbl = I32[s + SET.TABLE] + HDR;
  const k = I32[tbl + 2 * j];
  I32[tbl + 2 * j] = SET_DUMMY;
  I32[tbl + 2 * j + 1] = -1;
  I32[s + SET.USED]--;
  decref(k);
  return true;
}

/** iteration: next occupied slot at or after pos, or -1 */
export function setNextSlot(s: Ref, pos: number): number {
  const size = I32[s + SET.MASK] + 1;
  const tbl = I32[s + SET.TABLE] + HDR;
  while (pos < size) {
    const k = I32[tbl + 2 * pos];
    if (k !== 0 && k !== SET_DUMMY) return pos;
    pos++;
  }
  return -1;
}
export function setSlotKey(s: Ref, pos: number): Ref {
  return I32[I32[s + SET.TABLE] + HDR + 2 * pos];
}

/** the items (borrowed) in table order */
export function setItems(s: Ref): number[] {
  const out: number[] = [];
  for (let p = setNextSlot(s, 0); p >= 0; p = setNextSlot(s, p + 1)) out.push(setSlotKey(s, p));
  return out;
}

/** a new set/frozenset of the given items (borrowed; each added one is increfed) */
export function newSetFromArray(type: number, items: ArrayLike<number>): Ref {
  const s = newSet(type);
  for (let i = 0; i < items.length; i++) setAdd(s, items[i]);
  return s;
}

export function setClear(s: Ref): void {
  if (FT) {
    lockObj(s);
    try { clear(s); } finally { unlockObj(s); }
    return;
  }
  clear(s);
}
function clear(s: Ref): void {
  const items = setItems(s);
  const old = I32[s + SET.TABLE];
  I32[s + SET.TABLE] = allocTable(MINSIZE);
  I32[s + SET.MASK] = MINSIZE - 1;
  I32[s + SET.FILL] = 0;
  I32[s + SET.USED] = 0;
  freeBlock(old);
  for (const k of items) decref(k);
}

function setDealloc(s: Ref): void {
  const size = I32[s + SET.MASK] + 1;
  const tbl = I32[s + SET.TABLE];
  for (let i = 0; i < size; i++) {
    const k = I32[tbl + HDR + 2 * i];
    if (k !== 0 && k !== SET_DUMMY) decref(k);
  }
  freeBlock(tbl);
  I32[s + SET.TABLE] = 0;
}
registerDealloc(Kind.SET, setDealloc);
registerDealloc(Kind.FROZENSET, setDealloc);
