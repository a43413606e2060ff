#!/usr/bin/env node
// Build step (after tsc and bundle-worker.js): compiles every module minipy writes in Python into
// dist/frozen/<name>.json by importing them all once with MINIPY_FREEZE_WRITE=1 (src/vm/frozen-cache.ts): imports
// then skip the parse. Then starts minipy once more with MINIPY_WRITE_CODE_CACHE=1, which writes V8's code cache
// of the worker bundle (src/vm/worker-boot.ts) with what the worker compiled before running Python code
// (src/vm/worker.ts).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist', 'frozen'), { recursive: true, force: true });
rmSync(path.join(root, 'dist', 'worker-bundle.cache'), { force: true });
const program = 'import sys\nfor m in sys.builtin_module_names:\n    __import__(m)\n';
execFileSync(process.execPath, [path.join(root, 'bin', 'minipy.js'), '-c', program], {
  env: { ...process.env, MINIPY_FREEZE_WRITE: '1' }, stdio: 'inherit',
});
execFileSync(process.execPath, [path.join(root, 'bin', 'minipy.js'), '-c', 'pass'], {
  env: { ...process.env, MINIPY_WRITE_CODE_CACHE: '1' }, stdio: 'inherit',
});
