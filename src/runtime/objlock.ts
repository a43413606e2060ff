/**
 * @fileoverview Per-object locks for --gil=off (CPython 3.14t's critical sections, PEP 703). The lock is bit 0
 * (LK_LOCKED) of an object's LOCK header word; bit 1 (LK_PARKED) says a thread sleeps on it. The other bits of
 * that word hold the shared reference count (refcount.ts), which other threads change concurrently with
 * Atomics.add/sub, so every change made here is a compare-exchange of the whole word (retried when the count
 * moved) or an Atomics.and that leaves the count alone.
 *
 * Each thread keeps a stack of the critical sections it is in (plain JS arrays: every worker has its own copy
 * of this module). Re-locking an object this thread already holds is a counted no-op, so a user __eq__ or
 * __hash__ run during a dict operation may use the same dict. Deadlock freedom is CPython's idea: a thread
 * does not wait for a lock while holding an unrelated one. Before it waits, it releases (suspends) every lock it
 * holds, then takes them all back with the new one in address order (CPython resumes lazily, section by
 * section; taking all back at once keeps a nested re-lock valid and is simpler). So code in a critical section
 * must, as in CPython, expect the object to have changed whenever it ran Python code or waited for a lock.
 * lockTwo takes two locks in address order as one section (Py_BEGIN_CRITICAL_SECTION2).
 *
 * Nothing here is called under --gil=on: callers test FT (threadid.ts) first.
 */
import { I32, type Ref } from './heap.js';
import { LOCK, LK_LOCKED, LK_PARKED } from './layout.js';
import { FT } from './threadid.js';

// Module state is `var`, not let/const, and the section states are literals: a worker may take a lock while
// the module graph is still evaluating (names.js interns at load time: str.js -> dict.js -> lockObj, reached
// through an import cycle before this module's body has run), and a `var` has no temporal dead zone.
// Before the body runs, depth is undefined (no section held: every test below is false) and push() makes the
// arrays; the body's own initializers then run with no section open.

/** spins (re-reading the word) before a contended acquire parks the thread */
// eslint-disable-next-line no-var
var SPINS = 64;

// the critical-section stack: objects A and B (0 if one object), and the state of each section:
// NESTED 0 (a re-lock of an object already held: unlocking it does nothing), HELD 1, SUSPENDED 2
/* eslint-disable no-var */
var stA: number[] = [];
var stB: number[] = [];
var stState: number[] = [];
var depth = 0;
/* eslint-enable no-var */
const enum St { NESTED = 0, HELD = 1, SUSPENDED = 2 }

/** one attempt to set LK_LOCKED, keeping the other bits; false if it is taken */
function tryAcquire(o: Ref): boolean {
  const ix = o + LOCK;
  for (;;) {
    const w = Atomics.load(I32, ix);
    if (w & LK_LOCKED) return false;
    if (Atomics.compareExchange(I32, ix, w, w | LK_LOCKED) === w) return true;
    // another bit (the shared count) changed under us: try again
  }
}

/** blocks until this thread has set LK_LOCKED */
function acquireSlow(o: Ref): void {
  const ix = o + LOCK;
  for (;;) {
    for (let s = 0; s < (SPINS || 64); s++) {
      if (tryAcquire(o)) return;
    }
    const w = Atomics.load(I32, ix);
    if (!(w & LK_LOCKED)) continue;
    const parked = w | LK_PARKED;
    if (w !== parked && Atomics.compareExchange(I32, ix, w, parked) !== w) continue;
    // 'not-equal' (the count changed, or the lock was released) and 'timed-out' both mean: look again.
    // The timeout bounds the cost of a missed wake-up; release notifies whenever LK_PARKED was set.
    Atomics.wait(I32, ix, parked, 1);
  }
}

function release(o: Ref): void {
  const ix = o + LOCK;
  // clearing LK_PARKED with the lock wakes every sleeper; those that lose the race park again
  const old = Atomics.and(I32, ix, ~(LK_LOCKED | LK_PARKED));
  if (old & LK_PARKED) Atomics.notify(I32, ix);
}

/** true if this thread holds o's lock (in a held, not suspended, section) */
function holds(o: Ref): boolean {
  for (let i = depth - 1; i >= 0; i--) {
    if (stState[i] === St.HELD && (stA[i] === o || stB[i] === o)) return true;
  }
  return false;
}

function push(a: Ref, b: Ref, state: number): void {
  if (stA === undefined) { stA = []; stB = []; stState = []; depth = 0; }
  stA[depth] = a;
  stB[depth] = b;
  stState[depth] = state;
  depth++;
}

/** releases every lock this thread holds (before it waits for something) */
export function suspendAll(): void {
  for (let i = depth - 1; i >= 0; i--) {
    if (stState[i] !== St.HELD) continue;
    stState[i] = St.SUSPENDED;
    if (stB[i] !== 0) release(stB[i]);
    release(stA[i]);
  }
}

