/**
 * @fileoverview The cold parts of instructions, kept out of interpreter.ts: f-string formatting, class
 * creation (__build_class__), slices, extending containers, dict merging for calls, and the fast next().
 * Not here: the import system (import.ts).
 */
import { FT } from '../runtime/threadid.js';
import { I32, F64, type Ref } from '../runtime/heap.js';
import {
  TYPE, TYPEOBJ, T_STR, T_INT, T_BOOL, T_FLOAT, T_LIST, T_DICT, T_TUPLE, T_SET, T_TYPE, NONE, FRAME,
  SLICE, T_SLICE, HDR, LIST, ITER, NUM, CELL, T_CELL, Kind, TUPLE, TUPLE_ITEMS, FUNCTION, CODE, FLAGS,
  F_INT_BIG, T_FUNCTION,
} from '../runtime/layout.js';
import { allocBlock } from '../runtime/alloc.js';
import { incref, decref, xincref } from '../runtime/refcount.js';
import { raise, Exc, PyRaise } from '../runtime/errors.js';
import { newStr, strToJs, intern } from '../runtime/objects/str.js';
import { intToBig } from '../runtime/objects/int.js';
import { listAppend } from '../runtime/objects/list.js';
import {
  newDict, dictGet, dictSet, dictNextEntry, dictEntryKey, dictEntryValue, dictGetHashed,
} from '../runtime/objects/dict.js';
import { setAdd } from '../runtime/objects/set.js';
import { newInt } from '../runtime/objects/int.js';
import { reprJs, strJs, getIter, iterNext, iterToArray, getAttr, callN, callKw, userDunder, callDunder, typeNameOf, isType, getAttrSoft } from '../runtime/abstract.js';
import { Slots } from '../runtime/slots.js';
import { newClass, typeLookup, typeName, isSubtype } from '../runtime/typeobj.js';
import { formatInt, formatFloat, formatStr, FormatError } from '../runtime/format.js';
import { N } from '../runtime/names.js';
import { makeFrame } from './call.js';
import { runFrame } from './interpreter.js';
import { defBuiltin } from '../runtime/builtinfn.js';
import { kwCount } from '../runtime/builtinfn.js';
import { T_CLASSMETHOD } from '../runtime/layout.js';
import { dictPop } from '../runtime/objects/dict.js';

export { importName, importFrom, importStar } from './import.js';

// ------------------------------------------------------------------ formatting
/** format(v, spec) as a JS string */
export function formatJs(v: Ref, spec: string): string {
  const t = I32[v + TYPE];
  try {
    if (t === T_STR) return formatStr(strToJs(v), spec);
    if (t === T_INT) return formatInt(intToBig(v), spec);
    if (t === T_BOOL) return spec === '' ? strJs(v) : formatInt(intToBig(v), spec, 'bool');
    if (t === T_FLOAT) return formatFloat(F64[(v + NUM.VAL) >> 1], spec);
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
    throw e;
  }
  const f = userDunder(v, N.__format__);
  if (f !== 0) {
    const specRef = newStr(spec);
    let r: Ref;
    try { r = callDunder(f, v, specRef); } finally { decref(specRef); }
    if (I32[r + TYPE] !== T_STR) {
      decref(r);
      raise(Exc.TypeError, `__format__ must return a str, not ${typeNameOf(r)}`);
    }
    const s = strToJs(r);
    decref(r);
    return s;
  }
  if (spec !== '') raise(Exc.TypeError, `unsupported format string passed to ${typeNameOf(v)}.__format__`);
  return strJs(v);
}

