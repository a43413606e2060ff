/**
 * @fileoverview Code objects in the heap: a CodeSpec from the compiler is copied into immortal heap objects
 * (bytecode, line table and exception table as raw Int32 blocks; constants, names and variable names as
 * tuples), so any worker can run it. Constants are immortal, as free-threaded CPython 3.14 makes them: no
 * thread ever writes their reference counts. Not here: the compiler (src/compiler), disassembly (vm/dis.ts).
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock, allocRaw } from '../alloc.js';
import {
  CODE, T_CODE, HDR, NONE, TRUE, FALSE, ELLIPSIS, EXC_ENTRY_WORDS, TUPLE_ITEMS, T_FROZENSET,
} from '../layout.js';
import { makeImmortal } from '../refcount.js';
import { intern, newStr, strToJs } from './str.js';
import { newIntFromBig } from './int.js';
import { newFloat } from './float.js';
import { newTuple } from './tuple.js';
import { newBytes } from './bytes.js';
import { newSetFromArray } from './set.js';
import type { CodeSpec, CodeConst } from '../../compiler/codespec.js';

/** code-flag bit (not CPython's): see codeFromSpec */
export const CO_SIMPLE = 1 << 28;

/** a construct the compiler accepted but the runtime cannot represent */
export class PyNotSupported extends Error {}

function constToHeap(c: CodeConst): Ref {
  let r: Ref;
  switch (c.kind) {
    case 'none': return NONE;
    case 'bool': return c.value ? TRUE : FALSE;
    case 'ellipsis': return ELLIPSIS;
    case 'int': r = newIntFromBig(c.value); break;
    case 'float': r = newFloat(c.value); break;
    case 'complex': throw new PyNotSupported('complex numbers are not supported by minipy');
    case 'str': return intern(c.value);
    case 'bytes': r = newBytes(c.value); break;
    case 'tuple': {
      r = newTuple(c.items.length);
      c.items.forEach((it, i) => { I32[r + TUPLE_ITEMS + i] = constToHeap(it); });
      break;
    }
    case 'frozenset': r = newSetFromArray(T_FROZENSET, c.items.map(constToHeap)); break;
    case 'code': return codeFromSpec(c.code);
  }
  makeImmortal(r);
  return r;
}

function tupleOfNames(names: string[]): Ref {
  const t = newTuple(names.length);
  names.forEach((s, i) => { I32[t + TUPLE_ITEMS + i] = intern(s); });
  makeImmortal(t);
  return t;
}

function rawOf(words: ArrayLike<number>): Ref {
  const r = allocRaw(Math.max(1, words.length));
  for (let i = 0; i < words.length; i++) I32[r + HDR + i] = words[i];
  return r;
}

export function codeFromSpec(spec: CodeSpec): Ref {
  const c = allocBlock(T_CODE, CODE.WORDS);
  for (let i = HDR; i < CODE.WORDS; i++) I32[c + i] = 0;
  I32[c + CODE.BYTECODE] = rawOf(spec.code);
  I32[c + CODE.LINES] = rawOf(spec.lines);
  I32[c + CODE.NINSTR] = spec.code.length;
  I32[c + CODE.POSITIONS] = rawOf(spec.positions ?? positionsFromLines(spec.lines));
  const exc: number[] = [];
  for (const e of spec.exceptiontable) exc.push(e.start, e.end, e.target, (e.depth << 1) | (e.lasti ? 1 : 0));
  I32[c + CODE.EXCTABLE] = rawOf(exc);
  I32[c + CODE.NEXC] = spec.exceptiontable.length;
  void EXC_ENTRY_WORDS;
  const consts = newTuple(spec.consts.length);
  spec.consts.forEach((k, i) => { I32[consts + TUPLE_ITEMS + i] = constToHeap(k); });
  makeImmortal(consts);
  I32[c + CODE.CONSTS] = consts;
  I32[c + CODE.NAMES] = tupleOfNames(spec.names);
  I32[c + CODE.VARNAMES] = tupleOfNames(spec.varnames);
  I32[c + CODE.CELLVARS] = tupleOfNames(spec.cellvars);
  I32[c + CODE.FREEVARS] = tupleOfNames(spec.freevars);
  I32[c + CODE.NAME] = intern(spec.name);
  I32[c + CODE.QUALNAME] = intern(spec.qualname);
  I32[c + CODE.FILENAME] = intern(spec.filename);
  const nparams = spec.argcount + spec.kwonlyargcount + ((spec.flags & 0x4) ? 1 : 0) + ((spec.flags & 0x8) ? 1 : 0);
  I32[c + CODE.CELL2ARG] = rawOf(spec.cellvars.map((name) => {
    const i = spec.varnames.indexOf(name);
    return i >= 0 && i < nparams ? i : -1;
  }));
  I32[c + CODE.ARGCOUNT] = spec.argcount;
  I32[c + CODE.POSONLY] = spec.posonlyargcount;
  I32[c + CODE.KWONLY] = spec.kwonlyargcount;
  I32[c + CODE.NLOCALS] = spec.varnames.length;
  I32[c + CODE.NCELLS] = spec.cellvars.length + spec.freevars.length;
  I32[c + CODE.NFREE] = spec.freevars.length;
  I32[c + CODE.STACKSIZE] = spec.stacksize + 2;
  // CO_SIMPLE (minipy's own bit): positional parameters only, no cells, not a generator, so a call with
  // exactly argcount positional arguments can build the frame by moving the arguments (vm/interpreter.ts)
  const simple = (spec.flags & (0x4 | 0x8 | 0x20)) === 0 && spec.kwonlyargcount === 0
    && spec.cellvars.length === 0 && spec.freevars.length === 0;
  I32[c + CODE.CFLAGS] = spec.flags | (simple ? CO_SIMPLE : 0);
  I32[c + CODE.FIRSTLINENO] = spec.firstlineno;
  makeImmortal(c);
  return c;
}

function positionsFromLines(lines: Int32Array): Int32Array {
  const p = new Int32Array(4 * lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) p[4 * i] = lines[i];
  return p;
}

/** A source range: 1-based lines, 0-based character columns, -1 where unknown. */
export interface CodePosition { line: number; col: number; endLine: number; endCol: number }

/** co_positions() entry of instruction index pc, or null for an index out of range */
export function codePosition(code: Ref, pc: number): CodePosition | null {
  if (pc < 0 || pc >= I32[code + CODE.NINSTR]) return null;
  const p = I32[code + CODE.POSITIONS] + HDR + 4 * pc;
  return { line: I32[p], col: I32[p + 1], endLine: I32[p + 2], endCol: I32[p + 3] };
}

/** source line of instruction index pc */
export function codeLine(code: Ref, pc: number): number {
  if (pc < 0) pc = 0;
  if (pc >= I32[code + CODE.NINSTR]) pc = I32[code + CODE.NINSTR] - 1;
  return I32[I32[code + CODE.LINES] + HDR + pc];
}

export function codeName(code: Ref): string {
  return strToJs(I32[code + CODE.NAME]);
}
export function codeFilename(code: Ref): string {
  return strToJs(I32[code + CODE.FILENAME]);
}
