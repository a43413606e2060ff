/**
 * @fileoverview Calling Python functions: binding arguments to parameters (CPython's rules and messages),
 * building the frame (locals, cells, value stack, all in the heap), and either running it or, for a
 * generator function, wrapping it in a generator object. Not here: the eval loop (interpreter.ts).
 */
import { I32, type Ref } from '../runtime/heap.js';
import { allocBlock, allocRaw } from '../runtime/alloc.js';
import {
  FRAME, FRAME_SLOTS, FUNCTION, CODE, HDR, T_FRAME, TYPE, RC, IMMORTAL_RC, TUPLE, TUPLE_ITEMS, NONE, CELL, T_GENERATOR, GENERATOR,
  Kind, EMPTY_TUPLE, DICT,
} from '../runtime/layout.js';
import { incref, decref, xdecref, registerDealloc } from '../runtime/refcount.js';
import { raise, Exc } from '../runtime/errors.js';
import { strToJs, strEq } from '../runtime/objects/str.js';
import { newTuple } from '../runtime/objects/tuple.js';
import { newDict, dictSet, dictGet } from '../runtime/objects/dict.js';
import { newCell } from '../runtime/objects/function.js';
import { CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR } from './opcodes.js';
import { runFrame } from './interpreter.js';
import { freeBlock } from '../runtime/alloc.js';

/*
 * Frames of ordinary calls live on this thread's frame stack: one raw heap block used LIFO, so pushing a frame
 * is a bump of FS.top and popping it a store (CPython 3.11's "data stack"). Generator frames outlive the call
 * that made them, so they are ordinary heap blocks instead. Either way a frame is heap memory another worker
 * could read. Ownership: a frame owns FUNC, LOCALS, EXCINFO and everything in its slots; GLOBALS is borrowed
 * from FUNC (or, for module code, from the module, which outlives its frame); BUILTINS and CODE are immortal.
 */
const FS_WORDS = 1 << 22;
/** this thread's frame stack: [base, end) and the first free word (the eval loop pushes frames inline) */
export const FS = { base: 0, top: 0, end: 0 };

export function initFrameStack(): void {
  if (FS.base !== 0) return;
  const r = allocRaw(FS_WORDS);
  FS.base = r + HDR;
  FS.top = FS.base;
  FS.end = FS.base + FS_WORDS;
}

/** allocates a frame for code with NULL locals and cells; `onHeap` for generator frames. Takes over the
 *  caller's reference to func (0 for module code); increfs locals. */
export function allocFrame(code: Ref, globals: Ref, builtins: Ref, locals: Ref, func: Ref, onHeap = false): Ref {
  const nlocals = I32[code + CODE.NLOCALS];
  const ncells = I32[code + CODE.NCELLS];
  const words = FRAME_SLOTS + nlocals + ncells + I32[code + CODE.STACKSIZE];
  let f: Ref;
  if (onHeap) {
    f = allocBlock(T_FRAME, words);
  } else {
    if (FS.base === 0) initFrameStack();
    f = FS.top;
    const next = f + ((words + 1) & ~1);
    if (next > FS.end) {
      if (func) decref(func);
      raise(Exc.RecursionError, 'maximum recursion depth exceeded');
    }
    FS.top = next;
    I32[f + TYPE] = T_FRAME;
    I32[f + RC] = IMMORTAL_RC;
  }
  I32[f + FRAME.CODE] = code;
  I32[f + FRAME.GLOBALS] = globals;
  I32[f + FRAME.BUILTINS] = builtins;
  if (locals) incref(locals);
  I32[f + FRAME.LOCALS] = locals;
  I32[f + FRAME.FUNC] = func;
  I32[f + FRAME.BACK] = 0;
  I32[f + FRAME.PC] = 0;
  I32[f + FRAME.NLOCALS] = nlocals;
  I32[f + FRAME.NCELLS] = ncells;
  I32[f + FRAME.GEN] = 0;
  I32[f + FRAME.EXCINFO] = 0;
  const base = f + FRAME_SLOTS;
  const end = base + nlocals + ncells;
  for (let p = base; p < end; p++) I32[p] = 0;
  I32[f + FRAME.SP] = end;
  return f;
}

