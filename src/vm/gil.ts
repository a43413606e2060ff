/**
 * @fileoverview The global interpreter lock of --gil=on: one word of the heap's control block (CTL_GIL), taken
 * and dropped with Atomics, with CPython's drop request and forced switching (Python/ceval_gil.c).
 *
 * How a switch happens
 * --------------------
 * - A thread that wants the lock and finds it held waits on the lock word for the switch interval
 *   (sys.setswitchinterval, 5 ms by default). If it timed out and no other thread took the lock meanwhile
 *   (CTL_GIL_SWITCHES, CPython's switch_number, did not change), it sets EB_DROP in the holder's eval-breaker
 *   word: a drop request.
 * - The holder sees the request only where the interpreter checks its eval breaker (RESUME, JUMP_BACKWARD,
 *   after a call: interpreter.ts), so `n += 1` on a global cannot be split by a switch.
 * - It then drops the lock and waits until another thread has actually taken it (forced switching: otherwise
 *   on a multicore machine it would win the race to retake it and time slices would stretch), then waits for it.
 * - Every blocking call (lock acquire, sleep, join, queue get, input) drops the lock first: beginBlocking /
 *   endBlocking below.
 * Under --gil=off (CTL_GIL_ENABLED 0) every function here returns at once.
 */
import { I32 } from '../runtime/heap.js';
import {
  CTL_GIL, CTL_GIL_WAITERS, CTL_GIL_SWITCHES, CTL_GIL_LAST, CTL_SWITCH_INTERVAL, CTL_GIL_ENABLED, TS_BREAKER,
} from '../runtime/layout.js';
import { TID } from '../runtime/threadid.js';
import { slotOf, MY_BREAKER, setMyState, ST_RUNNING, ST_BLOCKED } from './thread-state.js';

/** eval-breaker bits (a thread's TS_BREAKER word) */
export const EB_DROP = 1;       // another thread asks for the GIL
export const EB_INTERRUPT = 2;  // Ctrl-C: raise KeyboardInterrupt (main thread only)
export const EB_BRC = 4;        // other threads queued objects whose biased counts this thread must merge
export const EB_STOP = 8;       // the process is exiting: a daemon thread stops
export const EB_ALWAYS = 16;    // -X switch-every-check: stays set, so every check point offers the GIL
export const EB_QSBR = 32;      // --gil=off: report a quiescent point (runtime/qsbr.ts, which defines it too)

/** true under --gil=on (read once per worker, at start) */
export let GIL_ON = true;
let holding = false;

export function initGil(enabled: boolean, fresh: boolean): void {
  GIL_ON = enabled;
  if (fresh) {
    I32[CTL_GIL_ENABLED] = enabled ? 1 : 0;
    I32[CTL_SWITCH_INTERVAL] = 5000;
  }
}

export function holdsGil(): boolean { return holding; }

/**
 * -X switch-every-check (a debug switch): the thread offers the GIL at every eval-breaker check point instead
 * of once per switch interval, so switches land wherever they can, and a program that is only "safe" because
 * switches are rare loses updates under --gil=on too.
 */
let switchEveryCheck = false;
export function setSwitchEveryCheck(on: boolean): void { switchEveryCheck = on; }

/** takes the GIL, waiting (and asking the holder to drop it) as long as another thread holds it */
export function takeGil(): void {
  if (!GIL_ON) return;
  const me = TID + 1;
  if (Atomics.compareExchange(I32, CTL_GIL, 0, me) !== 0) {
    Atomics.add(I32, CTL_GIL_WAITERS, 1);
    for (;;) {
      const holder = Atomics.load(I32, CTL_GIL);
      if (holder === 0) {
        if (Atomics.compareExchange(I32, CTL_GIL, 0, me) === 0) break;
        continue;
      }
      const switches = Atomics.load(I32, CTL_GIL_SWITCHES);
      const r = Atomics.wait(I32, CTL_GIL, holder, I32[CTL_SWITCH_INTERVAL] / 1000);
      if (r === 'timed-out' && Atomics.load(I32, CTL_GIL) === holder && Atomics.load(I32, CTL_GIL_SWITCHES) === switches) {
        Atomics.or(I32, slotOf(holder - 1) + TS_BREAKER, EB_DROP);
      }
    }
    Atomics.sub(I32, CTL_GIL_WAITERS, 1);
  }
  holding = true;
  if (I32[CTL_GIL_LAST] !== me) {
    I32[CTL_GIL_LAST] = me;
    Atomics.add(I32, CTL_GIL_SWITCHES, 1);
    Atomics.notify(I32, CTL_GIL_SWITCHES);
  }
  // a request aimed at the previous time this thread held the lock is stale
  if (I32[MY_BREAKER] & EB_DROP) Atomics.and(I32, MY_BREAKER, ~EB_DROP);
  if (switchEveryCheck) Atomics.or(I32, MY_BREAKER, EB_ALWAYS);
}

export function dropGil(): void {
  if (!GIL_ON || !holding) return;
  holding = false;
  Atomics.store(I32, CTL_GIL, 0);
  if (Atomics.load(I32, CTL_GIL_WAITERS) > 0) Atomics.notify(I32, CTL_GIL, 1);
}

/** the holder's answer to a drop request: let a waiting thread run, then queue up again */
export function yieldGil(): void {
  if (!GIL_ON) return;
  const switches = Atomics.load(I32, CTL_GIL_SWITCHES);
  const waiting = Atomics.load(I32, CTL_GIL_WAITERS) > 0;
  dropGil();
  // forced switching: do not race the waiter for the lock we just dropped (bounded, in case it gave up)
  if (waiting) Atomics.wait(I32, CTL_GIL_SWITCHES, switches, 50);
  takeGil();
}

/** hooks run around every blocking wait (the per-object locks of --gil=off release their critical sections) */
const aroundBlocking: { before: () => void; after: () => void }[] = [];
export function onBlocking(before: () => void, after: () => void): void { aroundBlocking.push({ before, after }); }

/** a thread is about to wait (sleep, lock, join): let the others run */
export function beginBlocking(): void {
  for (const h of aroundBlocking) h.before();
  setMyState(ST_BLOCKED);
  dropGil();
}
export function endBlocking(): void {
  takeGil();
  setMyState(ST_RUNNING);
  for (let i = aroundBlocking.length - 1; i >= 0; i--) aroundBlocking[i].after();
}

export function getSwitchInterval(): number { return I32[CTL_SWITCH_INTERVAL] / 1e6; }
export function setSwitchInterval(seconds: number): void {
  // microseconds, truncated, as CPython's _PyEval_SetSwitchInterval
  I32[CTL_SWITCH_INTERVAL] = Math.max(1, Math.min(0x7fffffff, Math.trunc(seconds * 1e6)));
}
export function gilEnabled(): boolean { return GIL_ON; }
