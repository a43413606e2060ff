/**
 * @fileoverview The Node main thread's part: it runs no Python. It makes the heap (a SharedArrayBuffer), starts
 * the main Python thread's worker, keeps a pool of idle workers so that starting a thread costs a message, not
 * a worker boot (~80 ms), hands each new thread's job to an idle worker, turns Ctrl-C into a KeyboardInterrupt
 * in the main Python thread, watches for deadlock (every thread blocked forever), and ends the process with the
 * main thread's exit code. Output needs no forwarding: every worker writes to fds 1 and 2 itself (stdio.ts).
 * Not here: what a worker does (worker.ts).
 */
import { Worker } from 'node:worker_threads';
import { writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ToSupervisor, ToWorker, WorkerInit } from './worker.js';
import { frontendChannel } from './frontend-host.js';
import {
  CTL_THREADS_ALIVE, CTL_THREADS_BLOCKED, CTL_PROGRESS, CTL_THREAD_TABLE, TS_WORDS, TS_BREAKER, TS_WAIT_DESC,
  MAX_THREADS, STR, STR_DATA, FLAGS, F_STR_UCS4,
} from '../runtime/layout.js';

export interface SuperviseOptions {
  heapBytes: number;
  gil: boolean;
  source: string;
  filename: string;
  argv: string[];
  path0: string;
  showRefcount: boolean;
  debug: boolean;
  switchEveryCheck: boolean;
  /** the program imports a thread module: boot the pool together with the main thread */
  prewarm: boolean;
}

const WORKER_URL = join(__dirname, 'worker-boot.js');
/** how often the deadlock watch looks, and how many looks in a row must see no progress */
const WATCH_MS = 100;
const WATCH_TICKS = 3;
/** how many workers a program that imports _thread gets ahead of time */
const PREWARM = Math.max(1, Math.min(availableParallelism(), 4));
/** how long a start waits for a busy worker to come back before a new one is booted */
const SPAWN_GRACE_MS = 3;
/** EB_INTERRUPT in gil.ts (not imported: that would load the runtime into this thread) */
const EB_INTERRUPT = 2;

/** starts the main Python thread's worker before its options are known (see worker.ts getInit) */
export function startEarlyWorker(): Worker {
  return new Worker(WORKER_URL, { workerData: { early: true }, stdout: false, stderr: false });
}

export function supervise(o: SuperviseOptions, early: Worker | null = null): Promise<number> {
  const sab = new SharedArrayBuffer(o.heapBytes);
  const I32 = new Int32Array(sab);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const pendingJobs: number[] = [];
  let booting = 0;

  return new Promise<number>((resolveExit) => {
    let done = false;
    const finish = (code: number): void => {
      if (done) return;
      done = true;
      resolveExit(code);
    };

    function spawn(base: Omit<WorkerInit, 'fePort' | 'feSignal'>, w: Worker | null = null): Worker {
      const fe = frontendChannel();
      const init: WorkerInit = { ...base, fePort: fe.port, feSignal: fe.signal };
      if (w === null) w = new Worker(WORKER_URL, { workerData: init, transferList: [fe.port], stdout: false, stderr: false });
      else w.postMessage({ t: 'config', init }, [fe.port]);
      workers.push(w);
      w.on('message', (m: ToSupervisor) => onMessage(w!, m));
      w.on('error', (e: Error) => {
        writeSync(2, `minipy: internal error in a worker: ${e.stack ?? e.message}\n`);
        finish(70);
      });
      w.on('exit', (code) => {
        if (init.fresh && !done) finish(code === 0 ? 70 : code);
      });
      return w;
    }

    function spawnPooled(): void {
      if (workers.length >= MAX_THREADS) return;
      booting++;
      spawn({ sab, fresh: false, tid: workers.length, gil: o.gil });
    }

    function give(w: Worker, job: number): void {
      const m: ToWorker = { t: 'run', job };
      w.postMessage(m);
      // no spare is booted here: the pool was prewarmed with one worker per core, and a boot now would take a
      // core from the threads just started (booting is ~100 ms of CPU)
    }

    function onMessage(w: Worker, m: ToSupervisor): void {
      switch (m.t) {
        case 'exit':
          finish(m.code);
          return;
        case 'start': {
          const w2 = idle.pop();
          if (w2 !== undefined) give(w2, m.job);
          else {
            pendingJobs.push(m.job);
            // a worker that just ran a thread may be about to say it is idle (its message can arrive after
            // this one): give it a moment before paying for a new worker
            setTimeout(() => { while (booting < pendingJobs.length) spawnPooled(); }, SPAWN_GRACE_MS);
          }
          return;
        }
        case 'prewarm':
          // one spare per core: a program that starts as many threads as there are cores finds them all ready
          while (idle.length + booting < PREWARM) spawnPooled();
          return;
        case 'ready':
        case 'idle': {
          // a new worker is an idle worker
          if (m.t === 'ready') booting--;
          const job = pendingJobs.shift();
          if (job !== undefined) give(w, job);
          else idle.push(w);
          return;
        }
      }
    }

    spawn({
      sab, fresh: true, tid: 0, gil: o.gil, source: o.source, filename: o.filename, argv: o.argv, path0: o.path0,
      showRefcount: o.showRefcount, debug: o.debug, switchEveryCheck: o.switchEveryCheck,
    }, early);
    if (o.prewarm) while (idle.length + booting < PREWARM) spawnPooled();

    // ------------------------------------------------------------ Ctrl-C
    let interrupts = 0;
    const onSigint = (): void => {
      if (++interrupts > 1) { finish(130); return; }
      const table = Atomics.load(I32, CTL_THREAD_TABLE);
      if (table !== 0) Atomics.or(I32, table + TS_BREAKER, EB_INTERRUPT); // thread 0: the main thread
    };
    process.on('SIGINT', onSigint);

    // ------------------------------------------------------------ deadlock watch
    let still = 0;
    let lastProgress = -1;
    const watch = setInterval(() => {
      const alive = Atomics.load(I32, CTL_THREADS_ALIVE);
      const blocked = Atomics.load(I32, CTL_THREADS_BLOCKED);
      const progress = Atomics.load(I32, CTL_PROGRESS);
      if (alive > 0 && blocked >= alive && progress === lastProgress) still++;
      else still = 0;
      lastProgress = progress;
      if (still >= WATCH_TICKS) {
        writeSync(2, deadlockReport(I32, alive));
        finish(1);
      }
    }, WATCH_MS);
    watch.unref();
  }).then((code) => {
    for (const w of workers) void w.terminate();
    return code;
  });
}

/** reads a heap str (Latin-1 or UCS-4 storage, layout.ts STR) without the runtime */
function heapStr(I32: Int32Array, r: number): string {
  const n = I32[r + STR.LEN];
  if (I32[r + FLAGS] & F_STR_UCS4) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCodePoint(I32[r + STR_DATA + i]);
    return s;
  }
  const bytes = new Uint8Array(I32.buffer, (r + STR_DATA) * 4, n);
  return Buffer.from(bytes).toString('latin1');
}

function deadlockReport(I32: Int32Array, alive: number): string {
  const table = Atomics.load(I32, CTL_THREAD_TABLE);
  const lines: string[] = [];
  for (let t = 0; t < MAX_THREADS && table !== 0; t++) {
    const d = Atomics.load(I32, table + t * TS_WORDS + TS_WAIT_DESC);
    if (d !== 0) lines.push(`  ${heapStr(I32, d)}\n`);
  }
  const n = alive === 1 ? 'the only thread is' : `all ${alive} threads are`;
  return `minipy: deadlock: ${n} blocked forever\n${lines.join('')}`;
}