/** releases a frame's references (its slots up to SP) and its memory */
export function freeFrame(f: Ref): void {
  const base = f + FRAME_SLOTS;
  const sp = I32[f + FRAME.SP];
  for (let p = base; p < sp; p++) {
    const v = I32[p];
    if (v !== 0) decref(v);
  }
  const locals = I32[f + FRAME.LOCALS];
  if (locals !== 0) decref(locals);
  const func = I32[f + FRAME.FUNC];
  if (func !== 0) decref(func);
  const exc = I32[f + FRAME.EXCINFO];
  if (exc !== 0) decref(exc);
  if (f >= FS.base && f < FS.end) {
    FS.top = f;
  } else {
    freeBlock(f);
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function nameList(names: string[]): string {
  const q = names.map((s) => `'${s}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(', ') + ', and ' + q[q.length - 1];
}

/**
 * Binds call arguments (I32[a..a+n), the last len(kw) keyword values) into a new frame for func.
 * Returns the frame; the caller runs it (or wraps it in a generator).
 */
export function makeFrame(func: Ref, a: number, n: number, kw: Ref): Ref {
  const code = I32[func + FUNCTION.CODE];
  incref(func);
  const f = allocFrame(code, I32[func + FUNCTION.GLOBALS], builtinsDict, 0, func, (I32[code + CODE.CFLAGS] & CO_GENERATOR) !== 0);
  try {
    bindArguments(f, func, code, a, n, kw);
  } catch (e) {
    I32[f + FRAME.SP] = f + FRAME_SLOTS + I32[code + CODE.NLOCALS] + I32[code + CODE.NCELLS];
    freeFrame(f);
    throw e;
  }
  return f;
}

function bindArguments(f: Ref, func: Ref, code: Ref, a: number, n: number, kw: Ref): void {
  const fast = f + FRAME_SLOTS;
  const argcount = I32[code + CODE.ARGCOUNT];
  const kwonly = I32[code + CODE.KWONLY];
  const flags = I32[code + CODE.CFLAGS];
  const nkw = kw === 0 ? 0 : I32[kw + TUPLE.SIZE];
  const npos = n - nkw;
  const total = argcount + kwonly;
  // fast path: exactly the positional parameters, nothing else
  if (nkw === 0 && npos === argcount && kwonly === 0 && !(flags & (CO_VARARGS | CO_VARKEYWORDS))) {
    for (let i = 0; i < npos; i++) { const v = I32[a + i]; incref(v); I32[fast + i] = v; }
  } else {
    let kwdict = 0;
    if (flags & CO_VARKEYWORDS) {
      kwdict = newDict();
      I32[fast + total + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    const m = npos < argcount ? npos : argcount;
    for (let i = 0; i < m; i++) { const v = I32[a + i]; incref(v); I32[fast + i] = v; }
    if (flags & CO_VARARGS) {
      const extra = npos - m;
      const t = newTuple(extra);
      for (let i = 0; i < extra; i++) { const v = I32[a + m + i]; incref(v); I32[t + TUPLE_ITEMS + i] = v; }
      I32[fast + total] = t;
    } else if (npos > argcount) {
      tooManyPositional(func, code, npos, nkw, f);
    }
    const varnames = I32[code + CODE.VARNAMES];
    const posonly = I32[code + CODE.POSONLY];
    for (let k = 0; k < nkw; k++) {
      const key = I32[kw + TUPLE_ITEMS + k];
      const v = I32[a + npos + k];
      let idx = -1;
      for (let j = posonly; j < total; j++) {
        const nm = I32[varnames + TUPLE_ITEMS + j];
        if (nm === key || strEq(nm, key)) { idx = j; break; }
      }
      if (idx < 0) {
        if (kwdict === 0) {
          for (let j = 0; j < posonly; j++) {
            if (strEq(I32[varnames + TUPLE_ITEMS + j], key)) {
              // CPython names every positional-only parameter that was passed by keyword
              const given: string[] = [];
              for (let q = 0; q < posonly; q++) {
                const pn = I32[varnames + TUPLE_ITEMS + q];
                for (let k2 = 0; k2 < nkw; k2++) if (strEq(pn, I32[kw + TUPLE_ITEMS + k2])) { given.push(strToJs(pn)); break; }
              }
              raise(Exc.TypeError, `${qualName(func)}() got some positional-only arguments passed as keyword arguments: '${given.join(', ')}'`);
            }
          }
          raise(Exc.TypeError, `${qualName(func)}() got an unexpected keyword argument '${strToJs(key)}'`);
        }
        if (dictGet(kwdict, key) !== 0) raise(Exc.TypeError, `${qualName(func)}() got multiple values for keyword argument '${strToJs(key)}'`);
        dictSet(kwdict, key, v);
        continue;
      }
      if (I32[fast + idx] !== 0) raise(Exc.TypeError, `${qualName(func)}() got multiple values for argument '${strToJs(key)}'`);
      incref(v);
      I32[fast + idx] = v;
    }
    // defaults for missing positional parameters
    if (m < argcount) {
      const defs = I32[func + FUNCTION.DEFAULTS];
      const nd = defs === 0 || defs === NONE ? 0 : I32[defs + TUPLE.SIZE];
      const missing: string[] = [];
      for (let i = 0; i < argcount; i++) {
        if (I32[fast + i] !== 0) continue;
        const di = i - (argcount - nd);
        if (di >= 0) { const v = I32[defs + TUPLE_ITEMS + di]; incref(v); I32[fast + i] = v; }
        else missing.push(strToJs(I32[varnames + TUPLE_ITEMS + i]));
      }
      if (missing.length) {
        raise(Exc.TypeError, `${qualName(func)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
      }
    }
    if (kwonly > 0) {
      const kwdefs = I32[func + FUNCTION.KWDEFAULTS];
      const missing: string[] = [];
      for (let i = argcount; i < total; i++) {
        if (I32[fast + i] !== 0) continue;
        const nm = I32[varnames + TUPLE_ITEMS + i];
        const dv = kwdefs !== 0 && kwdefs !== NONE ? dictGet(kwdefs, nm) : 0;
        if (dv !== 0) { incref(dv); I32[fast + i] = dv; } else missing.push(strToJs(nm));
      }
      if (missing.length) {
        raise(Exc.TypeError, `${qualName(func)}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
      }
    }
    void DICT;
  }
  // cells: new ones for cell variables (a captured parameter moves into its cell), closure cells for free ones
  const ncells = I32[code + CODE.NCELLS];
  if (ncells !== 0) {
    const nlocals = I32[code + CODE.NLOCALS];
    const nfree = I32[code + CODE.NFREE];
    const ncellvars = ncells - nfree;
    const c2a = I32[code + CODE.CELL2ARG] + HDR;
    for (let i = 0; i < ncellvars; i++) {
      const ai = I32[c2a + i];
      let cell: Ref;
      if (ai >= 0) {
        cell = newCell(I32[fast + ai]);
      } else cell = newCell(0);
      I32[fast + nlocals + i] = cell;
    }
    const closure = I32[func + FUNCTION.CLOSURE];
    for (let i = 0; i < nfree; i++) {
      const c = I32[closure + TUPLE_ITEMS + i];
      incref(c);
      I32[fast + nlocals + ncellvars + i] = c;
    }
  }
}

function tooManyPositional(func: Ref, code: Ref, given: number, nkw: number, f: Ref): never {
  const argcount = I32[code + CODE.ARGCOUNT];
  const defs = I32[func + FUNCTION.DEFAULTS];
  const nd = defs === 0 || defs === NONE ? 0 : I32[defs + TUPLE.SIZE];
  const fast = f + FRAME_SLOTS;
  let kwGiven = 0;
  for (let i = argcount; i < argcount + I32[code + CODE.KWONLY]; i++) if (I32[fast + i] !== 0) kwGiven++;
  void nkw;
  const takes = nd > 0 ? `from ${argcount - nd} to ${argcount}` : String(argcount);
  const sig = nd > 0 ? `takes ${takes} positional arguments` : `takes ${plural(argcount, 'positional argument')}`;
  const extra = kwGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})` : '';
  const was = given === 1 && kwGiven === 0 ? 'was' : 'were';
  raise(Exc.TypeError, `${qualName(func)}() ${sig} but ${given}${extra} ${was} given`);
}

export function qualName(func: Ref): string {
  return strToJs(I32[func + FUNCTION.QUALNAME]);
}

/** set once at startup (vm/runtime.ts): the immortal builtins module dict */
export let builtinsDict: Ref = 0;
export function setBuiltinsDict(d: Ref): void { builtinsDict = d; }

/** func(*args) for a Python function: runs it, or makes a generator */
export function callPython(func: Ref, a: number, n: number, kw: Ref): Ref {
  const f = makeFrame(func, a, n, kw);
  if (I32[I32[func + FUNCTION.CODE] + CODE.CFLAGS] & CO_GENERATOR) return newGenerator(f, func);
  return runFrame(f, 0);
}

export function newGenerator(frame: Ref, func: Ref): Ref {
  const g = allocBlock(T_GENERATOR, GENERATOR.WORDS);
  I32[g + GENERATOR.FRAME] = frame;
  const nm = I32[func + FUNCTION.NAME], qn = I32[func + FUNCTION.QUALNAME];
  incref(nm); incref(qn);
  I32[g + GENERATOR.NAME] = nm;
  I32[g + GENERATOR.QUALNAME] = qn;
  I32[g + GENERATOR.YIELDFROM] = 0;
  I32[frame + FRAME.GEN] = g;
  return g;
}

registerDealloc(Kind.GENERATOR, (g) => {
  const f = I32[g + GENERATOR.FRAME];
  if (f !== 0) { I32[g + GENERATOR.FRAME] = 0; freeFrame(f); }
  xdecref(I32[g + GENERATOR.NAME]);
  xdecref(I32[g + GENERATOR.QUALNAME]);
  xdecref(I32[g + GENERATOR.YIELDFROM]);
});

