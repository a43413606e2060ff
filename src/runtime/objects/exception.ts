/**
 * @fileoverview Exceptions: the builtin exception types (BaseException at a fixed address, the rest made once
 * at startup from errors.ts EXC_HIERARCHY), exception instances (EXC layout: args, traceback, cause,
 * context), and traceback entries. Not here: raising from JS (errors.ts), unwinding (vm/interpreter.ts),
 * printing a traceback (vm/traceback.ts).
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock, sizeClass } from '../alloc.js';
import {
  TYPE, RC, FLAGS, LOCK, TYPEOBJ, EXC, TRACEBACK, T_TYPE, T_TRACEBACK, T_BASE_EXCEPTION, Kind, NONE,
  TYPE_SLOT_WORDS, IMMORTAL_RC, TF_BASETYPE, TF_EXCEPTION, HDR, EMPTY_TUPLE, TUPLE, TUPLE_ITEMS,
} from '../layout.js';
import { incref, decref, registerDealloc, layoutDealloc, makeImmortal } from '../refcount.js';
import { intern, newStr } from './str.js';
import { newDict } from './dict.js';
import { tupleOf, tupleSteal } from './tuple.js';
import { mroItems } from '../typeobj.js';
import { Exc, EXC_HIERARCHY, setExceptionFactory } from '../errors.js';
import { FT } from '../threadid.js';
import { dropAfterReaders, swapAfterReaders } from '../qsbr.js';

/** creates the builtin exception types (BaseException is static; the others are made here, immortal) */
export function initExceptionTypes(): void {
  Exc.BaseException = T_BASE_EXCEPTION;
  for (const [name, base] of EXC_HIERARCHY) {
    if (base === null) continue;
    const b = Exc[base];
    const t = allocBlock(T_TYPE, TYPE_SLOT_WORDS);
    I32[t + RC] = IMMORTAL_RC;
    for (let i = HDR; i < TYPE_SLOT_WORDS; i++) I32[t + i] = 0;
    I32[t + TYPEOBJ.NAME] = intern(name);
    I32[t + TYPEOBJ.QUALNAME] = intern(name);
    I32[t + TYPEOBJ.MODULE] = intern('builtins');
    const bases = tupleOf([b]); makeImmortal(bases);
    I32[t + TYPEOBJ.BASES] = bases;
    const mro = tupleOf([b, ...mroItems(b)]); makeImmortal(mro);
    I32[t + TYPEOBJ.MRO] = mro;
    const d = newDict(); makeImmortal(d);
    I32[t + TYPEOBJ.DICT] = d;
    I32[t + TYPEOBJ.BASE] = b;
    I32[t + TYPEOBJ.KIND] = Kind.EXCEPTION;
    I32[t + TYPEOBJ.TFLAGS] = TF_BASETYPE | TF_EXCEPTION;
    I32[t + TYPEOBJ.DICTOFFSET] = EXC.DICT;
    I32[t + TYPEOBJ.BASICSIZE] = EXC.WORDS;
    Exc[name] = t;
  }
  void TYPE; void FLAGS; void LOCK; void sizeClass;
}

/** a new exception instance of type t with the given args tuple (stolen) */
export function newExceptionArgs(t: Ref, args: Ref): Ref {
  const size = I32[t + TYPEOBJ.BASICSIZE];
  const e = allocBlock(t, size);
  for (let i = HDR; i < size; i++) I32[e + i] = 0;
  if (I32[t + TYPEOBJ.TFLAGS] & 1 /* TF_HEAPTYPE */) incref(t);
  I32[e + EXC.ARGS] = args;
  I32[e + EXC.TRACEBACK] = NONE;
  I32[e + EXC.CAUSE] = NONE;
  I32[e + EXC.CONTEXT] = NONE;
  return e;
}

export function newException(t: Ref, msg: string | null): Ref {
  return newExceptionArgs(t, msg === null ? EMPTY_TUPLE : tupleSteal([newStr(msg)]));
}
setExceptionFactory(newException);

/** args[0] of an exception, borrowed, or 0 */
export function excArg0(e: Ref): Ref {
  const a = I32[e + EXC.ARGS];
  return I32[a + TUPLE.SIZE] > 0 ? I32[a + TUPLE_ITEMS] : 0;
}

/**
 * prepends a traceback entry for (code, line) to e.__traceback__. One exception object may be raised by
 * several threads at once (a module-level `STOP = Stop()`): under --gil=off the entry is linked in with a
 * compare-and-swap, so that each old head is taken over by exactly one new entry (two plain read-then-writes
 * gave the same old traceback to two entries, which both dropped it: a heap check failed in every run).
 */
export function addTraceback(e: Ref, code: Ref, lineno: number, lasti: number): void {
  const tb = allocBlock(T_TRACEBACK, TRACEBACK.WORDS);
  incref(code);
  I32[tb + TRACEBACK.CODE] = code;
  I32[tb + TRACEBACK.LINENO] = lineno;
  I32[tb + TRACEBACK.LASTI] = lasti;
  const at = e + EXC.TRACEBACK;
  if (!FT) {
    I32[tb + TRACEBACK.NEXT] = I32[at]; // takes over the exception's reference
    I32[at] = tb;
    return;
  }
  let old = Atomics.load(I32, at);
  for (;;) {
    I32[tb + TRACEBACK.NEXT] = old;
    const seen = Atomics.compareExchange(I32, at, old, tb);
    if (seen === old) return;
    old = seen;
  }
}

/**
 * Stores v (the caller's reference) in exception field `field` (EXC.ARGS, TRACEBACK, CAUSE, CONTEXT) and drops
 * the old value: as one exchange under --gil=off, where another thread may be raising or reading the same
 * exception, and the old value is retired (qsbr.ts) since a reader may hold it without a count.
 */
export function setExcField(e: Ref, field: number, v: Ref): void {
  swapAfterReaders(e + field, v);
}

/** sets e.__context__ = ctx (new reference taken), avoiding cycles as CPython does */
export function setContext(e: Ref, ctx: Ref): void {
  if (ctx === e || ctx === NONE || ctx === 0) return;
  // break a cycle: if e is already in ctx's context chain, cut it there
  let o = ctx;
  while (o !== NONE && o !== 0) {
    const next = I32[o + EXC.CONTEXT];
    if (next === e) {
      if (!FT) { I32[o + EXC.CONTEXT] = NONE; decref(e); }
      else if (Atomics.compareExchange(I32, o + EXC.CONTEXT, e, NONE) === e) dropAfterReaders(e);
      break;
    }
    o = next;
  }
  incref(ctx);
  setExcField(e, EXC.CONTEXT, ctx);
}

registerDealloc(Kind.EXCEPTION, layoutDealloc(EXC));
registerDealloc(Kind.TRACEBACK, layoutDealloc(TRACEBACK));
