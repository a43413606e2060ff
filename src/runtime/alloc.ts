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
 * - Thread safety (the threads issue) will add per-thread caches in front of these lists; everything here goes
 *   through allocBlock/freeBlock so that only this file changes.
 */
import { I32, HEAP_WORDS, type Ref } from './heap.js';
import {
  TYPE, RC, FLAGS, LOCK, HDR, BLOCK_FREE, BLOCK_RAW, SIZECLASS_MASK,
  CTL_TOP, CTL_LIMIT, CTL_FREE_LISTS, CTL_NCLASSES,
} from './layout.js';

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

/** A block of at least `words` words (header included) for an object of type `type`, with RC 1. */
export function allocBlock(type: number, words: number): Ref {
  const c = words <= 256 ? SMALL_CLASS[words] : sizeClass(words);
  const head = I32[CTL_FREE_LISTS + c];
  let r: number;
  if (head !== 0) {
    r = head;
    I32[CTL_FREE_LISTS + c] = I32[head + RC];
  } else {
    r = I32[CTL_TOP];
    const size = c < 0 ? 0x7fffffff : CLASS_WORDS[c];
    if (c < 0 || r + size > I32[CTL_LIMIT]) return onOutOfMemory();
    I32[CTL_TOP] = r + size;
  }
  I32[r + TYPE] = type;
  I32[r + RC] = 1;
  I32[r + FLAGS] = c;
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
  I32[r + TYPE] = BLOCK_FREE;
  I32[r + FLAGS] = c;
  I32[r + RC] = I32[CTL_FREE_LISTS + c];
  I32[CTL_FREE_LISTS + c] = r;
}

/** the size class of a NUM block (every int that fits in 53 bits, every float): the most allocated size */
export const NUM_CLASS = SMALL_CLASS[6];
const NUM_FREE = CTL_FREE_LISTS + NUM_CLASS;

/** allocBlock(type, 6) with the class known in advance: the int/float fast path */
export function allocNum(type: number): Ref {
  let r = I32[NUM_FREE];
  if (r !== 0) {
    I32[NUM_FREE] = I32[r + RC];
  } else {
    r = I32[CTL_TOP];
    if (r + 6 > I32[CTL_LIMIT]) return onOutOfMemory();
    I32[CTL_TOP] = r + 6;
  }
  I32[r + TYPE] = type;
  I32[r + RC] = 1;
  I32[r + FLAGS] = NUM_CLASS;
  I32[r + LOCK] = 0;
  return r;
}
