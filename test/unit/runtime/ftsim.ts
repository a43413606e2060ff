// Threads simulated in one process, for the --gil=off unit tests (brc.test.ts, ftread.test.ts): each step runs
// "as" a tid (setThreadIdentity + initThreadAllocator), as a worker does before touching the heap.
import { I32 } from '../../../src/runtime/heap.js';
import { setThreadIdentity } from '../../../src/runtime/threadid.js';
import { initThreadAllocator } from '../../../src/runtime/alloc.js';
import { TYPE, LOCK, BLOCK_FREE, RC_SHARED_SHIFT } from '../../../src/runtime/layout.js';

export function as(tid: number): void {
  setThreadIdentity(tid, true);
  initThreadAllocator();
}
/** the shared half of r's biased count */
export const shared = (r: number): number => I32[r + LOCK] >> RC_SHARED_SHIFT;
export const isFree = (r: number): boolean => I32[r + TYPE] === BLOCK_FREE;
