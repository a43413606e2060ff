/**
 * @fileoverview The shared heap: one SharedArrayBuffer that holds every Python object, and the typed-array views
 * every other runtime file reads it through. Not here: block allocation (alloc.ts), object layouts (layout.ts).
 *
 * Notes on the design
 * -------------------
 * - The buffer is a plain (non-growable) SharedArrayBuffer of `--heap-size` bytes. Memory is committed by the OS
 *   only when a page is first touched, so a 1 GiB heap costs nothing until used: the allocator's bump pointer
 *   (alloc.ts, word HEAP_TOP of the control block) is what "grows", and MemoryError is raised when it would pass
 *   the end. A growable SAB would grow the buffer itself, but on Node 20 (V8 11.3) every typed-array access on a
 *   growable SAB measured ~14x slower than on a fixed one (50M accesses: 2.1 s against 0.15 s), which would make
 *   the interpreter slower than the whole speed budget allows.
 * - The views are module-level constants, created when this module is first evaluated. The entry point decides
 *   the size (or, in a worker, hands over the existing buffer) by setting `globalThis.__minipyHeapConfig` BEFORE
 *   importing any runtime module; without it a default-sized fresh heap is created (unit tests do that).
 * - A reference (Ref) is the WORD index of an object's first header word. Objects are 8-byte aligned (refs are
 *   even), so the float64 at word w is F64[w >> 1]. Ref 0 is NULL.
 */

import { CTL_MAGIC, CTL_TOP, CTL_LIMIT, CTL_RECURSION_LIMIT, STATIC_END } from './layout.js';

export interface HeapConfig {
  /** an existing heap to attach to (a worker), or undefined to make a new one */
  sab?: SharedArrayBuffer;
  /** with sab: true when this thread must initialize it (the main Python thread; the supervisor only made it) */
  fresh?: boolean;
  /** bytes, for a new heap */
  size?: number;
}

declare global {
  // eslint-disable-next-line no-var
  var __minipyHeapConfig: HeapConfig | undefined;
}

export const DEFAULT_HEAP_SIZE = 1024 * 1024 * 1024;
export const MIN_HEAP_SIZE = 8 * 1024 * 1024;
export const MAX_HEAP_SIZE = 4 * 1024 * 1024 * 1024 - 8;

function makeBuffer(): { sab: SharedArrayBuffer; fresh: boolean } {
  const cfg = globalThis.__minipyHeapConfig;
  if (cfg?.sab) return { sab: cfg.sab, fresh: cfg.fresh === true };
  let size = cfg?.size ?? DEFAULT_HEAP_SIZE;
  size = Math.min(MAX_HEAP_SIZE, Math.max(MIN_HEAP_SIZE, size)) & ~7;
  return { sab: new SharedArrayBuffer(size), fresh: true };
}

const made = makeBuffer();
export const SAB: SharedArrayBuffer = made.sab;
/** true when this thread created the heap (and must initialize it), false when it attached to one */
export const FRESH: boolean = made.fresh;
export const I32 = new Int32Array(SAB);
export const U32 = new Uint32Array(SAB);
export const U8 = new Uint8Array(SAB);
export const F64 = new Float64Array(SAB);
/** heap size in words */
export const HEAP_WORDS = I32.length;

// A fresh heap starts with an empty allocator: the bump pointer right after the static region (layout.ts),
// set here so that any runtime module may allocate while it is being evaluated.
if (FRESH) {
  I32[CTL_MAGIC] = 0x6d696e69;
  I32[CTL_TOP] = STATIC_END;
  I32[CTL_LIMIT] = HEAP_WORDS;
  I32[CTL_RECURSION_LIMIT] = 1000;
}

/** A heap reference: the word index of an object header. A plain number at runtime. */
export type Ref = number;
export const NULL: Ref = 0;
