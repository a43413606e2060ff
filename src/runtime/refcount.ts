/**
 * @fileoverview Reference counting: incref, decref and freeing objects whose count drops to zero.
 * Not here: the layouts that say which fields are references (layout.ts), the block allocator (alloc.ts).
 *
 * Notes on the design
 * -------------------
 * - The count is header word RC. Immortal objects carry a negative count (IMMORTAL_RC) and are never written:
 *   incref/decref test `rc >= 0` / `rc > 0` with the one load they need anyway, so immortality costs nothing.
 * - Biased counting (--gil=off; CPython's Include/refcount.h and Python/brc.c). FLAGS bits 24-31 name the object's
 *   owner thread (threadid.ts OWNER, written at allocation). The owner counts in RC with plain loads and stores;
 *   every other thread counts in the shared count of the LOCK word, atomically. When the owner's count reaches
 *   0 with shared references left, the owner gives the object up: owner tag 0, RC_MERGED set, and from then on
 *   everyone uses the shared count (the thread that drops it to 0 frees it). A non-owner that finds the shared
 *   count at 0 (not merged) does not decrement: it sets RC_QUEUED and hands its reference to the owner's queue;
 *   the owner merges the object at its next eval-breaker check (brcMergePending), which drops that reference.
 * - --gil=on: every object carries owner 0 and every thread has owner 0, so the owner test always passes and the
 *   counts are plain loads and stores, the same code path (the GIL serializes them). The LOCK word stays 0.
 * - Freeing is iterative: an object whose count reaches zero goes on a pending list and the list is drained by
 *   the outermost decref, so freeing a million-element linked structure never deepens the JS stack.
 * - Each builtin layout kind registers how to release the references its fields hold (registerDealloc); an
 *   instance of a class also drops its attribute dict and its reference to the class.
 */
import { I32, type Ref } from './heap.js';
import {
  TYPE, RC, FLAGS, LOCK, SIZECLASS_MASK, BLOCK_FREE, BLOCK_RAW, TYPEOBJ, TF_HEAPTYPE, TF_HAS_DEL, F_FINALIZED,
  IMMORTAL_RC, T_INT, T_FLOAT, T_STR, F_OWNER_SHIFT, RC_MERGED, RC_QUEUED, RC_SHARED_ONE, RC_SHARED_SHIFT,
  RC_MAYBE_SHARED, RC_STATE_MASK, LK_BITS,
  CTL_THREAD_TABLE, TS_WORDS, TS_BREAKER, CTL_ALLOC_TABLE, MAX_THREADS, HDR, CTL_FREE_LISTS, type Layout,
} from './layout.js';
import {
  freeBlock, allocRaw, rawCapacity, onThreadInit, setAdoptHook, myThreadState, threadState, releaseThreadAllocator,
  allocSpinLock, allocSpinUnlock, PT_QLOCK, PT_QBUF, PT_QLEN, PT_ALIVE,
} from './alloc.js';
import { OWNER } from './threadid.js';
import { CLASS_WORDS } from './alloc.js';
import { CTL_TOP, STATIC_END } from './layout.js';

/** eval-breaker bit (vm/gil.ts EB_BRC): objects are queued for this thread to merge (vm/eval-breaker.ts runs
 *  brcMergePending) */
export const EB_BRC = 4;

/** this thread's owner tag (threadid.ts OWNER; 0 under --gil=on), copied for the hot paths */
let own = 0;
let ownBits = 0;
onThreadInit(() => { own = OWNER; ownBits = OWNER << F_OWNER_SHIFT; });
/** this thread's owner tag, for code that inlines the owner test (the eval loop) */
export function refOwner(): number { return own; }

/** the owner tag of an object (0: merged, or --gil=on) */
export function ownerOf(r: Ref): number {
  return I32[r + FLAGS] >>> F_OWNER_SHIFT;
}

export function incref(r: Ref): void {
  const c = I32[r + RC];
  // own === 0: --gil=on, where every object carries owner 0. The --gil=off path is a call, so that this body
  // stays as small as before biased counting (V8 inlines it into the eval loop within a bytecode budget)
  if (c >= 0) {
    if (own === 0) I32[r + RC] = c + 1;
    else increfFT(r, c);
  }
}

function increfFT(r: Ref, c: number): void {
  if ((I32[r + FLAGS] >>> F_OWNER_SHIFT) === own) I32[r + RC] = c + 1;
  else Atomics.add(I32, r + LOCK, RC_SHARED_ONE);
}

