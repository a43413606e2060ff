/**
 * @fileoverview The _thread module: start_new_thread, the lock type (_thread.lock / LockType), get_ident and
 * friends. threading, queue and concurrent.futures are Python built on these few primitives, as in CPython.
 *
 * A lock is a heap object whose STATE word is taken with Atomics.compareExchange; a thread that finds it taken
 * drops the GIL (gil.ts beginBlocking) and sleeps with Atomics.wait on that word until a release notifies it.
 * A wait with no timeout counts the thread as "blocked forever" (CTL_THREADS_BLOCKED) and leaves a description
 * of what it waits for in its thread slot, so the supervisor can report a deadlock when every thread is blocked.
 * Not here: how a thread is started on a worker (vm/worker.ts, vm/supervisor.ts).
 */
import { I32, type Ref } from '../heap.js';
import {
  NONE, TRUE, FALSE, THREADLOCK, Kind, typeRef, HDR, CTL_THREADS_ALIVE, CTL_THREADS_BLOCKED, CTL_PROGRESS,
  TS_WAIT_DESC, TS_IDENT, TS_NAME, TS_SLEEP, CTL_NEXT_IDENT, T_STR, TYPE, FRAME, CODE, T_TUPLE, T_DICT,
} from '../layout.js';
import { allocBlock } from '../alloc.js';
import { raise, Exc } from '../errors.js';
import { incref, decref, registerDealloc } from '../refcount.js';
import { defBuiltin, typeDict, argc, bindArgs, installModuleBuiltins } from '../builtinfn.js';
import { registerModule } from '../../vm/import.js';
import { Slots } from '../slots.js';
import { idHex, isTrue, strJs } from '../abstract.js';
import { newStr, intern, strToJs } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { tupleSteal } from '../objects/tuple.js';
import { isSubtype } from '../typeobj.js';
import { isCallable } from './builtins.js';
import { dictSet } from '../objects/dict.js';
import { codeLine } from '../objects/code.js';
import { argFloat } from './math.js';
import { beginBlocking, endBlocking, EB_STOP, EB_INTERRUPT } from '../../vm/gil.js';
import { checkInterrupts } from '../../vm/eval-breaker.js';
import { MY_SLOT, MY_BREAKER, threadStarter, threadPrewarm } from '../../vm/thread-state.js';
import { currentFrame } from '../../vm/interpreter.js';
import { formatException } from '../../vm/traceback.js';
import { flushAll } from '../stdio.js';

export const T_LOCK = typeRef(Kind.THREAD_LOCK);
/** what CPython calls PY_TIMEOUT_MAX, in seconds */
const TIMEOUT_MAX = 9223372036.0;
/** the Python-visible ident of thread index k (CPython's are pthread addresses: big, opaque numbers) */
export const IDENT_BASE = 0x7f3a00000000;
/** longest single Atomics.wait while blocked: Ctrl-C and process exit reach a waiting thread this fast */
const WAIT_SLICE_MS = 50;

registerDealloc(Kind.THREAD_LOCK, () => { /* no references */ });

export function newLock(): Ref {
  const l = allocBlock(T_LOCK, THREADLOCK.WORDS);
  I32[l + THREADLOCK.STATE] = 0;
  I32[l + THREADLOCK.WAITERS] = 0;
  return l;
}

/** where the current thread is in Python code: file:line of the innermost frame that is not frozen library code */
function whereAmI(): string {
  let first = '';
  for (let f = currentFrame; f !== 0; f = I32[f + FRAME.BACK]) {
    const code = I32[f + FRAME.CODE];
    const file = strToJs(I32[code + CODE.FILENAME]);
    const where = `${file}:${codeLine(code, I32[f + FRAME.PC] - 1)} in ${strToJs(I32[code + CODE.NAME])}`;
    if (!file.startsWith('<frozen')) return where;
    if (first === '') first = where;
  }
  return first || '<unknown>';
}

function threadName(): string {
  const n = I32[MY_SLOT + TS_NAME];
  if (n !== 0) return strToJs(n);
  return I32[MY_SLOT + TS_IDENT] === 0 ? 'MainThread' : `thread ${IDENT_BASE + I32[MY_SLOT + TS_IDENT]}`;
}

/**
 * Waits until `word` no longer holds `expected` (or ms elapsed; ms < 0 = no limit), releasing the GIL.
 * Returns false on timeout. `what` describes the wait for the deadlock report when there is no limit.
 */
