/**
 * @fileoverview --gil=off: reading an item out of a list (and, through ftTake, a value out of a dict: dict.ts
 * dictPeekRef) without taking the container's lock and without writing shared memory when the value is
 * immortal or owned by this thread. Not here: the writers' side (objects/list.ts listWriteBegin/End, dict.ts
 * verOdd/verEven), the counting rules (refcount.ts).
 *
 * The protocol (CPython 3.14t's _Py_TryIncrefCompare and list_get_item_ref, adapted to a seqlock)
 * ---------------------------------------------------------------------------------------------
 * A lock-free reader has no reference to the item it reads: between reading the slot and taking a reference,
 * another thread may remove the item and free it, and the block may even be reused. Three facts keep that sound:
 *  1. Blocks are never split or merged (alloc.ts): an address that once held an object header is forever the
 *     header of a block of the same size class, free or live. Reading a stale ref's header is memory-safe;
 *     WRITING a count into it is what must never happen unless it holds a live object.
 *  2. The container's VERSION word is a seqlock: odd while a writer (holding the container's lock) changes it,
 *     then even and different (a list append, which only publishes a new slot with SIZE, needs no odd VERSION:
 *     objects/list.ts). The reader loads VERSION (odd: give up), reads the slot and the item's RC and
 *     FLAGS, and loads VERSION again: if it did not move, nothing changed the container in between, so the
 *     item was in it, and so alive, during all those reads. A resize frees the old item block only after the
 *     version moved, so a reader that read the old block's address fails the check before trusting anything
 *     it read there (a torn ITEMS/SIZE pair can point anywhere, even past the heap, where a plain read gives
 *     undefined and fails every test).
 *  3. Taking the reference (ftTake), with RC and FLAGS as read inside that window:
 *     - RC < 0: immortal; no count to take, nothing written.
 *     - owner tag = this thread: RC += 1 with a plain store. Only the owner writes RC, and an object this thread
 *       owns cannot be freed by another thread while this one runs (a non-owner's last decref queues it here).
 *     - otherwise: refcount.ts tryIncrefShared, a compare-and-swap of the shared count that only succeeds if
 *       the LOCK word proves the object alive (a non-zero shared count, or RC_MAYBE_SHARED, or queued; never a
 *       free block, whose LOCK is 0, nor a dead merged object). Then VERSION is loaded a third time: unchanged
 *       means the item stayed in the container from the first load to now, so the count went to it; changed,
 *       the count may have gone to an object that reused the block: it is dropped (decref, a real reference)
 *       and the caller retries or takes the lock.
 * When the object is not provably alive (a foreign object never read this way before: shared count 0 and no
 * RC_MAYBE_SHARED) the caller takes the lock and reads the classic way; that slow path calls markMaybeShared
 * on what it returns, so the next lock-free read of the same object succeeds.
 *
 * Memory ordering. VERSION is read with Atomics.load and written with Atomics.store (sequentially consistent);
 * the words between the two loads are read with plain typed-array loads, and the writers change them with plain
 * stores, as the dict seqlock always did. That relies on two things: V8 does not move a typed-array access
 * across a call to an Atomics function (each is a call with unknown side effects to the compiler, so no load
 * is hoisted or reused across it), and x86-64 does not reorder loads with loads, nor stores with stores. A
 * weakly ordered CPU (ARM) would need Atomics on every protected word, on BOTH sides: making only the reader's
 * loads atomic would not be enough, since the writers' plain stores could then become visible before the odd
 * VERSION. That was measured and rejected: Atomics.load is a builtin call in Node 20 (about 4-5 ns against
 * under 1 for a plain load), and the 6-10 of them a read needs made list indexing ~60% slower than taking the
 * lock uncontended, and a global lookup ~35 ns slower, single-threaded. The count itself only changes through
 * Atomics.compareExchange (tryIncrefShared) or by this thread as the owner.
 */
import { I32, F64, type Ref } from './heap.js';
import { RC, FLAGS, HDR, LIST, ITER, F_OWNER_SHIFT } from './layout.js';
import { tryIncrefShared, decref } from './refcount.js';
import { onThreadInit } from './alloc.js';
import { OWNER } from './threadid.js';

