/**
 * @fileoverview Printing an uncaught exception the way CPython does: the chain of causes and contexts, then
 * for each exception "Traceback (most recent call last):", one `File "...", line N, in name` entry per frame
 * with the source line, and the `Type: message` line. Source lines are read from the files (like linecache).
 * Under the source, the failing instruction's range is marked (`~~^~~`) as CPython 3.13's traceback.py does;
 * see sourceWithMarkers().
 */
import { readFileSync } from 'node:fs';
import { I32, type Ref } from '../runtime/heap.js';
import { TYPE, EXC, TRACEBACK, TYPEOBJ, NONE, T_STR } from '../runtime/layout.js';
import { strToJs } from '../runtime/objects/str.js';
import { codeName, codeFilename, codePosition, type CodePosition } from '../runtime/objects/code.js';
import { parseModule as parse } from './frontend.js';
import type * as A from '../lexer/ast.js';
import { strJs, isInstance } from '../runtime/abstract.js';
import { Exc, PyRaise } from '../runtime/errors.js';
import { decref } from '../runtime/refcount.js';

const sourceCache = new Map<string, string[] | null>();
/** extra sources by filename (e.g. '<string>' for -c, which CPython does not show) */
export function registerSource(filename: string, text: string | null): void {
  sourceCache.set(filename, text === null ? null : text.split('\n'));
}

/** line `line` of the file as it is (without its line ending), or null */
function rawLine(filename: string, line: number): string | null {
  let lines = sourceCache.get(filename);
  if (lines === undefined) {
    try { lines = readFileSync(filename, 'utf8').split('\n'); } catch { lines = null; }
    sourceCache.set(filename, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return null;
  const l = lines[line - 1];
  return l.endsWith('\r') ? l.slice(0, -1) : l;
}

function sourceLine(filename: string, line: number): string | null {
  const l = rawLine(filename, line);
  return l === null ? null : l.trim();
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
      entry += sourceWithMarkers(file, line, codePosition(code, I32[tb + TRACEBACK.LASTI]));
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

// ------------------------------------------------------------------ position markers (CPython 3.13 traceback.py)

const markerCache = new Map<string, string>();

/**
 * The source text of one traceback entry: the instruction's source lines, each followed by its markers, indented by
 * four spaces (StackSummary.format_frame_summary). With no column information (or a range that does not start on
 * the entry's line), only the entry's line, stripped. Markers are left out when the range covers the whole
 * statement, except for a binary operation, subscript or call (whose anchors are always shown) — and never shown
 * for `return f(...)` or `name = f(...)` spanning the whole statement.
 */
function sourceWithMarkers(file: string, lineno: number, pos: CodePosition | null): string {
  if (!pos || pos.line !== lineno || pos.col < 0 || pos.endCol < 0 || pos.endLine < pos.line) {
    const src = sourceLine(file, lineno);
    return src ? `    ${src}\n` : '';
  }
  const key = `${file}\0${pos.line}\0${pos.col}\0${pos.endLine}\0${pos.endCol}`;
  let text = markerCache.get(key);
  if (text === undefined) {
    text = buildMarkers(file, pos);
    markerCache.set(key, text);
  }
  return text;
}

/** str.splitlines() */
function splitlines(s: string): string[] {
  const parts = s.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/);
  if (parts.length && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const isSpace = (ch: string): boolean => /^\s$/.test(ch);
const lstrip = (s: string): string => s.replace(/^\s+/, '');
const rstrip = (s: string): string => s.replace(/\s+$/, '');

/** textwrap.dedent */
function dedent(text: string): string {
  text = text.replace(/^[ \t]+$/gm, '');
  let margin: string | null = null;
  for (const m of text.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const indent = m[1];
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  if (!margin) return text;
  return text.split('\n').map((l) => (l.startsWith(margin!) ? l.slice(margin!.length) : l)).join('\n');
}

/** _display_width: East Asian wide and fullwidth characters take two columns */
function displayWidth(line: string, offset = line.length): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(line)) return offset;
  let w = 0;
  for (const ch of line.slice(0, offset)) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff)
    || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf)
    || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
    || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f)
    || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
}

interface Anchors { leftLine: number; leftOff: number; rightLine: number; rightOff: number; primary: string; secondary: string }

class NoAnchors extends Error {}

