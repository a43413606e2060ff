/**
 * @fileoverview Printing an uncaught exception the way CPython does: the chain of causes and contexts, then
 * for each exception "Traceback (most recent call last):", one `File "...", line N, in name` entry per frame
 * with the source line, and the `Type: message` line. Source lines are read from the files (like linecache).
 */
import { readFileSync } from 'node:fs';
import { I32, type Ref } from '../runtime/heap.js';
import { TYPE, EXC, TRACEBACK, TYPEOBJ, NONE, T_STR } from '../runtime/layout.js';
import { strToJs } from '../runtime/objects/str.js';
import { codeName, codeFilename } from '../runtime/objects/code.js';
import { strJs, isInstance } from '../runtime/abstract.js';
import { Exc, PyRaise } from '../runtime/errors.js';
import { decref } from '../runtime/refcount.js';

const sourceCache = new Map<string, string[] | null>();
/** extra sources by filename (e.g. '<string>' for -c, which CPython does not show) */
export function registerSource(filename: string, text: string | null): void {
  sourceCache.set(filename, text === null ? null : text.split('\n'));
}

function sourceLine(filename: string, line: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try { lines = readFileSync(filename, 'utf8').split('\n'); } catch { lines = null; }
    sourceCache.set(filename, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return null;
  return lines[line - 1].trim();
}

/** `Type: message` */
export function exceptionLine(e: Ref): string {
  const t = I32[e + TYPE];
  const mod = I32[t + TYPEOBJ.MODULE];
  const modName = mod !== 0 && I32[mod + TYPE] === T_STR ? strToJs(mod) : 'builtins';
  const qn = strToJs(I32[t + TYPEOBJ.QUALNAME]);
  const name = modName === 'builtins' || modName === '__main__' ? qn : `${modName}.${qn}`;
  let msg: string;
  try {
    msg = strJs(e);
  } catch (err) {
    if (err instanceof PyRaise) { decref(err.exc); msg = '<exception str() failed>'; } else throw err;
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

function formatOne(e: Ref): string {
  let out = '';
  let tb = I32[e + EXC.TRACEBACK];
  if (tb !== 0 && tb !== NONE) {
    out += 'Traceback (most recent call last):\n';
    // as CPython: after 3 identical entries in a row, one "[Previous line repeated N more times]" line
    let last = '';
    let repeats = 0;
    const flushRepeats = () => {
      if (repeats > 3) out += `  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]\n`;
    };
    while (tb !== 0 && tb !== NONE) {
      const code = I32[tb + TRACEBACK.CODE];
      const file = codeFilename(code);
      const line = I32[tb + TRACEBACK.LINENO];
      let entry = `  File "${file}", line ${line}, in ${codeName(code)}\n`;
      const src = sourceLine(file, line);
      if (src) entry += `    ${src}\n`;
      if (entry === last) repeats++;
      else { flushRepeats(); last = entry; repeats = 1; }
      if (repeats <= 3) out += entry;
      tb = I32[tb + TRACEBACK.NEXT];
    }
    flushRepeats();
  }
  if (isInstance(e, Exc.SyntaxError)) out += syntaxErrorBody(e);
  else out += exceptionLine(e) + '\n';
  return out;
}

/** set by the CLI: formats a SyntaxError instance's own block (file, line, caret) */
let syntaxErrorBody: (e: Ref) => string = (e) => exceptionLine(e) + '\n';
export function setSyntaxErrorFormatter(f: (e: Ref) => string): void { syntaxErrorBody = f; }

/** the whole report for an uncaught exception, with its causes and contexts first */
export function formatException(e: Ref): string {
  const seen = new Set<number>();
  const parts: string[] = [];
  let cur = e;
  while (cur !== 0 && cur !== NONE && !seen.has(cur)) {
    seen.add(cur);
    parts.unshift(formatOne(cur));
    const cause = I32[cur + EXC.CAUSE];
    const ctx = I32[cur + EXC.CONTEXT];
    if (cause !== NONE && cause !== 0) {
      parts.unshift('\nThe above exception was the direct cause of the following exception:\n\n');
      cur = cause;
    } else if (ctx !== NONE && ctx !== 0 && !I32[cur + EXC.SUPPRESS]) {
      parts.unshift('\nDuring handling of the above exception, another exception occurred:\n\n');
      cur = ctx;
    } else break;
  }
  // built newest-first with unshift: oldest report, separator, ..., newest report
  return parts.join('');
}
