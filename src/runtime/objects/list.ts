/**
 * @fileoverview list: SIZE, CAP and a raw block ITEMS holding CAP item slots from word HDR.
 * Under --gil=off every mutation of a list other threads may see runs in a critical section on the list
 * (objlock.ts; the methods and slots in types/list.ts take it), and every one that removes, replaces or moves
 * items, or swaps the item block, inside a seqlock write section (listWriteBegin/listWriteEnd: VERSION odd
 * meanwhile), so that ftread.ts can read an item without the lock. Appending needs no section: it writes the
 * new slot, then SIZE, so a reader that sees the new SIZE sees the slot (plain stores and loads stay in order:
 * see ftread.ts), and it changes no slot a reader may already have read; listReserve, which swaps the item
 * block and frees the old one, opens its own section. The primitives here (listAppendSteal, listClear ...)
 * do not open a section themselves, except listReserve: callers that change a shared list wrap them. Lists that
 * no other thread sees yet (being built) need neither.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock, allocRaw, freeBlock, rawCapacity } from '../alloc.js';
import { HDR, LIST, T_LIST, Kind } from '../layout.js';
import { decref, incref, registerDealloc } from '../refcount.js';
import { FT } from '../threadid.js';

/**
 * --gil=off seqlock writer (LIST.VERSION, read by ftread.ts): makes VERSION odd, unless an enclosing section of
 * this thread already did, and says whether it did (pass that to listWriteEnd). Only the holder of the list's
 * lock writes VERSION, so a plain read of it is this thread's own value. Nothing between begin and end may run
 * Python code or raise (a decref may run __del__: drop removed items after listWriteEnd). Under --gil=on:
 * nothing (VERSION stays 0).
 */
export function listWriteBegin(l: Ref): boolean {
  if (!FT) return false;
  const v = I32[l + LIST.VERSION];
  if ((v & 1) !== 0) return false;
  Atomics.store(I32, l + LIST.VERSION, v + 1);
  return true;
}
/** ends the section listWriteBegin opened (if it did): VERSION even again, and different from before */
export function listWriteEnd(l: Ref, began: boolean): void {
  if (began) Atomics.store(I32, l + LIST.VERSION, I32[l + LIST.VERSION] + 1);
}

export function newList(n: number, type: number = T_LIST, words: number = LIST.WORDS): Ref {
  const cap = n < 4 ? 4 : n;
  // the item block first: if the heap is exhausted, nothing half-built is left behind
  const items = allocRaw(cap);
  let r: Ref;
  try {
    r = allocBlock(type, words);
  } catch (e) {
    freeBlock(items);
    throw e;
  }
  I32[r + LIST.SIZE] = n;
  I32[r + LIST.CAP] = rawCapacity(items);
  I32[r + LIST.ITEMS] = items;
  I32[r + LIST.VERSION] = 0;
  for (let i = 0; i < n; i++) I32[items + HDR + i] = 0;
  for (let i = LIST.WORDS; i < words; i++) I32[r + i] = 0;
  return r;
}

export function listSize(r: Ref): number {
  return I32[r + LIST.SIZE];
}
/** borrowed item i (0 <= i < size) */
export function listItem(r: Ref, i: number): Ref {
  return I32[I32[r + LIST.ITEMS] + HDR + i];
}
/** index of the first item slot in I32 (valid until the list is resized) */
export function listBase(r: Ref): number {
  return I32[r + LIST.ITEMS] + HDR;
}

export function listReserve(r: Ref, need: number): void {
  const cap = I32[r + LIST.CAP];
  if (need <= cap) return;
  let ncap = cap + (cap >> 1) + 4;
  if (ncap < need) ncap = need;
  const old = I32[r + LIST.ITEMS];
  const items = allocRaw(ncap); // may raise MemoryError: before the write section
  const n = I32[r + LIST.SIZE];
  I32.copyWithin(items + HDR, old + HDR, old + HDR + n);
  const w = listWriteBegin(r);
  I32[r + LIST.ITEMS] = items;
  I32[r + LIST.CAP] = rawCapacity(items);
  listWriteEnd(r, w);
  // after VERSION moved: a lock-free reader that read the old block's address sees the change and retries
  freeBlock(old);
}

/** append, taking over the caller's reference to v */
export function listAppendSteal(r: Ref, v: Ref): void {
  const n = I32[r + LIST.SIZE];
  if (n >= I32[r + LIST.CAP]) listReserve(r, n + 1);
  I32[I32[r + LIST.ITEMS] + HDR + n] = v;
  I32[r + LIST.SIZE] = n + 1;
}
export function listAppend(r: Ref, v: Ref): void {
  incref(v);
  listAppendSteal(r, v);
}

export function listFromArray(items: ArrayLike<number>): Ref {
  const r = newList(items.length);
  const b = listBase(r);
  for (let i = 0; i < items.length; i++) { incref(items[i]); I32[b + i] = items[i]; }
  return r;
}

export function listToArray(r: Ref): number[] {
  const n = I32[r + LIST.SIZE];
  const b = listBase(r);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[b + i];
  return out;
}

/** drops all items (the caller must not hold a base pointer across this) */
export function listClear(r: Ref): void {
  const n = I32[r + LIST.SIZE];
  const old = listToArray(r);
  const w = listWriteBegin(r);
  I32[r + LIST.SIZE] = 0;
  listWriteEnd(r, w);
  for (let i = 0; i < n; i++) decref(old[i]);
}

export function listDealloc(r: Ref): void {
  const n = I32[r + LIST.SIZE];
  const items = I32[r + LIST.ITEMS];
  for (let i = 0; i < n; i++) {
    const v = I32[items + HDR + i];
    if (v !== 0) decref(v);
  }
  freeBlock(items);
  I32[r + LIST.ITEMS] = 0;
  I32[r + LIST.SIZE] = 0;
}
registerDealloc(Kind.LIST, listDealloc);
