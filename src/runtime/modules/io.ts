/**
 * @fileoverview File objects (the FILE layout, type `_io.TextIOWrapper`): sys.stdout/sys.stderr and the files
 * open() returns. The standard streams write through runtime/stdio.ts.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import { FILE, NONE, TYPE, T_STR, typeRef, Kind, HDR } from '../layout.js';
import { raise, Exc } from '../errors.js';
import { strToJs, newStr } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { defBuiltin, argc, typeDict } from '../builtinfn.js';
import { writeText, flushFd } from '../stdio.js';
import { Slots, typeNameOf, idHex } from '../abstract.js';
import { registerDealloc, layoutDealloc, incref } from '../refcount.js';

export const T_FILE = typeRef(Kind.FILE);

export function newStdStream(fd: number): Ref {
  const f = allocBlock(T_FILE, FILE.WORDS);
  for (let i = HDR; i < FILE.WORDS; i++) I32[f + i] = 0;
  I32[f + FILE.FD] = fd;
  I32[f + FILE.NAME] = newStr(fd === 0 ? '<stdin>' : fd === 1 ? '<stdout>' : '<stderr>');
  return f;
}

registerDealloc(Kind.FILE, layoutDealloc(FILE));
Slots.repr[Kind.FILE] = (f) => `<_io.TextIOWrapper name='${strToJs(I32[f + FILE.NAME])}' mode='w' encoding='utf-8'>`;
void idHex;

/** hooks for real files (set by the file implementation) */
export const FileHooks = {
  write: null as ((f: Ref, s: string) => void) | null,
};

defBuiltin(typeDict(T_FILE), 'write', (a, n, kw) => {
  argc('write', n - 1, kw, 1, 1);
  const f = I32[a], s = I32[a + 1];
  if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `write() argument must be str, not ${typeNameOf(s)}`);
  const js = strToJs(s);
  const fd = I32[f + FILE.FD];
  if (fd === 1 || fd === 2) writeText(fd, js);
  else if (FileHooks.write) FileHooks.write(f, js);
  else raise(Exc.ValueError, 'I/O operation on closed file.');
  return newInt([...js].length);
}, 'TextIOWrapper');

defBuiltin(typeDict(T_FILE), 'flush', (a, n, kw) => {
  argc('flush', n - 1, kw, 0, 0);
  const fd = I32[I32[a] + FILE.FD];
  if (fd === 1 || fd === 2) flushFd(fd);
  return NONE;
}, 'TextIOWrapper');

export { incref };