/**
 * takes back every suspended lock, and also a and b if not 0, in address order. Holding only lower addresses
 * while waiting for a higher one is what makes waiting deadlock-free: every waiting thread does the same.
 */
function acquireAll(a: Ref, b: Ref): void {
  const want: number[] = [];
  if (a !== 0) want.push(a);
  if (b !== 0) want.push(b);
  for (let i = 0; i < depth; i++) {
    if (stState[i] !== St.SUSPENDED) continue;
    want.push(stA[i]);
    if (stB[i] !== 0) want.push(stB[i]);
    stState[i] = St.HELD;
  }
  want.sort((x, y) => x - y);
  for (let k = 0; k < want.length; k++) {
    if (k > 0 && want[k] === want[k - 1]) continue;
    if (!tryAcquire(want[k])) acquireSlow(want[k]);
  }
}

/** re-takes the locks suspendAll released (the thread's blocking call is over) */
export function resumeAll(): void {
  acquireAll(0, 0);
}

/** enters a critical section on o */
export function lockObj(o: Ref): void {
  if (depth > 0 && holds(o)) { push(o, 0, St.NESTED); return; }
  if (!tryAcquire(o)) {
    // contended: wait holding nothing, then take o back together with what was held
    suspendAll();
    acquireAll(o, 0);
  }
  push(o, 0, St.HELD);
}

/** enters a critical section on a and b, locked in address order (a === b is one lock) */
export function lockTwo(a: Ref, b: Ref): void {
  if (a === b || b === 0) { lockObj(a); return; }
  if (a > b) { const t = a; a = b; b = t; }
  const ha = depth > 0 && holds(a), hb = depth > 0 && holds(b);
  if (ha && hb) { push(a, 0, St.NESTED); return; }
  if (ha || hb) {
    // one is ours already: the section takes only the other one
    const o = ha ? b : a;
    if (!tryAcquire(o)) {
      suspendAll();
      acquireAll(o, 0);
    }
    push(o, 0, St.HELD);
    return;
  }
  if (tryAcquire(a)) {
    if (tryAcquire(b)) { push(a, b, St.HELD); return; }
    release(a);
  }
  suspendAll();
  acquireAll(a, b);
  push(a, b, St.HELD);
}

/** leaves the innermost critical section (entered by lockObj(o) or lockTwo(o, x)) */
export function unlockObj(o: Ref): void {
  const i = depth - 1;
  if (i < 0) throw new Error(`unlockObj(${o}): not in a critical section`);
  depth = i;
  if (stState[i] === St.HELD) {
    if (stB[i] !== 0) release(stB[i]);
    release(stA[i]);
  }
}
export const unlockTwo = unlockObj;

/** how many critical sections this thread is in (tests, and a check that none leaks past a bytecode) */
export function lockDepth(): number {
  return depth;
}

/** forgets every section without touching the heap (a worker's state after an uncaught JS error; tests) */
export function resetLocks(): void {
  depth = 0;
}

// ------------------------------------------------------------------ wrappers for container slots and methods
// Each tests FT per call (the mode is set when the worker starts, after these modules load); under --gil=on
// the cost is that test and one call.

/** f(o) in a critical section on o (under FT) */
export function locked1<R>(f: (o: Ref) => R): (o: Ref) => R {
  return (o) => {
    if (!FT) return f(o);
    lockObj(o);
    try { return f(o); } finally { unlockObj(o); }
  };
}
/** f(o, x) in a critical section on o */
export function locked2<X, R>(f: (o: Ref, x: X) => R): (o: Ref, x: X) => R {
  return (o, x) => {
    if (!FT) return f(o, x);
    lockObj(o);
    try { return f(o, x); } finally { unlockObj(o); }
  };
}
/** f(o, x, y) in a critical section on o */
export function locked3<X, Y, R>(f: (o: Ref, x: X, y: Y) => R): (o: Ref, x: X, y: Y) => R {
  return (o, x, y) => {
    if (!FT) return f(o, x, y);
    lockObj(o);
    try { return f(o, x, y); } finally { unlockObj(o); }
  };
}
/** f(a, b, ...) in a critical section on both a and b (comparisons, concatenation) */
export function lockedPair<X, R>(f: (a: Ref, b: Ref, x: X) => R): (a: Ref, b: Ref, x: X) => R {
  return (a, b, x) => {
    if (!FT) return f(a, b, x);
    lockTwo(a, b);
    try { return f(a, b, x); } finally { unlockObj(a); }
  };
}
/** a builtin method body (args at I32[a..a+n), self first) in a critical section on self */
export function lockedMethod(f: (a: number, n: number, kw: Ref) => Ref): (a: number, n: number, kw: Ref) => Ref {
  return (a, n, kw) => {
    if (!FT || n === 0) return f(a, n, kw); // no self (an unbound call): f raises, nothing to lock
    const self = I32[a];
    lockObj(self);
    try { return f(a, n, kw); } finally { unlockObj(self); }
  };
}
