/**
 * @fileoverview --gil=off: a value taken out of a class namespace is freed only after every thread that runs
 * Python has passed a quiescent point since (quiescent-state-based reclamation, CPython 3.14t's Python/qsbr.c).
 *
 * Why: a class attribute is looked up far more often than anything else (every method call, every `obj.x` that
 * is not an instance attribute, every operator on an instance), so typeLookup (typeobj.ts) returns a borrowed
 * reference, and its type cache keeps borrowed references too. Under the GIL nothing can change the class
 * between the lookup and the caller's use. Free-threaded, another thread can rebind `C.attr` in between, and
 * the old value, whose only reference was the class's, would be freed under the reader: a racy program would
 * corrupt the heap (test/py/threads/stress_class_rebind.py did, within a few runs).
 *
 * So when a dict that class lookups read (F_DICT_OF_TYPE, dict.ts) drops a value under --gil=off, the reference
 * is retired here instead of dropped:
 * - retire() numbers it with the next CTL_QSBR_SEQ and keeps it in this thread's list;
 * - a thread is at a quiescent point when it holds no borrowed reference from a class lookup: at an eval-breaker
 *   check point of the eval loop (borrowed references never live across a call into Python: that would not be
 *   safe under the GIL either), and whenever it is not running Python (blocked, idle: thread-state.ts records
 *   the sequence number when it starts running again). There it stores the CTL_QSBR_SEQ it sees in its slot
 *   (TS_QSBR);
 * - once every running thread's TS_QSBR has reached a value's number, no thread can still hold it borrowed, and
 *   the retiring thread drops the reference (qsbrPoll, at its own next check point: never inside the dict's
 *   critical section, where a finalizer must not run). Threads that lag get EB_QSBR in their eval-breaker word,
 *   which makes them report at their next check point.
 * Under --gil=on nothing is retired.
 */
import { I32, type Ref } from './heap.js';
import {
  RC, CTL_QSBR_SEQ, CTL_TID_HIGH, CTL_THREADS_ALIVE, CTL_BOOTING, CTL_THREAD_TABLE, TS_WORDS, TS_BREAKER, TS_STATE,
  TS_QSBR, MAX_THREADS, ST_RUNNING,
} from './layout.js';
import { TID, FT } from './threadid.js';
import { decref } from './refcount.js';

/** eval-breaker bit (vm/gil.ts EB_QSBR): report a quiescent point, and free what may be freed */
export const EB_QSBR = 32;

/** this thread's retired references, oldest first, and their sequence numbers (increasing) */
const retired: Ref[] = [];
const seqs: number[] = [];

function slot(tid: number): number {
  return I32[CTL_THREAD_TABLE] + tid * TS_WORDS;
}

/** set at exit, once no other thread runs Python (qsbrDrain(true)): a retired reference is dropped at once */
let alone = false;

/** takes the caller's reference to v, to be dropped once no thread can hold v borrowed any more */
export function retire(v: Ref): void {
  if (I32[v + RC] < 0) return; // immortal: nothing to drop
  // no other thread runs Python (a thread is counted from before it starts until after it stopped reading), and
  // no pool worker is attaching: nobody can hold v borrowed, drop it now (a class-level counter `C.n += 1` in a
  // single-threaded program would otherwise pay a poll per increment)
  if (alone || (Atomics.load(I32, CTL_THREADS_ALIVE) === 1 && Atomics.load(I32, CTL_BOOTING) === 0)) {
    decref(v);
    return;
  }
  seqs.push(Atomics.add(I32, CTL_QSBR_SEQ, 1) + 1);
  retired.push(v);
  Atomics.or(I32, slot(TID) + TS_BREAKER, EB_QSBR); // poll at this thread's next check point
}

/**
 * Drops a reference that other threads may be using borrowed (read from a field without taking a count, as a
 * function's __defaults__ by a call): under --gil=off it is retired, under the GIL dropped at once. v may be 0.
 */
export function dropAfterReaders(v: Ref): void {
  if (v === 0) return;
  if (FT) retire(v);
  else decref(v);
}

/**
 * Stores v (the caller's reference; may be 0) in the object field at word `at` and drops the old value with
 * dropAfterReaders. Under --gil=off the store is one exchange, so that two threads setting the field at once each
 * drop a different old value (a plain read-then-write gave both the same one, dropped twice).
 */
export function swapAfterReaders(at: number, v: Ref): void {
  if (FT) { dropAfterReaders(Atomics.exchange(I32, at, v)); return; }
  const old = I32[at];
  I32[at] = v;
  dropAfterReaders(old);
}

/** records a quiescent point of this thread without polling: for a wait that is not a blocking call (the main
 *  thread waiting at exit for the other threads to end, which may be draining their own retired references) */
export function qsbrQuiescent(): void {
  Atomics.store(I32, slot(TID) + TS_QSBR, Atomics.load(I32, CTL_QSBR_SEQ));
}

/**
 * At a quiescent point of this thread (eval breaker with EB_QSBR): records it, drops the retired references
 * every running thread has passed, and asks the threads that have not to report. Returns how many are left.
 */
export function qsbrPoll(): number {
  const me = slot(TID);
  Atomics.and(I32, me + TS_BREAKER, ~EB_QSBR);
  qsbrQuiescent();
  if (retired.length === 0) return 0;
  const newest = seqs[seqs.length - 1];
  let passed = newest;
  const high = Math.min(MAX_THREADS, Atomics.load(I32, CTL_TID_HIGH));
  for (let t = 0; t < high; t++) {
    if (t === TID) continue;
    const s = slot(t);
    if (Atomics.load(I32, s + TS_STATE) !== ST_RUNNING) continue;
    const q = Atomics.load(I32, s + TS_QSBR);
    if (q < newest) {
      Atomics.or(I32, s + TS_BREAKER, EB_QSBR);
      if (q < passed) passed = q;
    }
  }
  let n = 0;
  while (n < retired.length && seqs[n] <= passed) n++;
  if (n > 0) {
    const free = retired.splice(0, n);
    seqs.splice(0, n);
    for (const v of free) decref(v); // may run finalizers (and retire more)
  }
  if (retired.length > 0) Atomics.or(I32, me + TS_BREAKER, EB_QSBR);
  return retired.length;
}

/**
 * Drops every reference this thread retired, waiting for the other running threads to pass a quiescent point
 * (they are asked to): for a thread that ends, and for the main thread at exit, which passes `last` once the
 * other threads are stopped: from then on (the exit's teardown of the heap) retire() drops at once.
 */
export function qsbrDrain(last = false): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  // at exit, a thread that did not stop (busy in a long builtin) gets a second: then what is left stays
  // allocated (the process ends, and the refcount report is skipped while a thread runs)
  const end = last ? Date.now() + 1000 : Infinity;
  while (qsbrPoll() > 0 && Date.now() < end) Atomics.wait(pause, 0, 0, 1);
  if (last) alone = true;
}
