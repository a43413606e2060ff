/**
 * @fileoverview Starting and stopping the interpreter in one thread: building the heap's static objects and
 * builtin modules (first thread only), running a main script or a -c string, and turning an uncaught
 * exception into CPython's report and exit code. Exit codes are decided by the caller (cli.ts) from what
 * this returns. Not here: argument parsing (cli.ts).
 */
import { I32, type Ref, FRESH } from '../runtime/heap.js';
import {
  CTL_SYS_MODULES, CTL_BUILTINS, NONE, TYPE, EXC, TUPLE, TUPLE_ITEMS, T_INT, T_BOOL, T_STR, MODULE,
  CTL_RECURSION_LIMIT, TYPEOBJ, Kind,
} from '../runtime/layout.js';
import { initStaticTypes } from '../runtime/typeobj.js';
import { initSingletons } from '../runtime/immortal.js';
import { initExceptionTypes, newException } from '../runtime/objects/exception.js';
import { newDict, dictSet, dictGet, dictNextEntry, dictEntryKey } from '../runtime/objects/dict.js';
import { makeImmortal, decref, incref, setDelHook } from '../runtime/refcount.js';
import { typeLookup, typeName } from '../runtime/typeobj.js';
import { installBuiltins } from '../runtime/builtinfn.js';
import { setOutOfMemoryHandler } from '../runtime/alloc.js';
import { PyRaise, Exc, raise } from '../runtime/errors.js';
import { intern, newStr, strToJs, initInternTable } from '../runtime/objects/str.js';
import { intToBig } from '../runtime/objects/int.js';
import { strJs, isInstance, reprJs, callN, getAttr } from '../runtime/abstract.js';
import { setBuiltinsDict, initFrameStack } from './call.js';
import { makeBuiltinModule, moduleDict, newModule, compileSource, execCode, sysModules } from './import.js';
import { formatException, registerSource, setSyntaxErrorFormatter } from './traceback.js';
import { flushAll, writeText, setStdinBlockingHooks } from '../runtime/stdio.js';
import { PySyntaxError } from '../lexer/syntax-error.js';
import { installBuildClass } from './support.js';
import { formatSyntaxError } from './syntaxerror.js';
import { heapStats, checkHeap } from '../runtime/heapcheck.js';
import { Interp } from './state.js';
import { EXC_HIERARCHY } from '../runtime/errors.js';
import { T_MODULE as T_MODULE_ } from '../runtime/layout.js';
import { initGil, takeGil, dropGil, GIL_ON, beginBlocking, endBlocking, onBlocking } from './gil.js';
import { suspendAll, resumeAll } from '../runtime/objlock.js';
import { FT } from '../runtime/threadid.js';
import { createThreadTable, initThreadState, MY_SLOT, slotOf, setMyState, ST_RUNNING, ST_BLOCKED, ST_IDLE } from './thread-state.js';
import {
  CTL_INIT_DONE, CTL_BOOTING, CTL_THREADS_ALIVE, CTL_EXITING, TS_IDENT, TS_NAME, TS_STATE, TS_BREAKER, MAX_THREADS,
} from '../runtime/layout.js';
import { ThreadStop, setBrcHandler } from './eval-breaker.js';
import { brcMergePending, threadExit } from '../runtime/refcount.js';
import { qsbrDrain, qsbrQuiescent } from '../runtime/qsbr.js';
import { initThreadAllocator } from '../runtime/alloc.js';
import { EB_STOP } from './gil.js';
import { callEx } from './interpreter.js';
import { TID } from '../runtime/threadid.js';
// every module that registers types, slots or builtins is imported for its side effects, in a fixed order
import '../runtime/objects/all.js';
import '../runtime/modules/all.js';
import { installGeneratorFinalizer, disableGeneratorFinalizer } from './generator.js';

let initialized = false;

export interface RunOptions {
  argv: string[];
  /** directory searched first for imports ('' for the current directory) */
  path0: string;
  /** --gil=on (default) or off */
  gil?: boolean;
}