/**
 * --gil=off, for lock-free readers (runtime/ftread.ts): adds a shared reference to r, which the caller saw in a
 * container at a moment it can prove (a seqlock) but no longer holds in any way, so r's object may have been
 * freed since, and its block even reused. Returns false, writing nothing, when r is not PROVABLY alive; the
 * caller then takes the container's lock. CPython's _Py_TryIncRefShared.
 *
 * Why this is sound. r is the header of a block (blocks are never split), so reading its LOCK word is safe; what
 * must never happen is adding a count to a block that is free or dead. The compare-and-swap only succeeds on a
 * word that still holds the value tested here, and these values are only ever held by a live object:
 *  - merged (RC_MERGED) with a shared count > 0: everyone counts in the shared count, which is not 0;
 *  - not merged, and anything set besides the lock bits (a count, RC_QUEUED, RC_MAYBE_SHARED): the owner frees
 *    it with plain stores only when the word is exactly 0 (or lock bits) (dropRef); otherwise its last decref
 *    (mergeZero) or the merge of its queue (explicitMerge) is itself a compare-and-swap of this word, which
 *    either comes first (then the word is dead: merged with count 0, refused here) or sees our count.
 * Dead or free words: 0 (a free block, alloc.ts; a freshly freed object, reown), lock bits only, and merged
 * with count 0. A block reused for a new object meanwhile may pass the test: then the count went to that live
 * object, and the caller notices that the container no longer holds r and drops it again (decref).
 */
export function tryIncrefShared(r: Ref): boolean {
  // a plain read is enough: the compare-and-swap below checks the value and returns the word's real one
  let lk = I32[r + LOCK];
  for (;;) {
    const w = lk & ~LK_BITS;
    if ((w & RC_MERGED) !== 0 ? (w >> RC_SHARED_SHIFT) <= 0 : w === 0) return false;
    const seen = Atomics.compareExchange(I32, r + LOCK, lk, lk + RC_SHARED_ONE);
    if (seen === lk) return true;
    lk = seen;
  }
}

/**
 * --gil=off: the locked slow path of a lock-free reader got r (and holds a reference to it): if r belongs to
 * another thread and is not merged, sets RC_MAYBE_SHARED so that the next lock-free read of r by a non-owner can
 * use tryIncrefShared even when the shared count is 0 (CPython sets _Py_REF_MAYBE_WEAKREF the same way in
 * _Py_TryIncrefCompare's callers). Reads first: an object that has the bit costs no write.
 */
export function markMaybeShared(r: Ref): void {
  if (I32[r + RC] < 0 || (I32[r + FLAGS] >>> F_OWNER_SHIFT) === own) return;
  const lk = Atomics.load(I32, r + LOCK);
  if ((lk & (RC_MAYBE_SHARED | RC_MERGED)) === 0) Atomics.or(I32, r + LOCK, RC_MAYBE_SHARED);
}

/** incref a ref that may be NULL (0) */
export function xincref(r: Ref): void {
  if (r !== 0) incref(r);
}

/** the shared half of incref (for callers that inline the owner test) */
export function increfShared(r: Ref): void {
  Atomics.add(I32, r + LOCK, RC_SHARED_ONE);
}

export function decref(r: Ref): void {
  const c = I32[r + RC];
  if (own === 0) {
    // --gil=on: no shared count, so a count of 1 is the last reference (a count of 0 is an object being freed,
    // which a dealloc may decref again: nothing to do, as before biased counting)
    if (c > 1) I32[r + RC] = c - 1;
    else if (c === 1) release(r);
  } else if (c >= 0) {
    decrefSlow(r);
  }
}

export function xdecref(r: Ref): void {
  if (r !== 0) decref(r);
}

/** decref of a mortal object that the fast test did not handle (count 1, or not owned by this thread); for
 *  callers that inline decref */
export function decrefSlow(r: Ref): void {
  // the common case under --gil=off: the last reference to an int or float this thread made and never shared
  // (no shared count, not queued, not maybe-shared): straight back to this thread's free list, as release()
  // does under --gil=on, without dropRef's general tests
  if (I32[r + RC] === 1 && (I32[r + FLAGS] >>> F_OWNER_SHIFT) === own && (I32[r + LOCK] & ~LK_BITS) === 0) {
    const t = I32[r + TYPE];
    if (t === LEAF_INT || t === LEAF_FLOAT) { freeBlock(r); return; }
  }
  if (dropRef(r)) freeObject(r);
}

/**
 * Drops one counted reference to mortal-or-immortal r. Returns true when it was the last one: the object is
 * then this thread's to free (re-owned by it: RC 0, LOCK 0, owner tag this thread's). Never frees itself.
 */
