/**
 * @fileoverview What a thread does when its eval-breaker word (its slot's TS_BREAKER, thread-state.ts) is not
 * zero. The interpreter tests that word with one plain load at the points CPython 3.14 checks its eval breaker
 * (RESUME, JUMP_BACKWARD, after a call: interpreter.ts) and calls handleEvalBreaker() only when a bit is set,
 * so a thread nobody is asking anything of pays one load and one compare per check point.
 *
 * The bits (gil.ts EB_*): a GIL drop request, Ctrl-C, biased reference counts to merge (--gil=off), stop, and
 * (--gil=off) a quiescent point to report for the values retired from class namespaces (runtime/qsbr.ts).
 */
import { I32 } from '../runtime/heap.js';
import { raise, Exc } from '../runtime/errors.js';
import { MY_BREAKER } from './thread-state.js';
import { EB_DROP, EB_INTERRUPT, EB_BRC, EB_STOP, EB_ALWAYS, yieldGil } from './gil.js';
import { CTL_GIL_WAITERS } from '../runtime/layout.js';
import { EB_QSBR, qsbrPoll } from '../runtime/qsbr.js';

/** thrown (not a Python exception) to end a daemon thread when the process exits */
export class ThreadStop extends Error {}

let brcMerge: (() => void) | null = null;
/** refcount.ts's merge of queued biased counts, run on EB_BRC */
export function setBrcHandler(f: () => void): void { brcMerge = f; }


export function handleEvalBreaker(): void {
  const bits = Atomics.load(I32, MY_BREAKER);
  if (bits & EB_BRC) {
    Atomics.and(I32, MY_BREAKER, ~EB_BRC);
    if (brcMerge !== null) brcMerge();
  }
  if (bits & EB_STOP) throw new ThreadStop('thread stopped at exit');
  // a check point is a quiescent point: no borrowed reference from a class lookup is held here
  if (bits & EB_QSBR) qsbrPoll();
  if (bits & EB_DROP) {
    Atomics.and(I32, MY_BREAKER, ~EB_DROP);
    yieldGil();
  } else if ((bits & EB_ALWAYS) && Atomics.load(I32, CTL_GIL_WAITERS) > 0) {
    yieldGil();
  }
  if (bits & EB_INTERRUPT) {
    Atomics.and(I32, MY_BREAKER, ~EB_INTERRUPT);
    raise(Exc.KeyboardInterrupt, null);
  }
}

/** the check used by blocking waits: raises KeyboardInterrupt (or stops) if asked to, does nothing else */
export function checkInterrupts(): void {
  const bits = Atomics.load(I32, MY_BREAKER);
  if (bits & EB_STOP) throw new ThreadStop('thread stopped at exit');
  if (bits & EB_INTERRUPT) {
    Atomics.and(I32, MY_BREAKER, ~EB_INTERRUPT);
    raise(Exc.KeyboardInterrupt, null);
  }
}