export function asciiJs(v: Ref): string {
  return reprJs(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; spec 0 or a str */
export function formatValue(v: Ref, conv: number, spec: Ref): Ref {
  const specJs = spec === 0 ? '' : strToJs(spec);
  if (conv === 0) {
    if (specJs === '' && I32[v + TYPE] === T_STR) { incref(v); return v; }
    return newStr(formatJs(v, specJs));
  }
  const s = conv === 1 ? strJs(v) : conv === 2 ? reprJs(v) : asciiJs(v);
  if (specJs === '') return newStr(s);
  try {
    return newStr(formatStr(s, specJs));
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
    throw e;
  }
}

// ------------------------------------------------------------------ slices
export function newSlice(start: Ref, stop: Ref, step: Ref): Ref {
  const s = allocBlock(T_SLICE, SLICE.WORDS);
  incref(start); incref(stop); incref(step);
  I32[s + SLICE.START] = start;
  I32[s + SLICE.STOP] = stop;
  I32[s + SLICE.STEP] = step;
  return s;
}

// ------------------------------------------------------------------ iteration and containers
/** next() with the list and range iterators inlined (FOR_ITER's path) */
export function iterNextFast(it: Ref): Ref {
  const k = I32[I32[it + TYPE] + TYPEOBJ.KIND];
  if (k === Kind.LIST_ITER && !FT) {
    const l = I32[it + ITER.SEQ];
    if (l === 0) return 0;
    const i = F64[(it + ITER.INDEX) >> 1];
    if (i < I32[l + LIST.SIZE]) {
      F64[(it + ITER.INDEX) >> 1] = i + 1;
      const v = I32[I32[l + LIST.ITEMS] + HDR + i];
      incref(v);
      return v;
    }
    I32[it + ITER.SEQ] = 0;
    decref(l);
    return 0;
  }
  if (k === Kind.RANGE_ITER) {
    const left = F64[(it + ITER.N) >> 1];
    if (left > 0) {
      const v = F64[(it + ITER.INDEX) >> 1];
      F64[(it + ITER.N) >> 1] = left - 1;
      F64[(it + ITER.INDEX) >> 1] = v + F64[(I32[it + ITER.AUX] + NUM.VAL) >> 1];
      return newInt(v);
    }
    return 0;
  }
  return iterNext(it);
}

/** LIST_EXTEND / SET_UPDATE: target.extend(iterable) */
export function seqExtend(target: Ref, iterable: Ref): void {
  const isList = I32[target + TYPE] === T_LIST;
  if (isList && ((I32[iterable + TYPE] === T_LIST && !FT) || I32[iterable + TYPE] === T_TUPLE)) {
    const items = iterToArrayBorrowed(iterable);
    for (const v of items) listAppend(target, v);
    return;
  }
  let items: number[];
  try {
    items = iterToArray(iterable);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(I32[e.exc + TYPE], Exc.TypeError) && !isIterable(iterable)) {
      decref(e.exc);
      raise(Exc.TypeError, isList ? `Value after * must be an iterable, not ${typeNameOf(iterable)}` : `'${typeNameOf(iterable)}' object is not iterable`);
    }
    throw e;
  }
  try {
    for (const v of items) {
      if (isList) listAppend(target, v); else setAdd(target, v);
    }
  } finally {
    for (const v of items) decref(v);
  }
}
function isIterable(r: Ref): boolean {
  const t = I32[r + TYPE];
  return Slots.iter[I32[t + TYPEOBJ.KIND]] !== undefined || typeLookup(t, N.__iter__) !== 0;
}
function iterToArrayBorrowed(r: Ref): number[] {
  const out: number[] = [];
  if (I32[r + TYPE] === T_LIST) {
    const n = I32[r + LIST.SIZE];
    for (let i = 0; i < n; i++) out.push(I32[I32[r + LIST.ITEMS] + HDR + i]);
  } else {
    const n = I32[r + TUPLE.SIZE];
    for (let i = 0; i < n; i++) out.push(I32[r + TUPLE_ITEMS + i]);
  }
  return out;
}

/** DICT_UPDATE / DICT_MERGE: target.update(m); with `strict` a repeated key is a TypeError naming the callee */
export function dictMerge(target: Ref, m: Ref, strict: boolean, callee: Ref): void {
  if (I32[m + TYPE] === T_DICT || isSubtype(I32[m + TYPE], T_DICT)) {
    for (let ix = dictNextEntry(m, 0); ix >= 0; ix = dictNextEntry(m, ix + 1)) {
      const k = dictEntryKey(m, ix);
      if (strict) {
        if (I32[k + TYPE] !== T_STR) raise(Exc.TypeError, `keywords must be strings`);
        if (dictGet(target, k) !== 0) raise(Exc.TypeError, `${calleeName(callee)} got multiple values for keyword argument '${strToJs(k)}'`);
      }
      dictSet(target, k, dictEntryValue(m, ix));
    }
    return;
  }
  const keysM = getAttrSoft(m, N.keys);
  if (keysM === 0) {
    raise(Exc.TypeError, strict ? `${calleeName(callee)} argument after ** must be a mapping, not ${typeNameOf(m)}`
      : `'${typeNameOf(m)}' object is not a mapping`);
  }
  const keys = callN(keysM, []);
  decref(keysM);
  const ks = iterToArray(keys);
  decref(keys);
  try {
    for (const k of ks) {
      if (strict && dictGet(target, k) !== 0) raise(Exc.TypeError, `${calleeName(callee)} got multiple values for keyword argument '${strToJs(k)}'`);
      const gi = getAttr(m, N.__getitem__);
      let v: Ref;
      try { v = callN(gi, [k]); } finally { decref(gi); }
      dictSet(target, k, v);
      decref(v);
    }
  } finally {
    for (const k of ks) decref(k);
  }
}
/** CPython's _PyObject_FunctionStr: `module.qualname()` (no module prefix for builtins), else str(c) */
function calleeName(c: Ref): string {
  if (c === 0) return 'function';
  const q = getAttrSoft(c, N.__qualname__);
  if (q === 0) return strJs(c);
  try {
    if (I32[q + TYPE] !== T_STR) return strJs(c);
    const qual = strToJs(q);
    const m = getAttrSoft(c, N.__module__);
    try {
      if (m !== 0 && I32[m + TYPE] === T_STR && strToJs(m) !== 'builtins') return `${strToJs(m)}.${qual}()`;
    } finally { if (m !== 0) decref(m); }
    return qual + '()';
  } finally { decref(q); }
}

// ------------------------------------------------------------------ classes
/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) */
function buildClass(a: number, n: number, kw: Ref): Ref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos < 2) raise(Exc.TypeError, '__build_class__: not enough arguments');
  const func = I32[a], name = I32[a + 1];
  const bases: number[] = [];
  for (let i = 2; i < npos; i++) bases.push(I32[a + i]);
  let meta = 0;
  const extraNames: string[] = [], extraValues: number[] = [];
  for (let k = 0; k < nkw; k++) {
    const key = strToJs(I32[kw + TUPLE_ITEMS + k]);
    if (key === 'metaclass') meta = I32[a + npos + k];
    else { extraNames.push(key); extraValues.push(I32[a + npos + k]); }
  }
  for (const b of bases) if (!isType(b)) raise(Exc.TypeError, `bases must be types`);
  if (meta === 0) {
    meta = T_TYPE;
    for (const b of bases) {
      const bt = I32[b + TYPE];
      if (isSubtype(bt, meta)) meta = bt;
    }
  }
  // run the class body with a fresh namespace as its locals
  const ns = newDict();
  try {
    const f = makeFrame(func, a, 0, 0);
    incref(ns);
    I32[f + FRAME.LOCALS] = ns;
    const cell = runFrame(f, 0);
    let cls: Ref;
    const nameJs = strToJs(name);
    if (meta === T_TYPE) {
      cls = newClass(T_TYPE, nameJs, bases, ns);
    } else {
      const basesT = allocBasesTuple(bases);
      try { cls = callKw(meta, [name, basesT, ns], extraNames, extraValues); } finally { decref(basesT); }
      extraNames.length = 0;
    }
    if (isType(cls) && (I32[cls + TYPEOBJ.TFLAGS] & 1)) finishClass(cls, ns, extraNames, extraValues);
    if (cell !== NONE && I32[cell + TYPE] === T_CELL) {
      const old = I32[cell + CELL.REF];
      incref(cls);
      I32[cell + CELL.REF] = cls;
      if (old) decref(old);
    }
    decref(cell);
    return cls;
  } finally {
    decref(ns);
  }
}

