/**
 * @fileoverview The block allocator: hands out and takes back blocks of the shared heap (heap.ts).
 * Not here: what is inside a block (layout.ts), when a block is freed (refcount.ts).
 *
 * Notes on the design
 * -------------------
 * - Size classes. A request of n words is rounded up to a class: 4, 6, 8 ... 64 words in steps of 2, then
 *   steps of about 1/8 (always even, so blocks stay 8-byte aligned). Each class has a LIFO free list whose head
 *   is a word of the control block (CTL_FREE_LISTS + class); a free block keeps the link to the next free block
 *   in its RC word and keeps its class in FLAGS, so the heap can be walked from STATIC_END to CTL_TOP block by
 *   block (heapcheck.ts) whether blocks are free or not.
 * - A block is never split or merged: a freed block only serves requests of its own class again. This keeps
 *   alloc and free to a handful of word operations, which matters because every int result is a new object.
 * - When the free list is empty the bump pointer CTL_TOP advances. Past CTL_LIMIT the allocation fails with
 *   MemoryError (raised by the caller through `onOutOfMemory`), never a JS exception.
 * - --gil=on: every thread uses the lists at CTL_FREE_LISTS and bumps CTL_TOP with plain loads and stores (the
 *   GIL serializes them). --gil=off: each thread (tid) has its own state block (PT_* below, found through the
 *   table at CTL_ALLOC_TABLE): its own free-list heads and its own bump chunk, taken from CTL_TOP CHUNK_WORDS at a
 *   time with a compare-and-swap. The hot paths read the heads through module variables (flBase, bumpBase) that
 *   initThreadAllocator points at this thread's words: under --gil=on they point at CTL_FREE_LISTS and at
 *   CTL_TOP/CTL_LIMIT, so there is one code path and no mode test.
 * - A block freed by any thread goes on the freeing thread's list. A free block records in its FLAGS word (bits
 *   8-23, F_FREE_DEPTH_SHIFT) how many blocks its list holds from it down (its depth), so pushing knows the
 *   list's length without a counter; when a list grows past SPILL_AT[c] blocks (--gil=off only; never under
 *   --gil=on) a batch of its top blocks moves to the global overflow list of that class (CTL_OVERFLOW + c, guarded
 *   by the spin lock CTL_OVERFLOW_LOCK). A thread whose list is empty takes a batch from there before bumping, so
 *   a producer thread and a consumer thread do not grow the heap forever. The batches of a class c >= 1 are
 *   linked through the first payload word (HDR) of their first block; blocks of class 0 (4 words, no payload)
 *   form one plain list there, which takeBatch takes whole (they are rare: header-only objects).
 * - A free block's LOCK word is always 0 and its owner tag (FLAGS bits 24-31) 0. Threads read items out of lists
 *   and dicts without the container's lock under --gil=off (runtime/ftread.ts): such a thread may hold a ref whose
 *   object was freed a moment ago and look at its header. Because blocks are never split or merged, that ref
 *   is still the header of a block of the same class, and a LOCK of 0 tells it "not provably alive"
 *   (refcount.ts tryIncrefShared), so it never writes a count into a free or reused block. Nothing the allocator
 *   keeps in a free block may therefore live in LOCK.
 * - Walkability: a chunk's unused tail, when the thread moves to a new chunk, is cut into free blocks (fillers).
 *   The tail of a chunk still in use, [PT_CUR, PT_REALEND), holds no headers: walkHeap skips it. The soft end
 *   PT_END is PT_REALEND - 4, so the fast path never leaves a 2-word tail (no block is that small).
 */
import { I32, type Ref } from './heap.js';
import {
  TYPE, RC, FLAGS, LOCK, HDR, BLOCK_FREE, BLOCK_RAW, SIZECLASS_MASK, F_OWNER_SHIFT, F_FREE_DEPTH_SHIFT, F_FREE_DEPTH_MAX,
  CTL_TOP, CTL_LIMIT, CTL_FREE_LISTS, CTL_NCLASSES, CTL_ALLOC_TABLE, CTL_OVERFLOW, CTL_OVERFLOW_LOCK, MAX_THREADS,
} from './layout.js';
import { TID, FT, OWNER } from './threadid.js';

/** CLASS_WORDS[c] = words in a block of class c */
export const CLASS_WORDS: Int32Array = (() => {
  const sizes: number[] = [];
  let s = 4;
  while (sizes.length < CTL_NCLASSES && s < 0x40000000) {
    sizes.push(s);
    if (s < 64) s += 2;
    else s = (Math.ceil((s + s / 8) / 2) * 2);
  }
  return Int32Array.from(sizes);
})();
export const NCLASSES = CLASS_WORDS.length;
/** SMALL_CLASS[n] = class for n words, n <= 256 */
const SMALL_CLASS = (() => {
  const t = new Uint8Array(257);
  let c = 0;
  for (let n = 0; n <= 256; n++) {
    while (CLASS_WORDS[c] < n) c++;
    t[n] = c;
  }
  return t;
})();