/** builds the static objects and the builtins and sys modules (once per process) */
export function initRuntime(opts: RunOptions): void {
  if (initialized) return;
  initialized = true;
  Interp.argv = opts.argv;
  Interp.path0 = opts.path0;
  setOutOfMemoryHandler(() => {
    throw new PyRaise(newException(Exc.MemoryError, null));
  });
  initGil(opts.gil !== false, FRESH);
  setBrcHandler(brcMergePending);
  setStdinBlockingHooks(beginBlocking, endBlocking);
  setSyntaxErrorFormatter(syntaxErrorBlock);
  // free-threaded, a thread that blocks must not keep the per-object locks of the operation it is in
  if (FT) onBlocking(suspendAll, resumeAll);
  if (!FRESH) {
    attachRuntime();
    return;
  }
  initStaticTypes();
  initSingletons();
  initExceptionTypes();
  initInternTable();
  const mods = newDict();
  makeImmortal(mods);
  I32[CTL_SYS_MODULES] = mods;
  installBuildClass(() => moduleDict(I32[CTL_BUILTINS]));
  const b = makeBuiltinModule('builtins');
  I32[CTL_BUILTINS] = b;
  setBuiltinsDict(moduleDict(b));
  installBuiltins();
  makeBuiltinModule('sys');
  createThreadTable();
  initThreadState();
  I32[CTL_THREADS_ALIVE] = 1;
  takeGil();
  initFrameStack();
  installGeneratorFinalizer();
  setDelHook(callDel);
  // workers started early (supervisor.ts prewarm) wait for this before they read the heap
  Atomics.store(I32, CTL_INIT_DONE, 1);
  Atomics.notify(I32, CTL_INIT_DONE);
}

/**
 * A worker joining a heap another thread built: everything Python-visible is already there, so only this
 * worker's JS-side caches of it are filled (the exception types, the builtins namespace) and its own
 * per-thread structures made (frame stack). The caller holds the GIL (--gil=on) while this runs.
 */
function attachRuntime(): void {
  const bd = moduleDict(I32[CTL_BUILTINS]);
  for (const [name] of EXC_HIERARCHY) (Exc as Record<string, number>)[name] = dictGet(bd, intern(name));
  installBuildClass(() => moduleDict(I32[CTL_BUILTINS]));
  setBuiltinsDict(bd);
  initThreadState();
  initFrameStack();
  installGeneratorFinalizer();
  setDelHook(callDel);
  // idle until runThreadJob: a pooled worker that never runs a job must not count as running Python (the
  // threads' exit drain in runtime/qsbr.ts waits for every running thread to pass a quiescent point, and an idle
  // worker left RUNNING never did: the drain hung, or at exit left what it retired behind)
  setMyState(ST_IDLE);
}

/**
 * CPython's wait_for_thread_shutdown: when the main module is done, threading._shutdown() joins every
 * non-daemon thread (only if the program imported threading).
 */
function waitForThreads(): void {
  const th = dictGet(sysModules(), intern('threading'));
  if (th === 0 || I32[th + TYPE] !== T_MODULE_) return;
  const f = dictGet(moduleDict(th), intern('_shutdown'));
  if (f === 0) return;
  try {
    decref(callN(f, []));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeText(2, `Exception ignored on threading shutdown:\n${formatException(e.exc)}`);
    decref(e.exc);
  }
}

/** the block a raised SyntaxError ends its traceback with: file, line, source line, caret, message (as the
 *  top-level report of formatSyntaxError), read from the exception's attributes */
function syntaxErrorBlock(e: Ref): string {
  const attr = (name: string): Ref => getAttr(e, intern(name));
  const js = (name: string): string | undefined => {
    const v = attr(name);
    try { return v === NONE ? undefined : strJs(v); } finally { decref(v); }
  };
  const num = (name: string): number | undefined => {
    const v = js(name);
    return v === undefined ? undefined : Number(v);
  };
  const kind = typeName(I32[e + TYPE]);
  return formatSyntaxError({
    kind, msg: js('msg') ?? '', filename: js('filename') ?? '<unknown>', lineno: num('lineno') ?? 1,
    offset: num('offset') ?? 0, text: js('text') ?? '', endOffset: num('end_offset'),
  });
}

/** What happened to a run: the exit code and whether anything is left to print. */
export interface RunResult { exitCode: number }

/** runs a whole program (main module source); never throws */
export function runMain(source: string, filename: string): RunResult {
  try {
    const main = newModule('__main__');
    makeImmortal(main);
    dictSet(sysModules(), intern('__main__'), main);
    const d = moduleDict(main);
    if (filename !== '<string>') { const f = newStr(filename); dictSet(d, intern('__file__'), f); decref(f); }
    dictSet(d, intern('__builtins__'), I32[CTL_BUILTINS]);
    registerSource(filename, filename === '<string>' ? null : source);
    let code: Ref;
    try {
      code = compileSource(source, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        writeText(2, formatSyntaxError(e));
        return { exitCode: 1 };
      }
      throw e;
    }
    try {
      execCode(code, d, d);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      const code = handleUncaught(e.exc);
      decref(e.exc);
      waitForThreads();
      clearMainDict(d);
      return { exitCode: code };
    }
    waitForThreads();
    clearMainDict(d);
    return { exitCode: 0 };
  } catch (e) {
    if (e instanceof PyRaise) {
      const code = handleUncaught(e.exc);
      decref(e.exc);
      return { exitCode: code };
    }
    if (e instanceof PySyntaxError) {
      writeText(2, formatSyntaxError(e));
      return { exitCode: 1 };
    }
    throw e;
  } finally {
    flushAll();
  }
}