/** a lock-free read could not decide (a writer was active or came by): take the lock */
export const FT_UNSURE = -1;
/** a lock-free read found the value but could not prove it alive (a foreign object never marked): take the lock,
 *  and mark what it returns (markMaybeShared) so that the next read of it is lock-free. Other failures do not
 *  mark: a mark costs an atomic write now and a compare-and-swap when the object dies. */
export const FT_UNPROVEN = -2;

/** this thread's owner tag (threadid.ts OWNER, >= 1 under --gil=off) */
let own = 0;
onThreadInit(() => { own = OWNER; });

/**
 * Takes a reference to r, which was the value of a slot for the whole window between two loads of the
 * container's VERSION word (index vix) that both returned ver; rc and fl are r's RC and FLAGS words as read
 * inside that window. Returns r (now a new reference), FT_UNPROVEN or FT_UNSURE (nothing taken). Step 3 above.
 */
export function ftTake(r: Ref, rc: number, fl: number, vix: number, ver: number): Ref {
  if (rc < 0) return r;
  if ((fl >>> F_OWNER_SHIFT) === own) {
    // ours: RC is only written by this thread, so rc is still its value (0 would be an object being freed)
    if (rc === 0) return FT_UNSURE;
    I32[r + RC] = rc + 1;
    return r;
  }
  if (!tryIncrefShared(r)) return FT_UNPROVEN;
  if (Atomics.load(I32, vix) === ver) return r;
  decref(r);
  return FT_UNSURE;
}

/**
 * Item i of list l (i < 0 counts from the end) as a new reference, read without the list's lock; 0 when i is out
 * of range (at one moment: the caller raises IndexError); FT_UNSURE or FT_UNPROVEN (< 0) when the caller must
 * take the lock.
 */
export function ftListItem(l: Ref, i: number): Ref {
  const vix = l + LIST.VERSION;
  for (let tries = 0; tries < 3; tries++) {
    const ver = Atomics.load(I32, vix);
    if ((ver & 1) !== 0) return FT_UNSURE; // a writer is in: it holds the lock, so wait for it there
    const n = I32[l + LIST.SIZE];
    const j = i < 0 ? i + n : i;
    let r = 0, rc = 0, fl = 0;
    if (j >= 0 && j < n) {
      // SIZE and ITEMS may come from different versions until VERSION is checked, so ix and r may point
      // anywhere: a plain read past the heap gives undefined (r: 0), which fails every test below
      r = I32[I32[l + LIST.ITEMS] + HDR + j] | 0;
      if (r > 0) {
        rc = I32[r + RC];
        if (rc >= 0) fl = I32[r + FLAGS];
      }
    }
    if (Atomics.load(I32, vix) !== ver) continue; // a writer came by: read again
    if (j < 0 || j >= n) return 0;
    if (r <= 0) return FT_UNSURE; // (a slot is never empty inside SIZE; be safe)
    const v = ftTake(r, rc, fl, vix, ver);
    if (v !== FT_UNSURE) return v; // taken, or not provably alive (the lock)
  }
  return FT_UNSURE;
}

/**
 * next() of a list iterator, lock-free: the next item as a new reference, 0 at the end, FT_UNSURE or
 * FT_UNPROVEN (< 0) to go the locked way (types/core.ts). Under --gil=off a list iterator keeps its list until it is freed and marks the
 * end with INDEX -1 (CPython's free-threaded listiter_next does the same): another thread sharing the iterator
 * may be reading the list right now, which it can only do safely while the iterator holds a reference to it.
 * Two threads sharing one iterator may both get the same item (as in CPython); neither reads freed memory.
 */
export function ftListIterNext(it: Ref): Ref {
  const ix = (it + ITER.INDEX) >> 1;
  const x = F64[ix];
  if (!(x >= 0)) return 0;
  // INDEX is written without a lock: made a plain int32 whatever another thread sharing the iterator stored
  const i = x >= 0x7fffffff ? 0x7fffffff : x | 0;
  const l = I32[it + ITER.SEQ];
  if (l === 0) return 0;
  const v = ftListItem(l, i);
  if (v > 0) F64[ix] = i + 1;
  else if (v === 0) F64[ix] = -1;
  return v;
}