export function sizeClass(words: number): number {
  if (words <= 256) return SMALL_CLASS[words];
  let lo = 0, hi = NCLASSES - 1;
  if (words > CLASS_WORDS[hi]) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CLASS_WORDS[mid] >= words) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** called when the heap is exhausted; set by the runtime to raise MemoryError */
export let onOutOfMemory: () => never = () => { throw new Error('minipy heap exhausted'); };
export function setOutOfMemoryHandler(f: () => never): void { onOutOfMemory = f; }

// ------------------------------------------------------------------ per-thread state (--gil=off)
/** a thread's allocator state block (payload of a raw block): word offsets from its ref */
export const PT_HEADS = HDR;                    // NCLASSES free-list heads
export const PT_CUR = HDR + CTL_NCLASSES;       // bump chunk: next word
export const PT_END = PT_CUR + 1;               // soft end (PT_REALEND - 4, or 0): the fast path's limit
export const PT_REALEND = PT_CUR + 2;           // the chunk's end
export const PT_QLOCK = PT_CUR + 16;            // spin lock of the biased-counting queue (refcount.ts)
export const PT_QBUF = PT_CUR + 17;             // raw block of queued refs, or 0
export const PT_QLEN = PT_CUR + 18;             // how many are queued
export const PT_ALIVE = PT_CUR + 19;            // 1 while a thread with this tid runs (set/cleared under PT_QLOCK)
const PT_WORDS = PT_CUR + 32 - HDR;             // payload words
/** words taken from CTL_TOP at a time */
export const CHUNK_WORDS = 16384;

/** this thread's free-list heads: I32[flBase + c] (CTL_FREE_LISTS under --gil=on) */
let flBase = CTL_FREE_LISTS;
/** this thread's bump pointer and its limit: I32[bumpBase], I32[bumpBase + 1] (CTL_TOP/CTL_LIMIT under --gil=on) */
let bumpBase = CTL_TOP;
/** the owner tag written into FLAGS of every object this thread allocates (0 under --gil=on) */
let ownBits = 0;
/** this thread's state block (0 under --gil=on) */
let myPt = 0;
const NO_SPILL = new Int32Array(CTL_NCLASSES).fill(0x7fffffff);
/** per class: a free list longer than this spills a batch to the overflow list (never under --gil=on) */
let SPILL_AT: Int32Array = NO_SPILL;
/** --gil=off limits: about 4K words' worth per class, at least 4 blocks, at most 256 */
const FT_SPILL: Int32Array = (() => {
  const t = new Int32Array(CTL_NCLASSES).fill(0x7fffffff);
  for (let c = 0; c < NCLASSES; c++) t[c] = Math.max(4, Math.min(256, Math.floor(4096 / CLASS_WORDS[c])));
  return t;
})();

const threadInitHooks: (() => void)[] = [];
/** runs after initThreadAllocator (refcount.ts copies the owner tag) */
export function onThreadInit(f: () => void): void { threadInitHooks.push(f); f(); }

/** this thread's state block (0 under --gil=on) */
export function myThreadState(): number { return myPt; }
/** the state block of tid, or 0 */
export function threadState(tid: number): number {
  const t = I32[CTL_ALLOC_TABLE];
  return t > 0 ? I32[t + HDR + tid] : 0;
}

/**
 * Points this thread's allocation fast paths at its own free lists and chunk (--gil=off) or at the shared ones
 * (--gil=on). Called by a worker after setThreadIdentity, before it allocates; again whenever the identity changes.
 */
export function initThreadAllocator(): void {
  if (!FT) {
    flBase = CTL_FREE_LISTS; bumpBase = CTL_TOP; ownBits = 0; myPt = 0; SPILL_AT = NO_SPILL;
  } else {
    const table = ensureTable();
    let pt = I32[table + HDR + TID];
    if (pt === 0) {
      pt = globalRawBlock(PT_WORDS);
      for (let i = HDR; i < HDR + PT_WORDS; i++) I32[pt + i] = 0;
      Atomics.store(I32, table + HDR + TID, pt);
    }
    flBase = pt + PT_HEADS; bumpBase = pt + PT_CUR; ownBits = OWNER << F_OWNER_SHIFT; myPt = pt; SPILL_AT = FT_SPILL;
    spinLock(pt + PT_QLOCK);
    I32[pt + PT_ALIVE] = 1;
    spinUnlock(pt + PT_QLOCK);
  }
  for (const f of threadInitHooks) f();
}