/**
 * Interpreter shutdown, as CPython's module clearing: __main__'s globals are set to None, in order, while the
 * builtins still work, so a generator suspended in a global is closed (its finally blocks run) and an object
 * with __del__ is finalized before the process exits.
 */
function clearMainDict(d: Ref): void {
  const keys: Ref[] = [];
  for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) keys.push(dictEntryKey(d, ix));
  for (const k of keys) incref(k);
  try {
    for (const k of keys) {
      if (I32[k + TYPE] !== T_STR || strToJs(k) === '__builtins__') continue;
      try {
        if (dictGet(d, k) !== 0) dictSet(d, k, NONE);
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        decref(e.exc);
      }
    }
  } finally {
    for (const k of keys) decref(k);
  }
  flushAll();
}

/** an instance's __del__, run by release(); an exception from it is reported and dropped, as CPython */
function callDel(o: Ref): void {
  const t = I32[o + TYPE];
  const f = typeLookup(t, intern('__del__'));
  if (f === 0) return;
  try {
    decref(callN(f, [o]));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    let where: string;
    try { where = reprJs(f); } catch (e2) { if (e2 instanceof PyRaise) { decref(e2.exc); where = '__del__'; } else throw e2; }
    writeText(2, `Exception ignored while calling deallocator ${where}:\n${formatException(e.exc)}`);
    decref(e.exc);
  }
}

/** prints an uncaught exception (or handles SystemExit) and returns the exit code */
export function handleUncaught(exc: Ref): number {
  if (isInstance(exc, Exc.SystemExit)) {
    const args = I32[exc + EXC.ARGS];
    const code = I32[args + TUPLE.SIZE] === 0 ? NONE : I32[args + TUPLE.SIZE] === 1 ? I32[args + TUPLE_ITEMS] : args;
    if (code === NONE) return 0;
    const t = I32[code + TYPE];
    if (t === T_INT || t === T_BOOL) return Number(BigInt.asIntN(32, intToBig(code))) & 0xff;
    writeText(2, strJs(code) + '\n');
    return 1;
  }
  writeText(2, formatException(exc));
  // CPython dies of SIGINT after printing a KeyboardInterrupt: the shell sees 128 + 2
  if (isInstance(exc, Exc.KeyboardInterrupt)) return 130;
  return 1;
}


/** --show-refcount: CPython's `[N refs, M blocks]` line, after dropping every reference objects hold */
export function reportRefcount(): void {
  disableGeneratorFinalizer();
  setDelHook(null);
  const st = heapStats(true);
  writeText(2, `[${st.refs} refs, ${st.blocks} blocks]\n`);
  if (process.env.MINIPY_DEBUG === '1') {
    for (const r of st.live) writeText(2, `  leaked: ${describeBlock(r)}\n`);
  }
  flushAll();
}

/** MINIPY_DEBUG=1: the heap's invariants after the program ran (empty when sound) */
export function checkHeapAtExit(): string[] {
  return checkHeap();
}

/** a one-line description of a live block for debug output: address, type, count, and a safe repr */
function describeBlock(r: Ref): string {
  const t = I32[r + TYPE];
  let what = '';
  try {
    const k = I32[t + TYPEOBJ.KIND];
    if (k === Kind.STR || k === Kind.INT || k === Kind.FLOAT) what = ' ' + reprJs(r).slice(0, 60);
  } catch { /* describing must not fail */ }
  // the exit teardown may have dropped a leaked class's fields: never print another block as its name
  const nm = I32[t + TYPEOBJ.NAME];
  const name = nm !== 0 && I32[nm + TYPE] === T_STR ? typeName(t) : '<class, its name dropped at exit>';
  return `${r} ${name} (type ${t}, kind ${I32[t + TYPEOBJ.KIND]}) rc=${I32[r + 1]}${what}`;
}


/**
 * The main Python thread's whole life after initRuntime: run the program, wait for non-daemon threads (inside
 * runMain), stop daemon threads, then the exit reports. Returns the exit code.
 */
