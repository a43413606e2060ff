#!/usr/bin/env node
// Build step (after tsc): compiles every module minipy writes in Python into dist/frozen/<name>.json by
// importing them all once with MINIPY_FREEZE_WRITE=1 (src/vm/frozen-cache.ts). Imports then skip the parse.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist', 'frozen'), { recursive: true, force: true });
const program = 'import sys\nfor m in sys.builtin_module_names:\n    __import__(m)\n';
execFileSync(process.execPath, [path.join(root, 'bin', 'minipy.js'), '-c', program], {
  env: { ...process.env, MINIPY_FREEZE_WRITE: '1' }, stdio: 'inherit',
});