export function dropRef(r: Ref): boolean {
  const c = I32[r + RC];
  if (c < 0) return false;
  if ((I32[r + FLAGS] >>> F_OWNER_SHIFT) === own) {
    if (c > 1) { I32[r + RC] = c - 1; return false; }
    if (c === 0) return false; // being freed (on the pending list): a dealloc dropping it again
    I32[r + RC] = 0;
    const lk = I32[r + LOCK];
    // no shared count, not merged, not queued, and no other thread may be incrementing it lock-free: the common
    // case, freed with no atomic operation. With RC_MAYBE_SHARED set a reader may be about to add a shared
    // reference (ftread.ts): the merge's compare-and-swap decides who wins.
    if ((lk & ~LK_BITS) === 0) return true;
    return mergeZero(r);
  }
  return dropShared(r);
}

/** the owner's count of r just reached 0 and the shared count is not 0: give r up (CPython's
 *  _Py_MergeZeroLocalRefcount). True when nothing is left (then r is re-owned for freeing). */
function mergeZero(r: Ref): boolean {
  Atomics.and(I32, r + FLAGS, (1 << F_OWNER_SHIFT) - 1); // owner tag 0 before the merge is visible
  let old = Atomics.load(I32, r + LOCK);
  for (;;) {
    const nw = (old & ~(RC_QUEUED | RC_MAYBE_SHARED)) | RC_MERGED;
    const seen = Atomics.compareExchange(I32, r + LOCK, old, nw);
    if (seen === old) {
      // merged with a shared count of 0: dead. tryIncrefShared refuses that state, so no reader revives it
      if ((nw & RC_STATE_MASK) === RC_MERGED) { reown(r); return true; }
      return false;
    }
    old = seen;
  }
}

/** a non-owner drops a reference (CPython's _Py_DecRefShared) */
function dropShared(r: Ref): boolean {
  let old = Atomics.load(I32, r + LOCK);
  for (;;) {
    const queue = (old & RC_STATE_MASK) === 0; // shared count 0, neither merged nor queued
    const nw = queue ? old | RC_QUEUED : old - RC_SHARED_ONE;
    const seen = Atomics.compareExchange(I32, r + LOCK, old, nw);
    if (seen === old) {
      if (queue) return brcQueue(r);
      if ((nw & RC_STATE_MASK) === RC_MERGED) { reown(r); return true; }
      return false;
    }
    old = seen;
  }
}

/** r is this thread's to free: make it look freshly allocated by this thread, with no count */
function reown(r: Ref): void {
  I32[r + FLAGS] = (I32[r + FLAGS] & ((1 << F_OWNER_SHIFT) - 1)) | ownBits;
  I32[r + RC] = 0;
  // atomically: a lock-free reader may compare-and-swap this word right now (it fails: the word was dead)
  Atomics.store(I32, r + LOCK, 0);
}

/** adds r's owner count and `extra` into its shared count, marks it merged, owner tag 0: the new total
 *  (CPython's _Py_ExplicitMergeRefcount). Only by r's owner, or when its owner is not running. */
function explicitMerge(r: Ref, extra: number): number {
  Atomics.and(I32, r + FLAGS, (1 << F_OWNER_SHIFT) - 1);
  const local = I32[r + RC];
  let old = Atomics.load(I32, r + LOCK);
  for (;;) {
    const n = (old >> RC_SHARED_SHIFT) + local + extra;
    const nw = (n << RC_SHARED_SHIFT) | RC_MERGED | (old & LK_BITS);
    const seen = Atomics.compareExchange(I32, r + LOCK, old, nw);
    if (seen === old) { I32[r + RC] = 0; return n; }
    old = seen;
  }
}

/** hands this thread's reference to r (just marked RC_QUEUED) to r's owner; true if r is now this thread's
 *  to free (its owner was not running, or had already merged it) */
