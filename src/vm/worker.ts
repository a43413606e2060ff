/**
 * @fileoverview The entry point of every worker_thread: each runs one Python thread at a time over the shared
 * heap. The first ("main") worker builds the heap and runs the program; the others attach to it, wait in the
 * supervisor's pool and run the jobs _thread.start_new_thread hands out (a tuple: function, args, kwargs, ident).
 *
 * Every runtime import here is dynamic: the heap's typed-array views are made when runtime/heap.ts is first
 * evaluated, so the config (which buffer, fresh or not) must be set before any runtime module loads.
 */
import { workerData, parentPort, type MessagePort } from 'node:worker_threads';
import { connectFrontend } from './frontend.js';

export interface WorkerInit {
  sab: SharedArrayBuffer;
  /** true for the main Python thread, which initializes the heap */
  fresh: boolean;
  tid: number;
  gil: boolean;
  /** the channel to the front end on the Node main thread (frontend.ts) */
  fePort: MessagePort;
  feSignal: Int32Array;
  // the main thread only
  source?: string;
  filename?: string;
  argv?: string[];
  path0?: string;
  showRefcount?: boolean;
  debug?: boolean;
  switchEveryCheck?: boolean;
}

export type ToSupervisor =
  | { t: 'start'; job: number }
  | { t: 'prewarm' }
  | { t: 'ready' }
  | { t: 'idle' }
  | { t: 'exit'; code: number; stderr?: string };

export type ToWorker = { t: 'run'; job: number };

const port = parentPort!;
const post = (m: ToSupervisor): void => port.postMessage(m);

/**
 * The main worker is started before the command line is even parsed (cli.ts), with `{ early: true }`: it loads
 * the modules that need no heap while the Node main thread parses arguments and reads the script, then receives
 * its WorkerInit (with the heap) as its first message.
 */
async function getInit(): Promise<WorkerInit> {
  const d = workerData as WorkerInit | { early: true };
  if (!('early' in d)) return d;
  await import('../runtime/layout.js');
  return new Promise((resolve) => port.once('message', (m: { t: 'config'; init: WorkerInit }) => resolve(m.init)));
}
/** the worker's whole life (CommonJS has no top-level await) */
async function main(): Promise<void> {
  const wd = await getInit();
  connectFrontend(wd.fePort, wd.feSignal);

  globalThis.__minipyHeapConfig = { sab: wd.sab, fresh: wd.fresh };
  const { setThreadIdentity } = await import('../runtime/threadid.js');
  setThreadIdentity(wd.tid, !wd.gil);
  if (!wd.fresh) {
    // a worker started together with the main one (supervisor.ts prewarm) waits until the main thread has built
    // the heap
    const { CTL_INIT_DONE, CTL_BOOTING, CTL_EXITING } = await import('../runtime/layout.js');
    const raw = new Int32Array(wd.sab);
    while (Atomics.load(raw, CTL_INIT_DONE) === 0) Atomics.wait(raw, CTL_INIT_DONE, 0, 50);
    // attaching writes the heap (this worker's frame stack, allocator state, interned names): counted, so that
    // the main thread's exit reports wait for it; too late once the program is exiting (this thread then idles)
    Atomics.add(raw, CTL_BOOTING, 1);
    if (Atomics.load(raw, CTL_EXITING) !== 0) {
      Atomics.sub(raw, CTL_BOOTING, 1);
      await new Promise(() => { /* never: the process is about to end */ });
    }
    // Booting runs every runtime module's top level, which only reads the heap (the intern table: see
    // str.ts findInterned) except to intern a name the table lacks: only that takes the GIL, so the main thread
    // is not held up while this worker loads (~80 ms).
    const gil = await import('./gil.js');
    const ts = await import('./thread-state.js');
    const slots = await import('../runtime/slots.js');
    gil.initGil(wd.gil, false);
    ts.initThreadState();
    ts.setMyState(ts.ST_IDLE);
    slots.InternInsertGuard.wrap = <T>(f: () => T): T => {
      gil.takeGil();
      try { return f(); } finally { gil.dropGil(); }
    };
    await import('./runtime.js');
    slots.InternInsertGuard.wrap = <T>(f: () => T): T => f();
    gil.takeGil();
  }
  const rt = await import('./runtime.js');
  const ts = await import('./thread-state.js');
  const gil = await import('./gil.js');
  ts.setThreadStarter((job) => post({ t: 'start', job }));
  ts.setThreadPrewarm(() => post({ t: 'prewarm' }));
  gil.setSwitchEveryCheck(wd.switchEveryCheck === true);

  if (wd.fresh) {
    rt.initRuntime({ argv: wd.argv!, path0: wd.path0!, gil: wd.gil });
    // the build's code-cache run (worker-boot.ts): the modules and the runtime's start-up are compiled now, and
    // no Python code has run yet. A cache written after a program had run was smaller to load (8 ms less per
    // worker) but made the eval loop 5-10% slower for the whole run (BENCHMARKS.md, fourth stage)
    globalThis.__minipyWriteCodeCache?.();
    const code = rt.runMainThread(wd.source!, wd.filename!, { showRefcount: wd.showRefcount === true, debug: wd.debug === true });
    post({ t: 'exit', code });
  } else {
    rt.initRuntime({ argv: [], path0: '', gil: wd.gil });
    gil.dropGil();
    port.on('message', (m: ToWorker) => {
      if (m.t === 'run') {
        rt.runThreadJob(m.job);
        post({ t: 'idle' });
      }
    });
    post({ t: 'ready' });
    const { CTL_BOOTING } = await import('../runtime/layout.js');
    Atomics.sub(new Int32Array(wd.sab), CTL_BOOTING, 1);
  }
}
void main();