export function blockOn(word: number, expected: number, ms: number, what: () => string, countAt = 0): boolean {
  const forever = ms < 0;
  const end = forever ? 0 : performance.now() + ms;
  flushAll();
  // everything that touches the heap's allocator happens while this thread still holds the GIL (under
  // --gil=on the free lists are plain words the GIL guards): the description is made before, an interrupt is
  // raised after
  const desc = forever ? newStr(`${threadName()}: waits for ${what()} at ${whereAmI()}`) : 0;
  beginBlocking();
  if (forever) {
    I32[MY_SLOT + TS_WAIT_DESC] = desc;
    Atomics.add(I32, CTL_THREADS_BLOCKED, 1);
  }
  if (countAt) Atomics.add(I32, countAt, 1);
  let ok = true;
  let interrupted = false;
  try {
    for (;;) {
      if (Atomics.load(I32, word) !== expected) break;
      if (Atomics.load(I32, MY_BREAKER) & (EB_STOP | EB_INTERRUPT)) { interrupted = true; break; }
      let slice = WAIT_SLICE_MS;
      if (!forever) {
        const left = end - performance.now();
        if (left <= 0) { ok = false; break; }
        slice = Math.min(slice, left);
      }
      Atomics.wait(I32, word, expected, slice);
    }
  } finally {
    if (countAt) Atomics.sub(I32, countAt, 1);
    if (forever) {
      Atomics.sub(I32, CTL_THREADS_BLOCKED, 1);
      I32[MY_SLOT + TS_WAIT_DESC] = 0;
    }
    endBlocking();
    if (forever) decref(desc);
  }
  if (interrupted) checkInterrupts();
  return ok;
}

/** time.sleep: a timed wait (GIL released) on a word that never changes */
export function sleepMs(ms: number): void {
  blockOn(MY_SLOT + TS_SLEEP, 0, ms, () => 'sleep');
}

/** takes lock l; ms < 0 waits without limit; false if not taken */
export function lockAcquire(l: Ref, blocking: boolean, ms: number): boolean {
  const st = l + THREADLOCK.STATE;
  if (Atomics.compareExchange(I32, st, 0, 1) === 0) return true;
  if (!blocking) return false;
  const end = ms < 0 ? 0 : performance.now() + ms;
  for (;;) {
    const left = ms < 0 ? -1 : Math.max(0, end - performance.now());
    blockOn(st, 1, left, () => `<locked _thread.lock object at ${idHex(l)}>`, l + THREADLOCK.WAITERS);
    if (Atomics.compareExchange(I32, st, 0, 1) === 0) return true;
    if (ms >= 0 && performance.now() >= end) return false;
  }
}

export function lockRelease(l: Ref): void {
  const st = l + THREADLOCK.STATE;
  if (Atomics.compareExchange(I32, st, 1, 0) !== 1) raise(Exc.RuntimeError, 'release unlocked lock');
  if (Atomics.load(I32, l + THREADLOCK.WAITERS) > 0) {
    Atomics.add(I32, CTL_PROGRESS, 1);
    Atomics.notify(I32, st, 1);
  }
}

