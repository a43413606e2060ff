// Threads simulated in one process, for the --gil=off unit tests (brc.test.ts, ftread.test.ts): each step runs
// "as" a tid (setThreadIdentity + initThreadAllocator), as a worker does before touching the heap.
import { I32 } from '../../../src/runtime/heap.js';
import { setThreadIdentity } from '../../../src/runtime/threadid.js';
import { initThreadAllocator, allocRaw } from '../../../src/runtime/alloc.js';
import {
  TYPE, LOCK, BLOCK_FREE, RC_SHARED_SHIFT, CTL_THREAD_TABLE, TS_WORDS, MAX_THREADS, HDR,
} from '../../../src/runtime/layout.js';
import { newInt } from '../../../src/runtime/objects/int.js';
import { initRuntime } from '../../../src/vm/runtime.js';

export function as(tid: number): void {
  setThreadIdentity(tid, true);
  initThreadAllocator();
}
/** the shared half of r's biased count */
export const shared = (r: number): number => I32[r + LOCK] >> RC_SHARED_SHIFT;
export const isFree = (r: number): boolean => I32[r + TYPE] === BLOCK_FREE;

/** the runtime set up as the main thread would, plus a thread table (runThreadJob's workers have one), then as(0):
 *  for a beforeAll */
export function setUpThreads(): void {
  initRuntime({ argv: [], path0: '' });
  if (I32[CTL_THREAD_TABLE] === 0) {
    const t = allocRaw(MAX_THREADS * TS_WORDS);
    for (let i = 0; i < MAX_THREADS * TS_WORDS; i++) I32[t + HDR + i] = 0;
    I32[CTL_THREAD_TABLE] = t + HDR;
  }
  as(0);
}

let seq = 0;
/** a new mortal object with no fields to release (an int past the small-int cache), distinct each call */
export const mortal = (): number => newInt(1e12 + ++seq);