function allocBasesTuple(bases: number[]): Ref {
  const t = allocBlock(T_TUPLE, TUPLE_ITEMS + bases.length);
  I32[t + TUPLE.SIZE] = bases.length;
  I32[t + TUPLE.HASH] = 0;
  for (let i = 0; i < bases.length; i++) { incref(bases[i]); I32[t + TUPLE_ITEMS + i] = bases[i]; }
  return t;
}

/** the parts of type.__new__ that need the class to exist: __qualname__, __module__, __set_name__, __init_subclass__ */
function finishClass(cls: Ref, ns: Ref, extraNames: string[], extraValues: number[]): void {
  const qn = dictGet(ns, N.__qualname__);
  if (qn !== 0 && I32[qn + TYPE] === T_STR) {
    const old = I32[cls + TYPEOBJ.QUALNAME];
    I32[cls + TYPEOBJ.QUALNAME] = intern(strToJs(qn));
    decref(old);
    const d = I32[cls + TYPEOBJ.DICT];
    const removed = dictPopSoft(d, N.__qualname__);
    if (removed) decref(removed);
  }
  const mod = dictGet(ns, N.__module__);
  if (mod !== 0) { incref(mod); I32[cls + TYPEOBJ.MODULE] = mod; }
  const d = I32[cls + TYPEOBJ.DICT];
  const cc = dictPopSoft(d, N.__classcell__);
  if (cc) decref(cc);
  for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
    const v = dictEntryValue(d, ix);
    const vt = I32[v + TYPE];
    if (I32[vt + TYPEOBJ.TFLAGS] & 1) {
      const sn = typeLookup(vt, N.__set_name__);
      if (sn !== 0) decref(callDunder(sn, v, cls, dictEntryKey(d, ix)));
    }
  }
  // __init_subclass__ of the nearest base that defines one in Python
  const base = I32[cls + TYPEOBJ.MRO];
  for (let i = 0; i < I32[base + TUPLE.SIZE]; i++) {
    const b = I32[base + TUPLE_ITEMS + i];
    const isub = dictGetHashed(I32[b + TYPEOBJ.DICT], N.__init_subclass__, I32[N.__init_subclass__ + 5]);
    if (isub !== 0 && I32[isub + TYPE] !== I32[T_INT + TYPE]) {
      const fn = I32[isub + TYPE] === T_FUNCTION ? isub : (I32[isub + TYPE] === typeRefClassmethod() ? I32[isub + 4] : 0);
      if (fn !== 0) { decref(callKw(fn, [cls], extraNames, extraValues)); return; }
    }
  }
  if (extraNames.length) raise(Exc.TypeError, `${typeName(cls)}.__init_subclass__() takes no keyword arguments`);
}
function typeRefClassmethod(): Ref { return T_CLASSMETHOD; }
function dictPopSoft(d: Ref, k: Ref): Ref { return dictPop(d, k); }

export function installBuildClass(builtinsDictOwner: () => Ref): void {
  defBuiltin(builtinsDictOwner, '__build_class__', buildClass);
}