export function runMainThread(source: string, filename: string, opts: { showRefcount: boolean; debug: boolean }): number {
  const res = runMain(source, filename);
  Atomics.store(I32, CTL_EXITING, 1);
  stopOtherThreads();
  // the values this thread retired from class namespaces (--gil=off; nothing under --gil=on), and from now on
  // none is kept: the exit reports tear the heap down with no other thread running Python
  qsbrDrain(true);
  // only the heap walks need a heap nobody else writes; a plain exit just ends the booting workers
  if (opts.showRefcount || opts.debug) waitForBootingWorkers();
  let code = res.exitCode;
  // under the GIL, which this thread now keeps, threads left over cannot touch the heap again; free-threaded,
  // one still running (it did not stop in time) could, so the report is skipped
  if (opts.showRefcount) {
    if (GIL_ON || Atomics.load(I32, CTL_THREADS_ALIVE) <= 1) reportRefcount();
    else writeText(2, `[refcount report skipped: ${Atomics.load(I32, CTL_THREADS_ALIVE) - 1} thread(s) still running]\n`);
  }
  if (opts.debug) {
    const problems = checkHeapAtExit();
    if (problems.length) {
      writeText(2, `minipy: heap check failed:\n  ${problems.slice(0, 20).join('\n  ')}\n`);
      code = 70;
    }
  }
  flushAll();
  return code;
}

/**
 * Threads still running when the main thread is done (daemon threads, and _thread threads, which CPython never
 * waits for) are stopped: each gets EB_STOP and leaves at its next check point or blocking-wait slice, and this
 * thread lets go of the GIL for a moment so that they can, and so that a thread that was only finishing (it
 * signalled its end, then returns) ends cleanly. The exit reports then see a heap nobody else changes.
 */
function stopOtherThreads(): void {
  if (Atomics.load(I32, CTL_THREADS_ALIVE) <= 1) return;
  dropGil();
  // first a moment for threads that are only finishing (they signalled their end and are returning), so they
  // end cleanly; then the stop bit for the rest
  waitForAlive(1, 50);
  for (let t = 0; t < MAX_THREADS; t++) {
    if (t === TID) continue;
    const st = Atomics.load(I32, slotOf(t) + TS_STATE);
    if (st === ST_RUNNING || st === ST_BLOCKED) Atomics.or(I32, slotOf(t) + TS_BREAKER, EB_STOP);
  }
  waitForAlive(1, 250);
  takeGil();
}

/** a pool worker still attaching writes the heap: the exit reports wait for it (a few seconds at most) */
function waitForBootingWorkers(): void {
  if (Atomics.load(I32, CTL_BOOTING) === 0) return;
  dropGil(); // it may need the GIL to intern a name
  const end = Date.now() + 5000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Atomics.load(I32, CTL_BOOTING) > 0 && Date.now() < end) Atomics.wait(pause, 0, 0, 1);
  takeGil();
}

/** waits (at most ms) until at most n Python threads are alive */
function waitForAlive(n: number, ms: number): void {
  const end = Date.now() + ms;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (Atomics.load(I32, CTL_THREADS_ALIVE) > n && Date.now() < end) {
    // a thread that is ending waits for every running thread, this one included, to pass a quiescent point
    // before it drops the references it retired (runtime/qsbr.ts): this wait is one
    qsbrQuiescent();
    Atomics.wait(pause, 0, 0, 1);
  }
}

/** runs one _thread.start_new_thread job on this (pooled) worker: the tuple (function, args, kwargs, ident) */
export function runThreadJob(job: Ref): void {
  initThreadAllocator(); // --gil=off: this tid's lists again, and objects may be queued to it (refcount.ts)
  takeGil();
  setMyState(ST_RUNNING);
  const fn = I32[job + TUPLE_ITEMS], args = I32[job + TUPLE_ITEMS + 1], kwargs = I32[job + TUPLE_ITEMS + 2];
  I32[MY_SLOT + TS_IDENT] = Number(intToBig(I32[job + TUPLE_ITEMS + 3]));
  let stopped = false;
  try {
    decref(callEx(fn, args, kwargs === NONE ? 0 : kwargs));
  } catch (e) {
    if (e instanceof ThreadStop) stopped = true;
    else if (e instanceof PyRaise) {
      if (!isInstance(e.exc, Exc.SystemExit)) {
        let what: string;
        try { what = reprJs(fn); } catch (e2) { if (e2 instanceof PyRaise) { decref(e2.exc); what = '?'; } else throw e2; }
        writeText(2, `Exception ignored in thread started by: ${what}\n${formatException(e.exc)}`);
      }
      decref(e.exc);
    } else throw e;
  } finally {
    if (!stopped) {
      decref(job);
      const nm = I32[MY_SLOT + TS_NAME];
      I32[MY_SLOT + TS_NAME] = 0;
      if (nm !== 0) decref(nm);
    }
    flushAll();
    I32[MY_SLOT + TS_IDENT] = 0;
    // --gil=off: drop the references this thread retired from class namespaces once the other threads have
    // passed them, merge what other threads queued to this one, hand the free blocks to the others, and let the
    // threads that queue objects to this tid merge them themselves while it idles
    if (!stopped) { qsbrDrain(); threadExit(); }
    setMyState(ST_IDLE);
    Atomics.sub(I32, CTL_THREADS_ALIVE, 1);
    dropGil();
  }
}