/**
 * A thread (--gil=off) is done: returns its free blocks and the rest of its chunk to the overflow lists so
 * other threads use them, and marks its tid as not running (objects queued to it from now on are merged by the
 * thread that queues them). The caller merges its biased-counting queue first (refcount.ts threadExit does both).
 */
export function releaseThreadAllocator(): void {
  const pt = myPt;
  if (pt === 0) return;
  spinLock(pt + PT_QLOCK);
  I32[pt + PT_ALIVE] = 0;
  spinUnlock(pt + PT_QLOCK);
  retireChunk();
  for (let c = 0; c < NCLASSES; c++) {
    while (I32[flBase + c] !== 0) spill(c, 0x7fffffff);
  }
}

/** a raw block of `payload` words straight from CTL_TOP (atomically), outside any chunk */
function globalRawBlock(payload: number): Ref {
  const c = sizeClass(payload + HDR);
  const size = CLASS_WORDS[c];
  for (;;) {
    const top = Atomics.load(I32, CTL_TOP);
    if (top + size > I32[CTL_LIMIT]) return onOutOfMemory();
    if (Atomics.compareExchange(I32, CTL_TOP, top, top + size) === top) {
      I32[top + TYPE] = BLOCK_RAW; I32[top + RC] = 1; I32[top + FLAGS] = c | ownBits; I32[top + LOCK] = 0;
      return top;
    }
  }
}

/** the allocator table, created by the first --gil=off thread (which also adopts what was allocated before) */
function ensureTable(): number {
  for (;;) {
    const t = Atomics.load(I32, CTL_ALLOC_TABLE);
    if (t > 0) return t;
    if (t === 0 && Atomics.compareExchange(I32, CTL_ALLOC_TABLE, 0, -1) === 0) break;
    Atomics.wait(I32, CTL_ALLOC_TABLE, -1, 5);
  }
  const table = globalRawBlock(MAX_THREADS);
  for (let i = 0; i < MAX_THREADS; i++) I32[table + HDR + i] = 0;
  adoptHeap();
  Atomics.store(I32, CTL_ALLOC_TABLE, table);
  Atomics.notify(I32, CTL_ALLOC_TABLE);
  return table;
}

/** what may run when the first thread goes free-threaded: set by refcount.ts (merges the counts of objects
 *  allocated before, which carry owner tag 0) */
let adoptHook: (() => void) | null = null;
export function setAdoptHook(f: () => void): void { adoptHook = f; }
function adoptHeap(): void {
  // the shared free lists of --gil=on become overflow batches every thread can take
  for (let c = 0; c < NCLASSES; c++) {
    const saved = flBase;
    flBase = CTL_FREE_LISTS;
    while (I32[CTL_FREE_LISTS + c] !== 0) spill(c, FT_SPILL[c]);
    flBase = saved;
  }
  if (adoptHook !== null) adoptHook();
}

function spinLock(ix: number): void {
  let n = 0;
  while (Atomics.compareExchange(I32, ix, 0, 1) !== 0) {
    if (++n > 64) Atomics.wait(I32, ix, 1, 0.05);
  }
}
function spinUnlock(ix: number): void {
  Atomics.store(I32, ix, 0);
  Atomics.notify(I32, ix, 1);
}
export { spinLock as allocSpinLock, spinUnlock as allocSpinUnlock };

// ------------------------------------------------------------------ the fast paths
/** A block of at least `words` words (header included) for an object of type `type`, with RC 1. */
export function allocBlock(type: number, words: number): Ref {
  const c = words <= 256 ? SMALL_CLASS[words] : sizeClass(words);
  if (c < 0) return onOutOfMemory();
  const fl = flBase + c;
  let r = I32[fl];
  if (r !== 0) {
    I32[fl] = I32[r + RC];
  } else if (I32[CTL_OVERFLOW + c] !== 0 && (r = takeBatch(c)) !== 0) {
    // a batch from the overflow list (--gil=off only; the word is always 0 under --gil=on)
  } else {
    r = I32[bumpBase];
    const e = r + CLASS_WORDS[c];
    if (e > I32[bumpBase + 1]) r = bumpSlow(c);
    else I32[bumpBase] = e;
  }
  I32[r + TYPE] = type;
  I32[r + RC] = 1;
  I32[r + FLAGS] = c | ownBits;
  I32[r + LOCK] = 0;
  return r;
}