/** acquire(blocking=True, timeout=-1) argument rules, as CPython's lock_acquire_parse_args */
function acquireArgs(fname: string, a: number, n: number, kw: Ref): { blocking: boolean; ms: number } {
  const [b, t] = bindArgs(fname, a + 1, n - 1, kw, ['blocking', 'timeout']);
  const blocking = b === 0 ? true : isTrue(b);
  let timeout = t === 0 ? -1 : argFloat(t);
  if (!blocking && timeout !== -1) raise(Exc.ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raise(Exc.ValueError, 'timeout value must be a non-negative number');
  if (timeout > TIMEOUT_MAX) raise(Exc.OverflowError, 'timeout value is too large');
  if (timeout === -1) timeout = -1;
  return { blocking, ms: timeout < 0 ? -1 : timeout * 1000 };
}

const LK = typeDict(T_LOCK);
for (const name of ['acquire', 'acquire_lock']) {
  defBuiltin(LK, name, (a, n, kw) => {
    const { blocking, ms } = acquireArgs(name, a, n, kw);
    return lockAcquire(I32[a], blocking, ms) ? TRUE : FALSE;
  }, 'lock');
}
defBuiltin(LK, '__enter__', (a, n, kw) => {
  argc('__enter__', n - 1, kw, 0, 0);
  lockAcquire(I32[a], true, -1);
  return TRUE;
}, 'lock');
for (const name of ['release', 'release_lock']) {
  defBuiltin(LK, name, (a, n, kw) => { argc(name, n - 1, kw, 0, 0); lockRelease(I32[a]); return NONE; }, 'lock');
}
defBuiltin(LK, '__exit__', (a) => { lockRelease(I32[a]); return NONE; }, 'lock');
for (const name of ['locked', 'locked_lock']) {
  defBuiltin(LK, name, (a, n, kw) => {
    argc(name, n - 1, kw, 0, 0);
    return Atomics.load(I32, I32[a] + THREADLOCK.STATE) !== 0 ? TRUE : FALSE;
  }, 'lock');
}
Slots.repr[Kind.THREAD_LOCK] = (l) =>
  `<${Atomics.load(I32, l + THREADLOCK.STATE) ? 'locked' : 'unlocked'} _thread.lock object at ${idHex(l)}>`;
Slots.new[Kind.THREAD_LOCK] = (_t, _a, n, kw) => {
  argc('lock', n, kw, 0, 0);
  return newLock();
};

// ------------------------------------------------------------------ module functions
defBuiltin('_thread', 'allocate_lock', (_a, n, kw) => { argc('allocate_lock', n, kw, 0, 0); return newLock(); });
defBuiltin('_thread', 'allocate', (_a, n, kw) => { argc('allocate', n, kw, 0, 0); return newLock(); });

export function myIdent(): number { return IDENT_BASE + I32[MY_SLOT + TS_IDENT]; }
defBuiltin('_thread', 'get_ident', (_a, n, kw) => { argc('get_ident', n, kw, 0, 0); return newInt(myIdent()); });
defBuiltin('_thread', 'get_native_id', (_a, n, kw) => {
  argc('get_native_id', n, kw, 0, 0);
  return newInt(process.pid + I32[MY_SLOT + TS_IDENT]);
});
defBuiltin('_thread', '_count', (_a, n, kw) => {
  argc('_count', n, kw, 0, 0);
  return newInt(Math.max(0, Atomics.load(I32, CTL_THREADS_ALIVE) - 1));
});

/** start_new_thread(function, args, kwargs={}): the job is a tuple (function, args, kwargs) handed to a worker */
defBuiltin('_thread', 'start_new_thread', (a, n, kw) => {
  argc('start_new_thread', n, kw, 2, 3);
  const fn = I32[a], args = I32[a + 1], kwargs = n > 2 ? I32[a + 2] : NONE;
  if (!isCallable(fn)) raise(Exc.TypeError, 'first arg must be callable');
  if (!isSubtype(I32[args + TYPE], T_TUPLE)) raise(Exc.TypeError, '2nd arg must be a tuple');
  if (kwargs !== NONE && !isSubtype(I32[kwargs + TYPE], T_DICT)) raise(Exc.TypeError, 'optional 3rd arg must be a dictionary');
  if (threadStarter === null) raise(Exc.RuntimeError, "can't start new thread");
  const k = Atomics.add(I32, CTL_NEXT_IDENT, 1) + 1;
  incref(fn); incref(args); incref(kwargs);
  const job = tupleSteal([fn, args, kwargs, newInt(k)]);
  Atomics.add(I32, CTL_THREADS_ALIVE, 1);
  threadStarter(job);
  return newInt(IDENT_BASE + k);
});

/** _thread._set_name(name): the name the deadlock report and lock descriptions use for this thread */
defBuiltin('_thread', '_set_name', (a, n, kw) => {
  argc('_set_name', n, kw, 1, 1);
  if (I32[I32[a] + TYPE] !== T_STR) raise(Exc.TypeError, 'name must be a str');
  const old = I32[MY_SLOT + TS_NAME];
  incref(I32[a]);
  I32[MY_SLOT + TS_NAME] = I32[a];
  if (old !== 0) decref(old);
  return NONE;
});

/** _thread._format_exc(exc): the traceback report CPython prints for an uncaught exception */
defBuiltin('_thread', '_format_exc', (a, n, kw) => {
  argc('_format_exc', n, kw, 1, 1);
  return newStr(formatException(I32[a]));
});

registerModule('_thread', (_m, d) => {
  installModuleBuiltins('_thread', d);
  dictSet(d, intern('LockType'), T_LOCK);
  dictSet(d, intern('lock'), T_LOCK);
  const tm = newFloat(TIMEOUT_MAX); dictSet(d, intern('TIMEOUT_MAX'), tm); decref(tm);
  dictSet(d, intern('error'), Exc.RuntimeError);
  // a program that imports _thread (threading does) will likely start a thread: have a worker ready
  if (threadPrewarm !== null) threadPrewarm();
  void HDR; void strJs;
});