function brcQueue(r: Ref): boolean {
  const o = I32[r + FLAGS] >>> F_OWNER_SHIFT;
  if (o === 0) {
    // merged meanwhile by its owner (which cleared RC_QUEUED): drop the reference the normal way
    return dropShared(r);
  }
  const pt = threadState(o - 1);
  if (pt === 0) {
    if (explicitMerge(r, -1) === 0) { reown(r); return true; }
    return false;
  }
  allocSpinLock(pt + PT_QLOCK);
  if (!I32[pt + PT_ALIVE]) {
    const n = explicitMerge(r, -1);
    allocSpinUnlock(pt + PT_QLOCK);
    if (n === 0) { reown(r); return true; }
    return false;
  }
  let buf = I32[pt + PT_QBUF];
  const len = I32[pt + PT_QLEN];
  if (buf === 0 || len >= rawCapacity(buf)) {
    const nb = allocRaw(buf === 0 ? 60 : 2 * rawCapacity(buf) + 4);
    for (let i = 0; i < len; i++) I32[nb + HDR + i] = I32[buf + HDR + i];
    if (buf !== 0) freeBlock(buf);
    buf = nb;
    I32[pt + PT_QBUF] = buf;
  }
  I32[buf + HDR + len] = r;
  I32[pt + PT_QLEN] = len + 1;
  allocSpinUnlock(pt + PT_QLOCK);
  const tt = I32[CTL_THREAD_TABLE];
  if (tt !== 0) Atomics.or(I32, tt + (o - 1) * TS_WORDS + TS_BREAKER, EB_BRC);
  return false;
}

/** takes the queue of state block pt (under its lock) */
function takeQueue(pt: number): number[] {
  allocSpinLock(pt + PT_QLOCK);
  const buf = I32[pt + PT_QBUF], len = I32[pt + PT_QLEN];
  const out: number[] = [];
  for (let i = 0; i < len; i++) out.push(I32[buf + HDR + i]);
  I32[pt + PT_QLEN] = 0;
  allocSpinUnlock(pt + PT_QLOCK);
  return out;
}

/**
 * Merges the objects other threads queued for this thread (the eval breaker calls it on EB_BRC): each one's
 * owner count goes into its shared count, minus the queue's reference; one left with nothing is freed.
 */
export function brcMergePending(): void {
  const pt = myThreadState();
  if (pt === 0) return;
  const tt = I32[CTL_THREAD_TABLE];
  if (tt !== 0 && OWNER > 0) Atomics.and(I32, tt + (OWNER - 1) * TS_WORDS + TS_BREAKER, ~EB_BRC);
  if (I32[pt + PT_QLEN] === 0) return;
  for (const r of takeQueue(pt)) {
    if (explicitMerge(r, -1) === 0) { reown(r); freeObject(r); }
  }
}

/** at exit, with one thread left: merges every thread's queue */
export function brcMergeAll(): void {
  if (I32[CTL_ALLOC_TABLE] <= 0) return;
  for (let again = true; again;) {
    again = false;
    for (let tid = 0; tid < MAX_THREADS; tid++) {
      const pt = threadState(tid);
      if (pt === 0 || I32[pt + PT_QLEN] === 0) continue;
      again = true;
      for (const r of takeQueue(pt)) {
        if (explicitMerge(r, -1) === 0) { reown(r); freeObject(r); }
      }
    }
  }
}

/** a --gil=off thread is finishing: merges its queue, then hands its free blocks to the other threads */
export function threadExit(): void {
  brcMergePending();
  releaseThreadAllocator();
  const pt = myThreadState();
  if (pt !== 0 && I32[pt + PT_QLEN] !== 0) {
    // queued between the merge and PT_ALIVE = 0: nobody else will merge them; the owner tag's thread is gone
    for (const r of takeQueue(pt)) if (explicitMerge(r, -1) === 0) { reown(r); freeObject(r); }
  }
}

// The first --gil=off thread adopts the objects allocated before (by the runtime's init, owner tag 0): their
// counts become merged shared counts, so that every thread uses the atomic path on them.
setAdoptHook(() => {
  const st = { r: 0 };
  walkBlocks((r) => {
    const t = I32[r + TYPE];
    if (t === BLOCK_FREE || t === BLOCK_RAW) return;
    const c = I32[r + RC];
    if (c < 0 || (I32[r + FLAGS] >>> F_OWNER_SHIFT) !== 0 || (I32[r + LOCK] & RC_MERGED)) return;
    I32[r + LOCK] = (c << RC_SHARED_SHIFT) | RC_MERGED | (I32[r + LOCK] & LK_BITS);
    I32[r + RC] = 0;
    st.r++;
  });
});
/** walkHeap without importing heapcheck (it imports this file); only for adoption at startup */
function walkBlocks(fn: (r: Ref) => void): void {
  const top = Atomics.load(I32, CTL_TOP);
  for (let r = STATIC_END; r < top; r += CLASS_WORDS[I32[r + FLAGS] & SIZECLASS_MASK]) fn(r);
}

/** the total count of a mortal object (owner count + shared count), for sys.getrefcount and heapcheck */
export function refTotal(r: Ref): number {
  return I32[r + RC] + (I32[r + LOCK] >> RC_SHARED_SHIFT);
}