/** A raw (non-object) block with `payload` usable words starting at r + HDR. */
export function allocRaw(payload: number): Ref {
  return allocBlock(BLOCK_RAW, payload + HDR);
}

/** usable words of a raw block */
export function rawCapacity(r: Ref): number {
  return CLASS_WORDS[I32[r + FLAGS] & SIZECLASS_MASK] - HDR;
}

export function blockWords(r: Ref): number {
  return CLASS_WORDS[I32[r + FLAGS] & SIZECLASS_MASK];
}

export function freeBlock(r: Ref): void {
  const c = I32[r + FLAGS] & SIZECLASS_MASK;
  const fl = flBase + c;
  const h = I32[fl];
  let n = h === 0 ? 1 : (I32[h + FLAGS] >>> F_FREE_DEPTH_SHIFT) + 1;
  if (n > F_FREE_DEPTH_MAX) n = F_FREE_DEPTH_MAX; // only under --gil=on, where nothing spills
  I32[r + TYPE] = BLOCK_FREE;
  I32[r + FLAGS] = c | (n << F_FREE_DEPTH_SHIFT);
  I32[r + RC] = h;
  I32[r + LOCK] = 0;
  I32[fl] = r;
  if (n > SPILL_AT[c]) spill(c, SPILL_AT[c] >> 1);
}

/** the size class of a NUM block (every int that fits in 53 bits, every float): the most allocated size */
export const NUM_CLASS = SMALL_CLASS[6];
const NUM_WORDS = CLASS_WORDS[NUM_CLASS];

/** allocBlock(type, 6) with the class known in advance: the int/float fast path */
export function allocNum(type: number): Ref {
  const fl = flBase + NUM_CLASS;
  let r = I32[fl];
  if (r !== 0) I32[fl] = I32[r + RC];
  else r = allocNumSlow(); // out of line: this body stays small enough for V8 to inline it into the eval loop
  I32[r + TYPE] = type;
  I32[r + RC] = 1;
  I32[r + FLAGS] = NUM_CLASS | ownBits;
  I32[r + LOCK] = 0;
  return r;
}

/** allocNum when this thread's list is empty: a batch from the overflow list, or the bump pointer */
function allocNumSlow(): Ref {
  if (I32[CTL_OVERFLOW + NUM_CLASS] !== 0) {
    const r = takeBatch(NUM_CLASS);
    if (r !== 0) return r;
  }
  const r = I32[bumpBase];
  const e = r + NUM_WORDS;
  if (e > I32[bumpBase + 1]) return bumpSlow(NUM_CLASS);
  I32[bumpBase] = e;
  return r;
}

// ------------------------------------------------------------------ the slow paths
/** the bump pointer cannot serve a block of class c: MemoryError (--gil=on), or the chunk's exact end, a block
 *  straight from CTL_TOP (big blocks) or a new chunk (--gil=off) */
function bumpSlow(c: number): Ref {
  const size = CLASS_WORDS[c];
  if (myPt === 0) return onOutOfMemory(); // --gil=on: CTL_TOP + size passes CTL_LIMIT
  const pt = myPt;
  const cur = I32[pt + PT_CUR], realEnd = I32[pt + PT_REALEND];
  if (cur + size === realEnd) { I32[pt + PT_CUR] = realEnd; I32[pt + PT_END] = 0; return cur; }
  if (size > CHUNK_WORDS >> 2) {
    // a big block: straight from CTL_TOP, the chunk stays
    for (;;) {
      const top = Atomics.load(I32, CTL_TOP);
      if (top + size > I32[CTL_LIMIT]) return onOutOfMemory();
      if (Atomics.compareExchange(I32, CTL_TOP, top, top + size) === top) return top;
    }
  }
  retireChunk();
  for (;;) {
    const top = Atomics.load(I32, CTL_TOP);
    let want = CHUNK_WORDS;
    const lim = I32[CTL_LIMIT];
    if (top + want > lim) want = lim - top;
    if (want < size) return onOutOfMemory();
    if (Atomics.compareExchange(I32, CTL_TOP, top, top + want) === top) {
      const end = top + want;
      if (top + size === end) { I32[pt + PT_CUR] = end; I32[pt + PT_END] = 0; I32[pt + PT_REALEND] = end; return top; }
      I32[pt + PT_CUR] = top + size;
      I32[pt + PT_REALEND] = end;
      I32[pt + PT_END] = end - 4;
      if (end - (top + size) === 2) {
        // only the last CTL_LIMIT chunk can be that short: give the 2 words to this block's neighbour... none;
        // keep the tail out of reach (its 2 words stay unused; walkHeap skips [PT_CUR, PT_REALEND))
        I32[pt + PT_END] = 0;
      }
      return top;
    }
  }
}

