/**
 * @fileoverview Slots of the small builtin types with no file of their own (NoneType, ellipsis,
 * NotImplementedType, type, function, builtin, method, cell, code, traceback) and the iterator objects
 * shared by the sequence types (ITER layout): list, tuple, str, range and dict iterators.
 */
import { FT } from '../threadid.js';
import { swapAfterReaders } from '../qsbr.js';
import { lockObj, unlockObj } from '../objlock.js';
import { I32, F64, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  TYPE, ITER, NUM, HDR, LIST, TUPLE, TUPLE_ITEMS, Kind, NONE, ELLIPSIS, NOTIMPLEMENTED, TYPEOBJ, FUNCTION,
  BUILTIN, METHOD, typeRef, T_STR, CODE, T_TYPE, T_OBJECT, T_NONE, STR, DICT_ENTRY_WORDS, DICT,
} from '../layout.js';
import { incref, decref, xdecref, registerDealloc, layoutDealloc, markMaybeShared } from '../refcount.js';
import { ftListIterNext, FT_UNPROVEN } from '../ftread.js';
import { strToJs, strSlice, strCharAt, newStrFromCodePoints } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { idHex, reprJs, setSeqIter, getItem, isInstance, defaultRepr } from '../abstract.js';
import { Slots } from '../slots.js';
import { Exc, PyRaise, raise } from '../errors.js';
import { typeName, isSubtype } from '../typeobj.js';
import { dictNextEntry, dictEntryKey, dictEntryValue } from '../objects/dict.js';
import { tupleOf } from '../objects/tuple.js';
import { TRUE, FALSE } from '../layout.js';
import { intern } from '../objects/str.js';
import { newException as newExceptionMsg } from '../objects/exception.js';

// ------------------------------------------------------------------ singletons
Slots.repr[Kind.NONE] = () => 'None';
Slots.bool[Kind.NONE] = () => false;
Slots.hash[Kind.NONE] = () => 0x2c4a1b;
Slots.repr[Kind.ELLIPSIS] = () => 'Ellipsis';
Slots.hash[Kind.ELLIPSIS] = () => 0x2c4a1c;
Slots.repr[Kind.NOTIMPL] = () => 'NotImplemented';
Slots.hash[Kind.NOTIMPL] = () => 0x2c4a1d;
// NoneType(), type(...)(), type(NotImplemented)() return the singleton, as CPython's none_new etc.
for (const [k, single] of [[Kind.NONE, NONE], [Kind.ELLIPSIS, ELLIPSIS], [Kind.NOTIMPL, NOTIMPLEMENTED]] as const) {
  Slots.new[k] = (t, _a, n, kw) => {
    if (n > 0 || kw !== 0) raise(Exc.TypeError, `${typeName(t)} takes no arguments`);
    return single;
  };
}

// identity hash for objects without value semantics
const idHash = (r: Ref) => (r >>> 1) | 0;
for (const k of [Kind.OBJECT, Kind.TYPE, Kind.FUNCTION, Kind.BUILTIN, Kind.CODE, Kind.CELL, Kind.MODULE,
  Kind.GENERATOR, Kind.PROPERTY, Kind.STATICMETHOD, Kind.CLASSMETHOD, Kind.EXCEPTION, Kind.TRACEBACK]) {
  Slots.hash[k] = idHash;
}
Slots.hash[Kind.METHOD] = (m) => (idHash(I32[m + METHOD.SELF]) ^ idHash(I32[m + METHOD.FUNC])) | 0;

