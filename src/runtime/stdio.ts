/**
 * @fileoverview Writing to stdout/stderr and reading stdin, for print(), sys.stdout.write() and input().
 * Output is buffered per file descriptor and written with fs.writeSync, retrying on EAGAIN (a pipe that the
 * Node main thread has made non-blocking) and on partial writes, so nothing printed is ever lost; stderr is
 * written through immediately, and stdout is flushed before stderr output, before reading stdin, at exit, and
 * after every write while more than one Python thread is alive.
 */
import { writeSync, readSync } from 'node:fs';
import { I32 } from './heap.js';
import { CTL_THREADS_ALIVE } from './layout.js';

const bufs: string[][] = [[], [], []];
const sizes = [0, 0, 0];
const LIMIT = 1 << 15;

function writeAll(fd: number, s: string): void {
  const data = Buffer.from(s, 'utf8');
  let off = 0;
  let spins = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, Math.min(data.length - off, 1 << 16));
      spins = 0;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, Math.min(50, 1 + spins++));
        continue;
      }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

export function flushFd(fd: number): void {
  if (sizes[fd] === 0) return;
  const s = bufs[fd].join('');
  bufs[fd] = [];
  sizes[fd] = 0;
  writeAll(fd, s);
}

export function flushAll(): void {
  flushFd(1);
  flushFd(2);
}

/** writes text to fd 1 or 2 */
export function writeText(fd: number, s: string): void {
  if (fd === 2) {
    flushFd(1);
    writeAll(2, s);
    return;
  }
  bufs[fd].push(s);
  sizes[fd] += s.length;
  // with several threads alive each worker writes through, so that output keeps the order in which threads
  // printed it (CPython's threads share one buffer; ours are per worker)
  if (sizes[fd] >= LIMIT || I32[CTL_THREADS_ALIVE] > 1) flushFd(fd);
}

/** reading stdin blocks: the runtime sets these to release and retake the GIL around it (vm/gil.ts) */
const blockingHooks = { before: (): void => {}, after: (): void => {} };
export function setStdinBlockingHooks(before: () => void, after: () => void): void {
  blockingHooks.before = before;
  blockingHooks.after = after;
}

let stdinBuf: Buffer = Buffer.alloc(0);
let stdinEof = false;

/** one line from stdin without its newline, or null at EOF */
export function readLine(): string | null {
  flushAll();
  for (;;) {
    const nl = stdinBuf.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuf.subarray(0, nl).toString('utf8');
      stdinBuf = stdinBuf.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      if (stdinBuf.length === 0) return null;
      const line = stdinBuf.toString('utf8');
      stdinBuf = Buffer.alloc(0);
      return line;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      blockingHooks.before();
      try { n = readSync(0, chunk, 0, chunk.length, null); } finally { blockingHooks.after(); }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      if (code === 'EOF') n = 0; else throw e;
    }
    if (n === 0) stdinEof = true;
    else stdinBuf = Buffer.concat([stdinBuf, chunk.subarray(0, n)]);
  }
}

/** the rest of stdin */
export function readAll(): string {
  const lines: string[] = [];
  for (let l = readLine(); l !== null; l = readLine()) lines.push(l);
  return lines.join('\n');
}