export function makeImmortal(r: Ref): void {
  I32[r + RC] = IMMORTAL_RC;
}
export function isImmortal(r: Ref): boolean {
  return I32[r + RC] < 0;
}

/** Releases the references held by object r's fields (not r itself). */
export type DeallocFn = (r: Ref) => void;
const DEALLOC: DeallocFn[] = [];
export function registerDealloc(kind: number, fn: DeallocFn): void {
  DEALLOC[kind] = fn;
}
/**
 * Calls an instance's __del__ (set by the runtime: it runs Python code). The object is alive (RC 1) while it
 * runs; null while the runtime is not ready or is tearing the heap down.
 */
let delHook: ((r: Ref) => void) | null = null;
export function setDelHook(f: ((r: Ref) => void) | null): void { delHook = f; }

/** the dealloc function registered for a kind (to wrap it with a finalizer) */
export function getDealloc(kind: number): DeallocFn | undefined {
  return DEALLOC[kind];
}
/** a DeallocFn that releases the ref fields of a layout */
export function layoutDealloc(l: Layout): DeallocFn {
  const fields = l.refFields;
  const raws = l.rawFields;
  return (r) => {
    for (let i = 0; i < fields.length; i++) {
      const v = I32[r + fields[i]];
      if (v !== 0) { I32[r + fields[i]] = 0; decref(v); }
    }
    for (let i = 0; i < raws.length; i++) {
      const v = I32[r + raws[i]];
      if (v !== 0) { I32[r + raws[i]] = 0; freeBlock(v); }
    }
  };
}

const pending: number[] = [];
let draining = false;

/** ints, floats and strs hold no references: they are freed on the spot, without the pending list */
const LEAF_INT = T_INT, LEAF_FLOAT = T_FLOAT, LEAF_STR = T_STR;

/**
 * --gil=on only (the caller tested own === 0): frees an object whose count just dropped from 1, for callers that
 * inline decref. Ints, floats and strs go straight back to the shared free list, inline: most objects that die
 * are those, and this is the old, shortest path (no free-list depth: nothing spills under --gil=on).
 */
export function release(r: Ref): void {
  const t0 = I32[r + TYPE];
  if (t0 === LEAF_INT || t0 === LEAF_FLOAT || t0 === LEAF_STR) {
    const c = I32[r + FLAGS] & SIZECLASS_MASK;
    I32[r + TYPE] = BLOCK_FREE;
    I32[r + FLAGS] = c;
    I32[r + RC] = I32[CTL_FREE_LISTS + c];
    I32[CTL_FREE_LISTS + c] = r;
    return;
  }
  releaseObject(r);
}

/** frees an object that is this thread's to free (dropRef returned true), in either mode */
export function freeObject(r: Ref): void {
  const t0 = I32[r + TYPE];
  if (t0 === LEAF_INT || t0 === LEAF_FLOAT || t0 === LEAF_STR) freeBlock(r);
  else releaseObject(r);
}

function releaseObject(r: Ref): void {
  I32[r + RC] = 0;
  pending.push(r);
  if (draining) return;
  draining = true;
  try {
    while (pending.length) {
      const o = pending.pop()!;
      const t = I32[o + TYPE];
      if ((I32[t + TYPEOBJ.TFLAGS] & TF_HAS_DEL) && delHook !== null && !(I32[o + FLAGS] & F_FINALIZED)) {
        // CPython's tp_finalize: __del__ runs once, with the object alive; it may resurrect it
        I32[o + FLAGS] |= F_FINALIZED;
        I32[o + RC] = 1;
        delHook(o);
        if (!dropRef(o)) continue;
      }
      const fn = DEALLOC[I32[t + TYPEOBJ.KIND]];
      if (fn !== undefined) {
        fn(o);
        // a finalizer resurrected it (e.g. a generator's finally stored it, maybe where another thread took it).
        // RC_MAYBE_SHARED alone also counts: another thread may be about to take a reference lock-free (a
        // resurrected object left that way is leaked rather than freed under a reader)
        if (I32[o + RC] !== 0 || (I32[o + LOCK] & ~LK_BITS) !== 0) continue;
      }
      if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
        const off = I32[t + TYPEOBJ.DICTOFFSET];
        if (off) { const d = I32[o + off]; if (d) { I32[o + off] = 0; decref(d); } }
        freeBlock(o);
        decref(t);
      } else {
        freeBlock(o);
      }
    }
  } finally {
    draining = false;
  }
}
