/**
 * @fileoverview The frozen modules' code cache. The modules minipy writes in Python (threading, collections,
 * functools, queue, ...) are compiled when minipy is built (scripts/freeze-modules.js runs every one of them
 * with MINIPY_FREEZE_WRITE set) into dist/frozen/<name>.json, and import loads that instead of parsing the
 * source again: CPython freezes its own start-up modules the same way. Each file records a hash of the source
 * it came from; a stale or missing file just means the source is parsed as before.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeSpec } from '../compiler/codespec.js';
import { specFromJson, specToJson, sourceHash } from '../compiler/specjson.js';

const DIR = join(__dirname, '..', 'frozen');

function fileOf(filename: string): string {
  // '<frozen concurrent.futures>' -> concurrent.futures.json
  return join(DIR, filename.slice('<frozen '.length, -1).replace(/[^\w.]/g, '_') + '.json');
}

export function loadFrozenSpec(filename: string, source: string): CodeSpec | null {
  let text: string;
  try { text = readFileSync(fileOf(filename), 'utf8'); } catch { return null; }
  const nl = text.indexOf('\n');
  if (text.slice(0, nl) !== sourceHash(source)) return null;
  return specFromJson(text.slice(nl + 1));
}

/** at build time only (MINIPY_FREEZE_WRITE=1): writes the spec just compiled */
export function saveFrozenSpec(filename: string, source: string, spec: CodeSpec): void {
  if (process.env.MINIPY_FREEZE_WRITE !== '1') return;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(fileOf(filename), sourceHash(source) + '\n' + specToJson(spec));
}
