/**
 * @fileoverview The thread library written in Python on top of the _thread builtin module: threading, queue and
 * the concurrent package with concurrent.futures (Python sources in py/threading_py.ts, py/queue_py.ts and
 * py/futures_py.ts), each run in its module's namespace on first import.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { THREADING_PY } from './py/threading_py.js';
import { QUEUE_PY } from './py/queue_py.js';
import { CONCURRENT_PY, FUTURES_PY, FUTURES_BASE_PY, FUTURES_THREAD_PY } from './py/futures_py.js';

for (const [name, src] of [['threading', THREADING_PY], ['queue', QUEUE_PY], ['concurrent', CONCURRENT_PY],
  ['concurrent.futures', FUTURES_PY], ['concurrent.futures._base', FUTURES_BASE_PY],
  ['concurrent.futures.thread', FUTURES_THREAD_PY]]) {
  registerModule(name, (_m, d) => { execCode(compileSource(src, `<frozen ${name}>`), d, d); });
}