/** cuts the unused tail of this thread's chunk into free blocks (so the heap stays walkable) */
function retireChunk(): void {
  const pt = myPt;
  let cur = I32[pt + PT_CUR];
  const end = I32[pt + PT_REALEND];
  I32[pt + PT_END] = 0;
  while (end - cur >= 4) {
    const rem = end - cur;
    let c = rem <= 256 ? SMALL_CLASS[rem] : sizeClass(rem);
    if (c < 0 || CLASS_WORDS[c] > rem) c--;
    while (rem - CLASS_WORDS[c] === 2) c--;
    I32[cur + TYPE] = BLOCK_FREE; I32[cur + FLAGS] = c; I32[cur + RC] = 0; I32[cur + LOCK] = 0;
    const b = cur;
    cur += CLASS_WORDS[c];
    I32[pt + PT_CUR] = cur;
    freeBlock(b);
  }
  I32[pt + PT_CUR] = cur;
  if (cur === end) { I32[pt + PT_CUR] = 0; I32[pt + PT_REALEND] = 0; }
}

/** moves the top `n` blocks (or all) of this thread's list c to the overflow list, as one batch */
function spill(c: number, n: number): void {
  const fl = flBase + c;
  const first = I32[fl];
  if (first === 0) return;
  let last = first;
  for (let i = 1; i < n; i++) {
    const nx = I32[last + RC];
    if (nx === 0) break;
    last = nx;
  }
  I32[fl] = I32[last + RC];
  I32[last + RC] = 0;
  spinLock(CTL_OVERFLOW_LOCK);
  if (c === 0) I32[last + RC] = I32[CTL_OVERFLOW]; // class 0: one plain list (no payload word for a link)
  else I32[first + HDR] = I32[CTL_OVERFLOW + c];
  I32[CTL_OVERFLOW + c] = first;
  spinUnlock(CTL_OVERFLOW_LOCK);
}

/** takes a batch of class c from the overflow list as this thread's list c (empty), pops and returns its first
 *  block; 0 if the overflow list is empty */
function takeBatch(c: number): Ref {
  spinLock(CTL_OVERFLOW_LOCK);
  const first = I32[CTL_OVERFLOW + c];
  if (first === 0) { spinUnlock(CTL_OVERFLOW_LOCK); return 0; }
  I32[CTL_OVERFLOW + c] = c === 0 ? 0 : I32[first + HDR];
  spinUnlock(CTL_OVERFLOW_LOCK);
  let n = 0;
  for (let b = I32[first + RC]; b !== 0; b = I32[b + RC]) n++;
  for (let b = I32[first + RC]; b !== 0; b = I32[b + RC]) {
    I32[b + FLAGS] = c | ((n > F_FREE_DEPTH_MAX ? F_FREE_DEPTH_MAX : n) << F_FREE_DEPTH_SHIFT);
    n--;
  }
  I32[flBase + c] = I32[first + RC];
  return first;
}

/** for heapcheck: calls fn(head) for every free list (shared, per thread, overflow batches) of class c */
export function forEachFreeList(c: number, fn: (head: Ref, where: string) => void): void {
  fn(I32[CTL_FREE_LISTS + c], 'shared');
  const t = I32[CTL_ALLOC_TABLE];
  if (t > 0) {
    for (let tid = 0; tid < MAX_THREADS; tid++) {
      const pt = I32[t + HDR + tid];
      if (pt !== 0) fn(I32[pt + PT_HEADS + c], `tid ${tid}`);
    }
  }
  if (c === 0) fn(I32[CTL_OVERFLOW], 'overflow');
  else for (let b = I32[CTL_OVERFLOW + c]; b !== 0; b = I32[b + HDR]) fn(b, 'overflow');
}

/** for heapcheck: the tails of chunks in use, [start, end) with no headers, keyed by start */
export function chunkTails(): Map<number, number> {
  const m = new Map<number, number>();
  const t = I32[CTL_ALLOC_TABLE];
  if (t > 0) {
    for (let tid = 0; tid < MAX_THREADS; tid++) {
      const pt = I32[t + HDR + tid];
      if (pt !== 0 && I32[pt + PT_CUR] !== 0 && I32[pt + PT_CUR] < I32[pt + PT_REALEND]) m.set(I32[pt + PT_CUR], I32[pt + PT_REALEND]);
    }
  }
  return m;
}

// A worker sets its identity (threadid.ts) before it loads any runtime module, and runtime modules may allocate
// while they are evaluated: so the allocator points at this thread's lists as soon as it exists.
initThreadAllocator();
