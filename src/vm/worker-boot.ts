/**
 * @fileoverview Every worker's entry file. It loads the worker's modules (worker.ts and all it requires) from
 * dist/worker-bundle.js, one script that scripts/bundle-worker.js joins at build time, compiled with V8's code
 * cache dist/worker-bundle.cache (written at build time by scripts/freeze-modules.js starting minipy with
 * MINIPY_WRITE_CODE_CACHE=1: worker.ts writes it before any Python code runs). That spares each worker ~100 file lookups and compiles at boot: Node 20 keeps no
 * code cache for require()d files. V8 ignores a cache made for other flags (--gil=off turns one off) and then
 * compiles the script as usual. Without a bundle (tsc alone, as the unit tests build nothing), it requires
 * worker.js directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

const DIST = join(__dirname, '..');
const BUNDLE = join(DIST, 'worker-bundle.js');
const CACHE = join(DIST, 'worker-bundle.cache');

declare global {
  /** set when a worker should write the code cache: worker.ts calls it once the runtime is set up */
  // eslint-disable-next-line no-var
  var __minipyWriteCodeCache: (() => void) | undefined;
}

function boot(): void {
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    require('./worker.js');
    return;
  }
  let cachedData: Buffer | undefined;
  try { cachedData = readFileSync(CACHE); } catch { cachedData = undefined; }
  const script = new Script(source, { filename: BUNDLE, cachedData });
  if (process.env.MINIPY_WRITE_CODE_CACHE === '1') {
    globalThis.__minipyWriteCodeCache = () => writeFileSync(CACHE, script.createCachedData());
  }
  const make = script.runInThisContext() as (req: NodeJS.Require, dist: string) => (id: string) => unknown;
  make(require, DIST)('vm/worker.js');
}
boot();