// ------------------------------------------------------------------ type, function, method reprs
Slots.repr[Kind.TYPE] = (t) => {
  const mod = I32[t + TYPEOBJ.MODULE];
  const m = mod !== 0 && I32[mod + TYPE] === T_STR ? strToJs(mod) : 'builtins';
  const qn = strToJs(I32[t + TYPEOBJ.QUALNAME]);
  return m === 'builtins' ? `<class '${qn}'>` : `<class '${m}.${qn}'>`;
};
Slots.repr[Kind.FUNCTION] = (f) => `<function ${strToJs(I32[f + FUNCTION.QUALNAME])} at ${idHex(f)}>`;
Slots.repr[Kind.BUILTIN] = (b) => {
  const self = I32[b + BUILTIN.SELF];
  const name = strToJs(I32[b + BUILTIN.NAME]);
  if (self === 0) {
    const qn = strToJs(I32[b + BUILTIN.QUALNAME]);
    return qn.includes('.') ? `<method '${name}' of '${qn.slice(0, qn.lastIndexOf('.'))}' objects>` : `<built-in function ${name}>`;
  }
  if (I32[self + TYPE] === typeRef(Kind.MODULE)) return `<built-in function ${name}>`;
  return `<built-in method ${name} of ${typeName(I32[self + TYPE])} object at ${idHex(self)}>`;
};
Slots.repr[Kind.METHOD] = (m) => {
  const f = I32[m + METHOD.FUNC];
  const qn = I32[f + TYPE] === typeRef(Kind.FUNCTION) ? strToJs(I32[f + FUNCTION.QUALNAME]) : '?';
  return `<bound method ${qn} of ${reprJs(I32[m + METHOD.SELF])}>`;
};
Slots.richcmp[Kind.METHOD] = (a, b, op) => {
  if ((op !== 2 && op !== 3) || I32[b + TYPE] !== I32[a + TYPE]) return NOTIMPLEMENTED;
  const eq = I32[a + METHOD.FUNC] === I32[b + METHOD.FUNC] && I32[a + METHOD.SELF] === I32[b + METHOD.SELF];
  return (eq === (op === 2)) ? typeRefTrue() : typeRefFalse();
};
function typeRefTrue(): Ref { return TRUE; }
function typeRefFalse(): Ref { return FALSE; }
Slots.repr[Kind.CELL] = (c) => `<cell at ${idHex(c)}>`;
Slots.repr[Kind.CODE] = (c) => `<code object ${strToJs(I32[c + CODE.NAME])} at ${idHex(c)}, file "${strToJs(I32[c + CODE.FILENAME])}", line ${I32[c + CODE.FIRSTLINENO]}>`;
Slots.repr[Kind.OBJECT] = defaultRepr;
registerDealloc(Kind.BUILTIN, layoutDealloc({ name: 'builtin', WORDS: BUILTIN.WORDS, refFields: [BUILTIN.SELF, BUILTIN.NAME, BUILTIN.QUALNAME], rawFields: [], fieldNames: [] }));

// ------------------------------------------------------------------ iterators (ITER layout)
/** a new iterator object of the given kind over seq (increfed) starting at index 0 */
export function newIter(kind: Kind, seq: Ref, index = 0): Ref {
  const it = allocBlock(typeRef(kind), ITER.WORDS);
  incref(seq);
  I32[it + ITER.SEQ] = seq;
  F64[(it + ITER.INDEX) >> 1] = index;
  I32[it + ITER.AUX] = 0;
  I32[it + ITER.AUX2] = 0;
  F64[(it + ITER.N) >> 1] = 0;
  return it;
}
const iterDealloc = layoutDealloc(ITER);
const selfIter = (it: Ref) => { incref(it); return it; };
for (const k of [Kind.LIST_ITER, Kind.TUPLE_ITER, Kind.STR_ITER, Kind.RANGE_ITER, Kind.DICT_KEYITER,
  Kind.DICT_VALUEITER, Kind.DICT_ITEMITER, Kind.SET_ITER, Kind.BYTES_ITER, Kind.REVERSED, Kind.SEQ_ITER,
  Kind.CALLABLE_ITER, Kind.ENUMERATE, Kind.ZIP, Kind.MAP, Kind.FILTER, Kind.DEQUE_ITER, Kind.COUNT]) {
  registerDealloc(k, iterDealloc);
  Slots.iter[k] = selfIter;
  Slots.repr[k] = (it) => `<${typeName(I32[it + TYPE])} object at ${idHex(it)}>`;
}

function idx(it: Ref): number { return F64[(it + ITER.INDEX) >> 1]; }
function setIdx(it: Ref, v: number): void { F64[(it + ITER.INDEX) >> 1] = v; }
/** marks the iterator exhausted, dropping its sequence */
export function exhaust(it: Ref): 0 {
  // --gil=off: two threads may exhaust one iterator; one exchange gives the reference to only one of them, which
  // retires it (qsbr.ts): a thread still inside next() may be reading the sequence without a count of its own
  swapAfterReaders(it + ITER.SEQ, 0);
  return 0;
}

Slots.next[Kind.LIST_ITER] = (it) => {
  const l = I32[it + ITER.SEQ];
  if (l === 0) return 0;
  if (FT) {
    const v = ftListIterNext(it);
    return v >= 0 ? v : listIterNextLocked(it, l, v === FT_UNPROVEN);
  }
  const i = idx(it);
  if (i < I32[l + LIST.SIZE]) {
    setIdx(it, i + 1);
    const v = I32[I32[l + LIST.ITEMS] + HDR + i];
    incref(v);
    return v;
  }
  return exhaust(it);
};
Slots.next[Kind.TUPLE_ITER] = (it) => {
  const t = I32[it + ITER.SEQ];
  if (t === 0) return 0;
  const i = idx(it);
  if (i < I32[t + TUPLE.SIZE]) {
    setIdx(it, i + 1);
    const v = I32[t + TUPLE_ITEMS + i];
    incref(v);
    return v;
  }
  return exhaust(it);
};
Slots.next[Kind.STR_ITER] = (it) => {
  const s = I32[it + ITER.SEQ];
  if (s === 0) return 0;
  const i = idx(it);
  if (i < I32[s + STR.LEN]) {
    setIdx(it, i + 1);
    return strCharAt(s, i) < 256 ? latin1Char(strCharAt(s, i)) : newStrFromCodePoints([strCharAt(s, i)]);
  }
  return exhaust(it);
};
/** one-character strings for code points < 256 are cached (immortal, as CPython's) */
const charCache: number[] = [];
export function latin1Char(c: number): Ref {
  let r = charCache[c];
  if (r === undefined) { r = intern(String.fromCharCode(c)); charCache[c] = r; }
  return r;
}

