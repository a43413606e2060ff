/**
 * @fileoverview Who this worker is: its thread slot (TID), whether the process runs free-threaded (FT,
 * --gil=off), and the owner tag it writes into the objects it allocates (OWNER). Set once when a worker starts
 * (vm/worker.ts); a single-threaded unit test leaves the defaults (tid 0, GIL mode).
 *
 * Under --gil=on every thread uses OWNER 0, so every object looks "owned by me" to every thread and reference
 * counting stays plain loads and stores (the GIL serializes them). Under --gil=off OWNER is TID + 1, and
 * refcount.ts counts a foreign object's references in its shared count, atomically (biased counting, PEP 703).
 */
export let TID = 0;
export let FT = false;
export let OWNER = 0;

export function setThreadIdentity(tid: number, freeThreaded: boolean): void {
  TID = tid;
  FT = freeThreaded;
  OWNER = freeThreaded ? tid + 1 : 0;
}
