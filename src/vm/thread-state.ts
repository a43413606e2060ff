/**
 * @fileoverview This worker's Python thread: its slot in the heap's thread table (layout.ts TS_*), and the words
 * other threads use to reach it (its eval-breaker word, its state for the deadlock watch). One worker runs one
 * Python thread at a time; a pooled worker runs many in turn, so the ident and name change per job.
 * Not here: the lock itself (gil.ts), what the eval breaker does (eval-breaker.ts).
 */
import { I32 } from '../runtime/heap.js';
import {
  CTL_THREAD_TABLE, TS_WORDS, TS_BREAKER, TS_STATE, CTL_TID_HIGH, MAX_THREADS, ST_UNUSED, ST_RUNNING, ST_BLOCKED, ST_IDLE,
} from '../runtime/layout.js';
import { allocRaw } from '../runtime/alloc.js';
import { makeImmortal } from '../runtime/refcount.js';
import { HDR } from '../runtime/layout.js';
import { TID } from '../runtime/threadid.js';
import { qsbrQuiescent } from '../runtime/qsbr.js';

/** TS_STATE values (layout.ts) */
export { ST_UNUSED, ST_RUNNING, ST_BLOCKED, ST_IDLE };

/** first word of thread `tid`'s slot */
export function slotOf(tid: number): number {
  return I32[CTL_THREAD_TABLE] + tid * TS_WORDS;
}

/** this worker's slot and eval-breaker word (set by initThreadState) */
export let MY_SLOT = 0;
export let MY_BREAKER = 0;

/** the heap-creating thread makes the table (zeroed: every slot unused, no breaker bits) */
export function createThreadTable(): void {
  const words = MAX_THREADS * TS_WORDS;
  const t = allocRaw(words + TS_WORDS);
  makeImmortal(t);
  // align the table on 64 bytes so that each 16-word slot is its own cache line
  const base = (t + HDR + 15) & ~15;
  I32.fill(0, t + HDR, t + HDR + words + TS_WORDS);
  I32[CTL_THREAD_TABLE] = base;
}

export function initThreadState(): void {
  MY_SLOT = slotOf(TID);
  MY_BREAKER = MY_SLOT + TS_BREAKER;
  // the table's used part only grows: slots are never handed back (a pooled worker keeps its tid)
  for (let h = Atomics.load(I32, CTL_TID_HIGH); h < TID + 1; h = Atomics.load(I32, CTL_TID_HIGH)) {
    if (Atomics.compareExchange(I32, CTL_TID_HIGH, h, TID + 1) === h) break;
  }
  setMyState(ST_RUNNING);
}

export function setMyState(st: number): void {
  // a thread that starts running Python holds no borrowed reference from before: it is at a quiescent point
  // (runtime/qsbr.ts), recorded before the state says it runs
  if (st === ST_RUNNING) qsbrQuiescent();
  Atomics.store(I32, MY_SLOT + TS_STATE, st);
}

/** hands a new thread's job (a tuple: function, args, kwargs, ident index) to the supervisor (worker.ts sets it) */
export let threadStarter: ((job: number) => void) | null = null;
export function setThreadStarter(f: (job: number) => void): void { threadStarter = f; }
/** asks the supervisor to start a spare worker (sent when _thread is first imported) */
export let threadPrewarm: (() => void) | null = null;
export function setThreadPrewarm(f: () => void): void { threadPrewarm = f; }
