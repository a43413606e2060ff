/**
 * @fileoverview The entry point of every worker_thread: each runs one Python thread at a time over the shared
 * heap. The first ("main") worker builds the heap and runs the program; the others attach to it, wait in the
 * supervisor's pool and run the jobs _thread.start_new_thread hands out (a tuple: function, args, kwargs, ident).
 *
 * Every import here is dynamic: the heap's typed-array views are made when runtime/heap.ts is first evaluated,
 * so the config (which buffer, fresh or not) must be set before any runtime module loads.
 */
import { workerData, parentPort } from 'node:worker_threads';

export interface WorkerInit {
  sab: SharedArrayBuffer;
  /** true for the main Python thread, which initializes the heap */
  fresh: boolean;
  tid: number;
  gil: boolean;
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

const wd = workerData as WorkerInit;
const port = parentPort!;
const post = (m: ToSupervisor): void => port.postMessage(m);

globalThis.__minipyHeapConfig = { sab: wd.sab, fresh: wd.fresh };
const { setThreadIdentity } = await import('../runtime/threadid.js');
setThreadIdentity(wd.tid, !wd.gil);
if (!wd.fresh) {
  // the parser and compiler touch no heap state: load them before taking the GIL, so that the main thread
  // is held up only while the runtime modules evaluate (they read the heap's tables)
  await import('../lexer/index.js');
  await import('../compiler/index.js');
  const gil = await import('./gil.js');
  const ts = await import('./thread-state.js');
  gil.initGil(wd.gil, false);
  ts.initThreadState();
  ts.setMyState(ts.ST_IDLE);
  gil.takeGil();
}
const rt = await import('./runtime.js');
const ts = await import('./thread-state.js');
const gil = await import('./gil.js');
const eb = await import('./eval-breaker.js');
ts.setThreadStarter((job) => post({ t: 'start', job }));
ts.setThreadPrewarm(() => post({ t: 'prewarm' }));
eb.setSwitchEveryCheck(wd.switchEveryCheck === true);

if (wd.fresh) {
  rt.initRuntime({ argv: wd.argv!, path0: wd.path0!, gil: wd.gil });
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
}