/** range iterator: INDEX = next value, N = values left, AUX = the step (an int object) */
Slots.next[Kind.RANGE_ITER] = (it) => {
  const left = F64[(it + ITER.N) >> 1];
  if (left <= 0) return 0;
  const v = idx(it);
  F64[(it + ITER.N) >> 1] = left - 1;
  setIdx(it, v + F64[(I32[it + ITER.AUX] + NUM.VAL) >> 1]);
  return newInt(v);
};

/**
 * --gil=off, when ftListIterNext could not decide: the step reads the item and takes its count inside the
 * list's critical section; with mark (the item was not provably alive), marks it so that the next lock-free read
 * of it can succeed. The end is INDEX -1, the list stays (see ftListIterNext).
 */
function listIterNextLocked(it: Ref, l: Ref, mark: boolean): Ref {
  lockObj(l);
  try {
    const x = idx(it);
    if (!(x >= 0)) return 0;
    const i = Math.floor(x); // (written without the lock by ftListIterNext: see there)
    if (i < I32[l + LIST.SIZE]) {
      setIdx(it, i + 1);
      const v = I32[I32[l + LIST.ITEMS] + HDR + i];
      incref(v);
      if (mark) markMaybeShared(v);
      return v;
    }
    setIdx(it, -1);
    return 0;
  } finally {
    unlockObj(l);
  }
}

function dictIterNext(it: Ref, what: 0 | 1 | 2): Ref {
  const d = I32[it + ITER.SEQ];
  if (d === 0) return 0;
  if (FT) {
    lockObj(d);
    try { return dictIterStep(it, d, what); } finally { unlockObj(d); }
  }
  return dictIterStep(it, d, what);
}
function dictIterStep(it: Ref, d: Ref, what: 0 | 1 | 2): Ref {
  if (I32[d + DICT.USED] !== F64[(it + ITER.N) >> 1]) {
    exhaust(it);
    throw new PyRaise(newExceptionMsg(Exc.RuntimeError, 'dictionary changed size during iteration'));
  }
  const ix = dictNextEntry(d, idx(it));
  if (ix < 0) return exhaust(it);
  setIdx(it, ix + 1);
  const k = dictEntryKey(d, ix), v = dictEntryValue(d, ix);
  if (what === 0) { incref(k); return k; }
  if (what === 1) { incref(v); return v; }
  return tupleOf([k, v]);
}
/** a dict iterator: N holds the size at creation, to detect changes */
export function newDictIter(kind: Kind, d: Ref): Ref {
  const it = newIter(kind, d);
  F64[(it + ITER.N) >> 1] = I32[d + DICT.USED];
  return it;
}
Slots.next[Kind.DICT_KEYITER] = (it) => dictIterNext(it, 0);
Slots.next[Kind.DICT_VALUEITER] = (it) => dictIterNext(it, 1);
Slots.next[Kind.DICT_ITEMITER] = (it) => dictIterNext(it, 2);

/** iterator over obj[0], obj[1], ... (objects with __getitem__ but no __iter__) */
Slots.seqIter = (obj) => newIter(Kind.SEQ_ITER, obj);
/** seq[i] (a new ref), or 0 when that raises IndexError or StopIteration: the end of a sequence iteration */
export function itemOrEnd(seq: Ref, i: number): Ref {
  const k = newInt(i);
  try {
    return getItem(seq, k);
  } catch (e) {
    if (e instanceof PyRaise && (isInstance(e.exc, Exc.IndexError) || isInstance(e.exc, Exc.StopIteration))) {
      decref(e.exc);
      return 0;
    }
    throw e;
  } finally {
    decref(k);
  }
}

Slots.next[Kind.SEQ_ITER] = (it) => {
  const s = I32[it + ITER.SEQ];
  if (s === 0) return 0;
  const i = idx(it);
  const v = itemOrEnd(s, i);
  if (v === 0) return exhaust(it);
  setIdx(it, i + 1);
  return v;
};