/** _extract_caret_anchors_from_line_segment: the operator of a BinOp, the brackets of a Subscript or Call */
function caretAnchors(segment: string): Anchors | null {
  let tree: A.Module;
  try {
    tree = parse(`(\n${segment}\n)`, '<traceback>');
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const lines = splitlines(segment);
  const at = (l: number, c: number): string => {
    const ch = lines[l]?.[c];
    if (ch === undefined) throw new NoAnchors();
    return ch;
  };
  const nextValid = (l: number, c: number): [number, number] => {
    while (l < lines.length && c >= lines[l].length) { c = 0; l++; }
    if (!(l < lines.length && c < lines[l].length)) throw new NoAnchors();
    return [l, c];
  };
  const increment = (l: number, c: number): [number, number] => nextValid(l, c + 1);
  const nextline = (l: number): [number, number] => nextValid(l + 1, 0);
  const incrementUntil = (l: number, c: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = at(l, c);
      if (ch === '\\' || ch === '#') [l, c] = nextline(l);
      else if (!stop(ch)) [l, c] = increment(l, c);
      else return [l, c];
    }
  };
  const endOf = (x: A.Pos, forceValid = true): [number, number] => {
    const l = (x.end_lineno ?? x.lineno) - 2;
    const c = x.end_col_offset ?? 0;
    return forceValid ? nextValid(l, c) : [l, c];
  };
  const st = tree.body[0];
  if (st.type !== 'Expr') return null;
  const x = st.value;
  const mk = (leftLine: number, leftOff: number, rightLine: number, rightOff: number): Anchors =>
    ({ leftLine, leftOff, rightLine, rightOff, primary: '~', secondary: '^' });
  try {
    switch (x.type) {
      case 'BinOp': {
        let [l, c] = endOf(x.left);
        [l, c] = incrementUntil(l, c, (ch) => !isSpace(ch) && ch !== ')');
        let right = c + 1;
        if (right < lines[l].length
          && (x.right.lineno - 2 > l || right < x.right.col_offset)
          && !isSpace(lines[l][right]) && lines[l][right] !== '\\' && lines[l][right] !== '#') right++;
        return mk(l, c, l, right);
      }
      case 'Subscript':
      case 'Call': {
        const [l0, c0] = endOf(x.type === 'Subscript' ? x.value : x.func);
        const open = x.type === 'Subscript' ? '[' : '(';
        const [l, c] = incrementUntil(l0, c0, (ch) => ch === open);
        const [rl, rc] = endOf(x, false);
        return mk(l, c, rl, rc);
      }
      default:
        return null;
    }
  } catch (e) {
    if (e instanceof NoAnchors) return null;
    throw e;
  }
}

/** _should_show_carets */
function shouldShowCarets(start: number, end: number, allLines: string[], anchors: Anchors | null): boolean {
  let tree: A.Module | null = null;
  try { tree = parse(allLines.join('\n'), '<traceback>'); } catch { tree = null; }
  if (tree) {
    if (!tree.body.length) return false;
    const st = tree.body[0];
    let value: A.Expr | null = null;
    if (st.type === 'Return' && st.value?.type === 'Call' && st.value.func.type === 'Name') value = st.value;
    else if (st.type === 'Assign' && st.value.type === 'Call' && st.targets.length === 1
      && st.targets[0].type === 'Name') value = st.value;
    if (value && value.lineno === 1 && value.end_lineno === allLines.length && value.col_offset === start
      && value.end_col_offset === end) return false;
  }
  if (anchors) return true;
  return lstrip(allLines[0].slice(0, start)) !== '' || rstrip(allLines[allLines.length - 1].slice(end)) !== '';
}

function buildMarkers(file: string, pos: CodePosition): string {
  const original: string[] = [];
  for (let l = pos.line; l <= pos.endLine; l++) original.push(rstrip(rawLine(file, l) ?? ''));
  const dedented = dedent(original.join('\n') + '\n');
  if (!dedented.trim()) return '';
  const firstLine = original[0];
  let startOff = pos.col;
  let endOff = pos.endCol;
  const allLines = splitlines(dedented).slice(0, pos.endLine - pos.line + 1);
  const dedentChars = firstLine.length - allLines[0].length;
  startOff = Math.max(0, startOff - dedentChars);
  endOff = Math.max(0, endOff - dedentChars);
  const last = allLines.length - 1;
  const dpStart = displayWidth(allLines[0], startOff);
  const dpEnd = displayWidth(allLines[last], endOff);
  let segment = allLines.join('\n');
  segment = segment.slice(startOff, segment.length - (allLines[last].length - endOff));
  let anchors: Anchors | null = null;
  try { anchors = caretAnchors(segment); } catch { anchors = null; }
  const show = shouldShowCarets(startOff, endOff, allLines, anchors);

  const significant = new Set<number>([0, last]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = '^';
  let secondary = '^';
  if (anchors) {
    leftEnd = anchors.leftOff + (anchors.leftLine === 0 ? startOff : 0);
    rightStart = anchors.rightOff + (anchors.rightLine === 0 ? startOff : 0);
    leftEnd = displayWidth(allLines[anchors.leftLine], leftEnd);
    rightStart = displayWidth(allLines[anchors.rightLine], rightStart);
    primary = anchors.primary;
    secondary = anchors.secondary;
    for (let d = -1; d <= 1; d++) {
      significant.add(anchors.leftLine + d);
      significant.add(anchors.rightLine + d);
    }
  }
  significant.delete(-1);
  significant.delete(allLines.length);

  const result: string[] = [];
  const outputLine = (ln: number): void => {
    const line = allLines[ln];
    result.push(line + '\n');
    if (!show) return;
    const numSpaces = line.length - lstrip(line).length;
    const numCarets = ln === last ? dpEnd : displayWidth(line);
    let carets = '';
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStart)) carets += ' ';
      else if (anchors
        && (ln > anchors.leftLine || (ln === anchors.leftLine && col >= leftEnd))
        && (ln < anchors.rightLine || (ln === anchors.rightLine && col < rightStart))) carets += secondary;
      else carets += primary;
    }
    result.push(carets + '\n');
  };
  const sig = [...significant].sort((a, b) => a - b);
  sig.forEach((ln, i) => {
    if (i) {
      const diff = ln - sig[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  });
  // textwrap.indent(textwrap.dedent(...), '    ', lambda line: True)
  return dedent(result.join('')).split(/(?<=\n)/).filter((l) => l !== '').map((l) => '    ' + l).join('');
}
