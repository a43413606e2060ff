/**
 * @fileoverview File objects (the FILE layout, type `_io.TextIOWrapper`): sys.stdout/sys.stderr/sys.stdin and
 * the files open() returns (openFile). The standard streams go through runtime/stdio.ts.
 *
 * A file opened for reading is read whole at open time: BUF holds its content (a str, or bytes in binary mode)
 * and POS the read position (code points / bytes). A file opened for writing keeps its OS descriptor in FD and
 * every write goes straight to it with fs.writeSync (no JS-side buffer, so any thread sees the same state).
 * MODE holds the M_* bits below.
 */
import { openSync, readFileSync, writeSync, closeSync, fstatSync } from 'node:fs';
import { I32, U8, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import { FILE, NONE, TYPE, T_STR, T_BYTES, typeRef, Kind, HDR, TRUE, FALSE, STR, BYTES } from '../layout.js';
import { raise, raiseExc, Exc } from '../errors.js';
import { strToJs, newStr, strSlice, strCharAt, intern } from '../objects/str.js';
import { newInt, intNum } from '../objects/int.js';
import { newBytes, bytesBase } from '../objects/bytes.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { newExceptionArgs } from '../objects/exception.js';
import { tupleSteal } from '../objects/tuple.js';
import { dictSet } from '../objects/dict.js';
import { defBuiltin, argc, typeDict, bindArgs } from '../builtinfn.js';
import { writeText, flushFd, readLine } from '../stdio.js';
import { typeNameOf, idHex, iterNext, getIter, instanceDict, reprJs } from '../abstract.js';
import { Slots } from '../slots.js';
import { registerDealloc, layoutDealloc, incref, decref } from '../refcount.js';
import { N } from '../names.js';

export const T_FILE = typeRef(Kind.FILE);

/** MODE bits */
const M_ENC_GIVEN = 256;
const M_READ = 1, M_WRITE = 2, M_APPEND = 4, M_CREATE = 8, M_BINARY = 16, M_PLUS = 32, M_TEXTFLAG = 64;

export function newStdStream(fd: number): Ref {
  const f = allocBlock(T_FILE, FILE.WORDS);
  for (let i = HDR; i < FILE.WORDS; i++) I32[f + i] = 0;
  I32[f + FILE.FD] = fd;
  I32[f + FILE.MODE] = (fd === 0 ? M_READ : M_WRITE | 128) | M_ENC_GIVEN;
  I32[f + FILE.NAME] = newStr(fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>');
  return f;
}

registerDealloc(Kind.FILE, (f) => {
  const fd = I32[f + FILE.FD];
  if (fd > 2 && !I32[f + FILE.CLOSED]) { try { closeSync(fd); } catch { /* ignore */ } }
  layoutDealloc(FILE)(f);
});

function modeString(m: number): string {
  let s = m & M_CREATE ? 'x' : m & M_APPEND ? 'a' : m & 128 ? 'w' : 'r';
  if (m & M_BINARY) s += 'b';
  if (m & M_TEXTFLAG) s += 't';
  if (m & M_PLUS) s += '+';
  return s;
}

Slots.repr[Kind.FILE] = (f) => {
  const m = I32[f + FILE.MODE];
  const nm = reprJs(I32[f + FILE.NAME]);
  if (m & M_BINARY) {
    const cls = m & M_PLUS ? 'BufferedRandom' : m & M_READ ? 'BufferedReader' : 'BufferedWriter';
    return `<_io.${cls} name=${nm}>`;
  }
  return `<_io.TextIOWrapper name=${nm} mode='${modeString(m)}' encoding='${m & M_ENC_GIVEN ? 'utf-8' : 'UTF-8'}'>`;
};

/** hooks for real files (kept for compatibility with earlier users) */
export const FileHooks = {
  write: null as ((f: Ref, s: string) => void) | null,
};

// ------------------------------------------------------------------ OSError helpers
const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
};

/** raises the OSError subclass for errno with args (errno, strerror) and the filename attribute */
export function raiseOSError(errno: number, strerror: string, type: Ref, filename: string | null): never {
  // args (errno, strerror[, filename]): types/exception.ts derives str() and the attributes from them
  const items = [newInt(errno), newStr(strerror)];
  if (filename !== null) items.push(newStr(filename));
  raiseExc(newExceptionArgs(type, tupleSteal(items)));
}

/** converts a Node fs error into the matching Python OSError (never returns) */
export function raiseFromNode(err: unknown, filename: string | null): never {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  const info = ERRNO[code];
  if (info) raiseOSError(info[0], info[1], (Exc as Record<string, number>)[info[2]], filename);
  raiseOSError((err as NodeJS.ErrnoException)?.errno ? -((err as NodeJS.ErrnoException).errno as number) : 5,
    (err as Error)?.message ?? 'Input/output error', Exc.OSError, filename);
}

// ------------------------------------------------------------------ open()
function parseMode(mode: string): number {
  let m = 0, kinds = 0;
  const seen = new Set<string>();
  for (const c of mode) {
    if (seen.has(c) || !'rwaxbt+U'.includes(c)) raise(Exc.ValueError, `invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'r') { m |= M_READ; kinds++; }
    else if (c === 'w') { m |= M_WRITE | 128; kinds++; }
    else if (c === 'a') { m |= M_WRITE | M_APPEND; kinds++; }
    else if (c === 'x') { m |= M_WRITE | M_CREATE; kinds++; }
    else if (c === 'b') m |= M_BINARY;
    else if (c === 't') m |= M_TEXTFLAG;
    else if (c === '+') m |= M_PLUS | M_READ | M_WRITE;
  }
  if ((m & M_BINARY) && (m & M_TEXTFLAG)) raise(Exc.ValueError, "can't have text and binary mode at once");
  if (kinds !== 1) raise(Exc.ValueError, 'must have exactly one of create/read/write/append mode');
  return m;
}

/** open(path, mode): a new FILE object; raises FileNotFoundError etc. as CPython */
export function openFile(path: string, mode: string = 'r', encoding?: string | null): Ref {
  let m = parseMode(mode);
  if (encoding !== undefined && encoding !== null) m |= M_ENC_GIVEN;
  let fd = -1;
  let content: Buffer | null = null;
  try {
    if (m & 128) fd = openSync(path, m & M_PLUS ? 'w+' : 'w');
    else if (m & M_APPEND) fd = openSync(path, m & M_PLUS ? 'a+' : 'a');
    else if (m & M_CREATE) fd = openSync(path, m & M_PLUS ? 'wx+' : 'wx');
    else {
      fd = openSync(path, m & M_PLUS ? 'r+' : 'r');
      if (fstatSync(fd).isDirectory()) { closeSync(fd); fd = -1; raiseOSError(21, 'Is a directory', Exc.IsADirectoryError, path); }
      content = readFileSync(fd);
      if (!(m & M_PLUS)) { closeSync(fd); fd = -1; }
    }
  } catch (e) {
    if (e instanceof Error) raiseFromNode(e, path);
    throw e;
  }
  const f = allocBlock(T_FILE, FILE.WORDS);
  for (let i = HDR; i < FILE.WORDS; i++) I32[f + i] = 0;
  I32[f + FILE.FD] = fd;
  I32[f + FILE.MODE] = m;
  I32[f + FILE.NAME] = newStr(path);
  if (content !== null) {
    if (m & M_BINARY) I32[f + FILE.BUF] = newBytes(content);
    else I32[f + FILE.BUF] = newStr(content.toString('utf8').replace(/\r\n?/g, '\n'));
    if (m & M_PLUS) {
      // read+write: subsequent writes go after what is read; keep it simple: position at the start
    }
  }
  return f;
}

// ------------------------------------------------------------------ reading
function checkOpen(f: Ref): void {
  if (I32[f + FILE.CLOSED]) raise(Exc.ValueError, 'I/O operation on closed file.');
}
function checkReadable(f: Ref): void {
  checkOpen(f);
  if (!(I32[f + FILE.MODE] & M_READ)) raiseUnsupported('not readable');
}
function checkWritable(f: Ref): void {
  checkOpen(f);
  if (!(I32[f + FILE.MODE] & M_WRITE)) raiseUnsupported('not writable');
}
function raiseUnsupported(msg: string): never {
  raise(Exc.OSError, msg);
}

function bufLen(b: Ref): number {
  return I32[b + TYPE] === T_STR ? I32[b + STR.LEN] : I32[b + BYTES.LEN];
}
function bufSlice(b: Ref, s: number, e: number): Ref {
  if (I32[b + TYPE] === T_STR) return strSlice(b, s, e);
  const base = bytesBase(b);
  return newBytes(U8.subarray(base + s, base + e));
}
function bufCharAt(b: Ref, i: number): number {
  return I32[b + TYPE] === T_STR ? strCharAt(b, i) : U8[bytesBase(b) + i];
}
function emptyOf(f: Ref): Ref {
  return I32[f + FILE.MODE] & M_BINARY ? newBytes([]) : newStr('');
}

/** reads one line (with its newline) from fd 0; '' at EOF */
function stdinLine(): string {
  const l = readLine();
  return l === null ? '' : l + '\n';
}

function readLineObj(f: Ref, limit = -1): Ref {
  checkReadable(f);
  if (I32[f + FILE.FD] === 0 && I32[f + FILE.BUF] === 0) {
    const s = stdinLine();
    return newStr(limit >= 0 ? [...s].slice(0, limit).join('') : s);
  }
  const b = I32[f + FILE.BUF];
  if (b === 0) return emptyOf(f);
  const n = bufLen(b);
  const p = I32[f + FILE.POS];
  let e = p;
  while (e < n && (limit < 0 || e - p < limit)) {
    if (bufCharAt(b, e++) === 10) break;
  }
  I32[f + FILE.POS] = e;
  return bufSlice(b, p, e);
}

function readObj(f: Ref, size: number): Ref {
  checkReadable(f);
  if (I32[f + FILE.FD] === 0 && I32[f + FILE.BUF] === 0) {
    let s = '';
    if (size < 0) { for (let l = stdinLine(); l !== ''; l = stdinLine()) s += l; return newStr(s); }
    while ([...s].length < size) { const l = stdinLine(); if (l === '') break; s += l; }
    return newStr([...s].slice(0, size).join(''));
  }
  const b = I32[f + FILE.BUF];
  if (b === 0) return emptyOf(f);
  const n = bufLen(b);
  const p = I32[f + FILE.POS];
  const e = size < 0 ? n : Math.min(n, p + size);
  I32[f + FILE.POS] = e;
  return bufSlice(b, p, e);
}

function sizeArg(r: Ref): number {
  return r === 0 || r === NONE ? -1 : intNum(r);
}

const TD = typeDict(T_FILE);
const Q = 'TextIOWrapper';

defBuiltin(TD, 'read', (a, n, kw) => {
  argc('read', n - 1, kw, 0, 1);
  return readObj(I32[a], n > 1 ? sizeArg(I32[a + 1]) : -1);
}, Q);

defBuiltin(TD, 'readline', (a, n, kw) => {
  argc('readline', n - 1, kw, 0, 1);
  return readLineObj(I32[a], n > 1 ? sizeArg(I32[a + 1]) : -1);
}, Q);

defBuiltin(TD, 'readlines', (a, n, kw) => {
  argc('readlines', n - 1, kw, 0, 1);
  const f = I32[a];
  const out = newList(0);
  try {
    for (;;) {
      const l = readLineObj(f);
      if (bufLen(l) === 0) { decref(l); break; }
      listAppendSteal(out, l);
    }
  } catch (e) { decref(out); throw e; }
  return out;
}, Q);

// ------------------------------------------------------------------ writing
function writeJs(f: Ref, s: string | Uint8Array): void {
  const fd = I32[f + FILE.FD];
  if (fd === 1 || fd === 2) {
    writeText(fd, typeof s === 'string' ? s : Buffer.from(s).toString('latin1'));
    return;
  }
  if (fd < 0) {
    if (FileHooks.write && typeof s === 'string') { FileHooks.write(f, s); return; }
    raise(Exc.ValueError, 'I/O operation on closed file.');
  }
  const data = typeof s === 'string' ? Buffer.from(s, 'utf8') : s;
  let off = 0;
  try {
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
  } catch (e) {
    if (e instanceof Error) raiseFromNode(e, null);
    throw e;
  }
}

defBuiltin(TD, 'write', (a, n, kw) => {
  argc('write', n - 1, kw, 1, 1);
  const f = I32[a], s = I32[a + 1];
  checkWritable(f);
  if (I32[f + FILE.MODE] & M_BINARY) {
    if (I32[s + TYPE] !== T_BYTES) raise(Exc.TypeError, `a bytes-like object is required, not '${typeNameOf(s)}'`);
    const base = bytesBase(s), len = I32[s + BYTES.LEN];
    writeJs(f, U8.slice(base, base + len));
    return newInt(len);
  }
  if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `write() argument must be str, not ${typeNameOf(s)}`);
  writeJs(f, strToJs(s));
  return newInt(I32[s + STR.LEN]);
}, Q);

defBuiltin(TD, 'writelines', (a, n, kw) => {
  argc('writelines', n - 1, kw, 1, 1);
  const f = I32[a];
  checkWritable(f);
  const it = getIter(I32[a + 1]);
  try {
    for (let s = iterNext(it); s !== 0; s = iterNext(it)) {
      try {
        if (I32[f + FILE.MODE] & M_BINARY) {
          if (I32[s + TYPE] !== T_BYTES) raise(Exc.TypeError, `a bytes-like object is required, not '${typeNameOf(s)}'`);
          const base = bytesBase(s);
          writeJs(f, U8.slice(base, base + I32[s + BYTES.LEN]));
        } else {
          if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `write() argument must be str, not ${typeNameOf(s)}`);
          writeJs(f, strToJs(s));
        }
      } finally { decref(s); }
    }
  } finally { decref(it); }
  return NONE;
}, Q);

defBuiltin(TD, 'flush', (a, n, kw) => {
  argc('flush', n - 1, kw, 0, 0);
  const f = I32[a];
  const fd = I32[f + FILE.FD];
  if (fd === 1 || fd === 2) flushFd(fd);
  else checkOpen(f);
  return NONE;
}, Q);

function closeFile(f: Ref): void {
  if (I32[f + FILE.CLOSED]) return;
  const fd = I32[f + FILE.FD];
  if (fd === 1 || fd === 2) flushFd(fd);
  I32[f + FILE.CLOSED] = 1;
  if (fd > 2) { try { closeSync(fd); } catch { /* ignore */ } }
  if (fd > 2 || fd < 0) I32[f + FILE.FD] = -1;
  const b = I32[f + FILE.BUF];
  if (b !== 0) { I32[f + FILE.BUF] = 0; decref(b); }
}

defBuiltin(TD, 'close', (a, n, kw) => {
  argc('close', n - 1, kw, 0, 0);
  closeFile(I32[a]);
  return NONE;
}, Q);

defBuiltin(TD, '__enter__', (a, n, kw) => {
  argc('__enter__', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  incref(I32[a]);
  return I32[a];
}, Q);

defBuiltin(TD, '__exit__', (a, n, _kw) => {
  void n;
  closeFile(I32[a]);
  return NONE;
}, Q);

defBuiltin(TD, 'readable', (a, n, kw) => {
  argc('readable', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  return I32[I32[a] + FILE.MODE] & M_READ ? TRUE : FALSE;
}, Q);
defBuiltin(TD, 'writable', (a, n, kw) => {
  argc('writable', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  return I32[I32[a] + FILE.MODE] & M_WRITE ? TRUE : FALSE;
}, Q);
defBuiltin(TD, 'seekable', (a, n, kw) => {
  argc('seekable', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  return I32[I32[a] + FILE.FD] > 2 || I32[I32[a] + FILE.BUF] !== 0 ? TRUE : FALSE;
}, Q);
defBuiltin(TD, 'isatty', (a, n, kw) => {
  argc('isatty', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  return FALSE;
}, Q);
defBuiltin(TD, 'fileno', (a, n, kw) => {
  argc('fileno', n - 1, kw, 0, 0);
  checkOpen(I32[a]);
  return newInt(I32[I32[a] + FILE.FD]);
}, Q);
defBuiltin(TD, 'tell', (a, n, kw) => {
  argc('tell', n - 1, kw, 0, 0);
  const f = I32[a];
  checkOpen(f);
  const b = I32[f + FILE.BUF];
  if (b !== 0 && I32[b + TYPE] === T_STR) {
    const pre = strSlice(b, 0, I32[f + FILE.POS]);
    const len = Buffer.byteLength(strToJs(pre), 'utf8');
    decref(pre);
    return newInt(len);
  }
  return newInt(I32[f + FILE.POS]);
}, Q);
defBuiltin(TD, 'seek', (a, n, kw) => {
  const [self, off, whence] = bindArgs('seek', a, n, kw, ['self', 'cookie', 'whence']);
  checkOpen(self);
  const w = whence === 0 ? 0 : intNum(whence);
  const b = I32[self + FILE.BUF];
  const o = intNum(off);
  if (b !== 0) {
    const len = bufLen(b);
    let p = w === 0 ? o : w === 2 ? len + o : I32[self + FILE.POS] + o;
    if (p < 0) p = 0;
    if (p > len) p = len;
    I32[self + FILE.POS] = p;
    return newInt(p);
  }
  return newInt(o);
}, Q);

// attributes
const A_CLOSED = intern('closed'), A_MODE = intern('mode'), A_ENCODING = intern('encoding');
Slots.getattr[Kind.FILE] = (f, name) => {
  if (name === A_CLOSED) return I32[f + FILE.CLOSED] ? TRUE : FALSE;
  if (name === N.name) { const nm = I32[f + FILE.NAME]; incref(nm); return nm; }
  if (name === A_MODE) return newStr(I32[f + FILE.FD] <= 2 && I32[f + FILE.FD] >= 0 && !(I32[f + FILE.MODE] & 128) ? (I32[f + FILE.FD] === 0 ? 'r' : 'w') : modeString(I32[f + FILE.MODE]));
  if (name === A_ENCODING && !(I32[f + FILE.MODE] & M_BINARY)) return newStr(I32[f + FILE.MODE] & M_ENC_GIVEN ? 'utf-8' : 'UTF-8');
  return 0;
};

// iteration: lines
Slots.iter[Kind.FILE] = (f) => { checkOpen(f); incref(f); return f; };
Slots.next[Kind.FILE] = (f) => {
  const l = readLineObj(f);
  if (bufLen(l) === 0) { decref(l); return 0; }
  return l;
};
defBuiltin(TD, '__iter__', (a, n, kw) => {
  argc('__iter__', n - 1, kw, 0, 0);
  return Slots.iter[Kind.FILE](I32[a]);
}, Q);
defBuiltin(TD, '__next__', (a, n, kw) => {
  argc('__next__', n - 1, kw, 0, 0);
  const v = Slots.next[Kind.FILE](I32[a]);
  if (v === 0) raise(Exc.StopIteration);
  return v;
}, Q);

