/**
 * @fileoverview set and frozenset: slots, operators, methods, constructors. Results are built in the same
 * order and with the same table presizing as CPython's setobject.c (set_merge, set_intersection, ...), so that
 * sets of small ints print in CPython's order.
 */
import { FT } from '../threadid.js';
import { lockObj, lockTwo, unlockObj, locked1, lockedPair, lockedMethod } from '../objlock.js';
import { I32, F64, type Ref } from '../heap.js';
import {
  TYPE, TYPEOBJ, SET, SET_DUMMY, HDR, ITER, Kind, T_SET, T_FROZENSET, T_DICT, NONE, NOTIMPLEMENTED, DICT,
} from '../layout.js';
import { incref, decref } from '../refcount.js';
import { raise, raiseExc, Exc, PyRaise } from '../errors.js';
import {
  setKeyHash, newSet, setAddHashed, setAdd, setLookup, setNextSlot, setSlotKey, setClear, setResize, setItems,
} from '../objects/set.js';
import { dictNextEntry, dictEntryKey, dictEntryHash } from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { tupleOf } from '../objects/tuple.js';
import { newExceptionArgs } from '../objects/exception.js';
import {
  reprJs, reprGuard, getIter, iterNext, bool, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE,
  isInstance,
} from '../abstract.js';
import { Slots, SeqOps } from '../slots.js';
import { defBuiltin, argc, kwCount, noKw } from '../builtinfn.js';
import { typeName, isSubtype } from '../typeobj.js';
import { newIter, exhaust } from './core.js';
import { ownerOf, frozensetHash32 } from './tuple.js';
import { dictLookup } from '../objects/dict.js';

const OP_AND = 1, OP_OR = 7, OP_SUB = 10, OP_XOR = 12;

function kindOfR(r: Ref): Kind { return I32[I32[r + TYPE] + TYPEOBJ.KIND]; }
export function isAnySet(r: Ref): boolean { const k = kindOfR(r); return k === Kind.SET || k === Kind.FROZENSET; }
function used(s: Ref): number { return I32[s + SET.USED]; }
function isDictExact(r: Ref): boolean { return I32[r + TYPE] === T_DICT; }

/** hash of a key for lookup: a set item is looked up as the equivalent frozenset (CPython does this) */
function withLookupKey<T>(key: Ref, f: (k: Ref, h: number) => T): T {
  if (kindOfR(key) === Kind.SET) {
    const fz = newSet(T_FROZENSET);
    try {
      mergeInto(fz, key);
      return f(fz, setKeyHash(fz));
    } finally { decref(fz); }
  }
  return f(key, setKeyHash(key));
}

export function setHas(s: Ref, key: Ref): boolean {
  return withLookupKey(key, (k, h) => {
    if (!FT) return setLookup(s, k, h) >= 0;
    lockObj(s);
    try { return setLookup(s, k, h) >= 0; } finally { unlockObj(s); }
  });
}

/** removes the entry at slot j */
function removeSlot(s: Ref, j: number): Ref {
  const tbl = I32[s + SET.TABLE] + HDR;
  const k = I32[tbl + 2 * j];
  I32[tbl + 2 * j] = SET_DUMMY;
  I32[tbl + 2 * j + 1] = -1;
  I32[s + SET.USED]--;
  return k; // the caller owns the reference
}
function discardHashed(s: Ref, key: Ref, h: number): boolean {
  if (FT) {
    lockObj(s);
    try { return discardHashedU(s, key, h); } finally { unlockObj(s); }
  }
  return discardHashedU(s, key, h);
}
function discardHashedU(s: Ref, key: Ref, h: number): boolean {
  const j = setLookup(s, key, h);
  if (j < 0) return false;
  decref(removeSlot(s, j));
  return true;
}
export function setDiscardKey(s: Ref, key: Ref): boolean {
  return withLookupKey(key, (k, h) => discardHashed(s, k, h));
}

/** CPython's set_merge: adds every item of set `o` into s */
function mergeInto(s: Ref, o: Ref): void {
  if (o === s || used(o) === 0) return;
  if (FT) {
    lockTwo(s, o);
    try { mergeIntoU(s, o); } finally { unlockObj(s); }
    return;
  }
  mergeIntoU(s, o);
}
function mergeIntoU(s: Ref, o: Ref): void {
  const mask = I32[s + SET.MASK];
  if ((I32[s + SET.FILL] + used(o)) * 5 >= mask * 3) setResize(s, (used(s) + used(o)) * 2);
  const omask = I32[o + SET.MASK];
  if (I32[s + SET.FILL] === 0 && I32[s + SET.MASK] === omask && I32[o + SET.FILL] === used(o)) {
    // same size, no dummies: copy the table as is
    const st = I32[s + SET.TABLE] + HDR, ot = I32[o + SET.TABLE] + HDR;
    for (let i = 0; i <= omask; i++) {
      const k = I32[ot + 2 * i];
      if (k !== 0) { incref(k); I32[st + 2 * i] = k; I32[st + 2 * i + 1] = I32[ot + 2 * i + 1]; }
    }
    I32[s + SET.FILL] = I32[o + SET.FILL];
    I32[s + SET.USED] = used(o);
    return;
  }
  const keys: number[] = [], hashes: number[] = [];
  const ot = I32[o + SET.TABLE] + HDR;
  for (let i = 0; i <= omask; i++) {
    const k = I32[ot + 2 * i];
    if (k !== 0 && k !== SET_DUMMY) { keys.push(k); hashes.push(I32[ot + 2 * i + 1]); }
  }
  for (const k of keys) incref(k);
  try {
    for (let i = 0; i < keys.length; i++) setAddHashed(s, keys[i], hashes[i]);
  } finally { for (const k of keys) decref(k); }
}

/** CPython's set_update_internal: s |= iterable */
export function setUpdate(s: Ref, other: Ref): void {
  if (isAnySet(other)) { mergeInto(s, other); return; }
  if (isDictExact(other)) {
    const n = I32[other + DICT.USED];
    if ((I32[s + SET.FILL] + n) * 5 >= I32[s + SET.MASK] * 3) setResize(s, (used(s) + n) * 2);
    const pairs: [number, number][] = [];
    if (FT) lockObj(other);
    try {
      for (let ix = dictNextEntry(other, 0); ix >= 0; ix = dictNextEntry(other, ix + 1)) pairs.push([dictEntryKey(other, ix), dictEntryHash(other, ix)]);
      for (const [k] of pairs) incref(k);
    } finally { if (FT) unlockObj(other); }
    try { for (const [k, h] of pairs) setAddHashed(s, k, h); } finally { for (const [k] of pairs) decref(k); }
    return;
  }
  const it = getIter(other);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      try { setAdd(s, v); } finally { decref(v); }
    }
  } finally { decref(it); }
}

/** a new set/frozenset of `type` holding the items of iterable (0: empty) */
export function setFromIterable(type: Ref, iterable: Ref): Ref {
  const s = newSet(type);
  if (iterable !== 0) {
    try { setUpdate(s, iterable); } catch (e) { decref(s); throw e; }
  }
  return s;
}
export function setCopy(s: Ref, type: Ref = I32[s + TYPE]): Ref {
  return setFromIterable(type, s);
}

/** the items of any iterable as a temporary set (new ref) when it is not one already (then increfed) */
function asSet(other: Ref): Ref {
  if (isAnySet(other)) { incref(other); return other; }
  return setFromIterable(T_SET, other);
}

// ------------------------------------------------------------------ the operations
export function setIntersection(so: Ref, other: Ref): Ref {
  const type = I32[so + TYPE];
  if (so === other) return setCopy(so, type);
  const result = newSet(type);
  try {
    if (isAnySet(other)) {
      let a = so, b = other;
      if (used(b) > used(a)) { const t = a; a = b; b = t; }
      // iterate the smaller (b), keep what is in the larger (a)
      const keys: number[] = [], hashes: number[] = [];
      for (let p = setNextSlot(b, 0); p >= 0; p = setNextSlot(b, p + 1)) { keys.push(setSlotKey(b, p)); hashes.push(I32[I32[b + SET.TABLE] + HDR + 2 * p + 1]); }
      for (const k of keys) incref(k);
      try {
        for (let i = 0; i < keys.length; i++) if (setLookup(a, keys[i], hashes[i]) >= 0) setAddHashed(result, keys[i], hashes[i]);
      } finally { for (const k of keys) decref(k); }
      return result;
    }
    const it = getIter(other);
    try {
      for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
        try {
          const h = setKeyHash(v);
          if (setLookup(so, v, h) >= 0) setAddHashed(result, v, h);
        } finally { decref(v); }
      }
    } finally { decref(it); }
    return result;
  } catch (e) { decref(result); throw e; }
}

/** s -= other (CPython's set_difference_update_internal, including its final resize when many dummies remain) */
export function setDifferenceUpdate(s: Ref, other: Ref): void {
  if (s === other) { setClear(s); return; }
  differenceUpdateItems(s, other);
  const u = used(s);
  if (I32[s + SET.FILL] - u > (I32[s + SET.MASK] >>> 2)) setResize(s, u > 50000 ? u * 2 : u * 4);
}
function differenceUpdateItems(s: Ref, other: Ref): void {
  if (isAnySet(other)) {
    for (const k of setItems(other)) {
      incref(k);
      try { discardHashed(s, k, setKeyHash(k)); } finally { decref(k); }
    }
    return;
  }
  const it = getIter(other);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      try { setDiscardKey(s, v); } finally { decref(v); }
    }
  } finally { decref(it); }
}

export function setDifference(so: Ref, other: Ref): Ref {
  const type = I32[so + TYPE];
  let otherSize: number;
  if (isAnySet(other)) otherSize = used(other);
  else if (isDictExact(other)) otherSize = I32[other + DICT.USED];
  else {
    const r = setCopy(so, type);
    try { setDifferenceUpdate(r, other); } catch (e) { decref(r); throw e; }
    return r;
  }
  if ((used(so) >> 2) > otherSize) {
    const r = setCopy(so, type);
    try { setDifferenceUpdate(r, other); } catch (e) { decref(r); throw e; }
    return r;
  }
  const result = newSet(type);
  try {
    const tbl = () => I32[so + SET.TABLE] + HDR;
    const keys: number[] = [], hashes: number[] = [];
    for (let p = setNextSlot(so, 0); p >= 0; p = setNextSlot(so, p + 1)) { keys.push(setSlotKey(so, p)); hashes.push(I32[tbl() + 2 * p + 1]); }
    for (const k of keys) incref(k);
    try {
      for (let i = 0; i < keys.length; i++) {
        const present = isAnySet(other) ? setLookup(other, keys[i], hashes[i]) >= 0 : dictHas(other, keys[i], hashes[i]);
        if (!present) setAddHashed(result, keys[i], hashes[i]);
      }
    } finally { for (const k of keys) decref(k); }
  } catch (e) { decref(result); throw e; }
  return result;
}
function dictHas(d: Ref, k: Ref, h: number): boolean { return dictLookup(d, k, h) >= 0; }

/** s ^= other */
export function setSymmetricDifferenceUpdate(s: Ref, other: Ref): void {
  if (s === other) { setClear(s); return; }
  if (isDictExact(other)) {
    // the dict's keys in insertion order, with their stored hashes (CPython's set_symmetric_difference_update_dict)
    const pairs: [number, number][] = [];
    if (FT) lockObj(other);
    try {
      for (let ix = dictNextEntry(other, 0); ix >= 0; ix = dictNextEntry(other, ix + 1)) pairs.push([dictEntryKey(other, ix), dictEntryHash(other, ix)]);
      for (const [k] of pairs) incref(k);
    } finally { if (FT) unlockObj(other); }
    try {
      for (const [k, h] of pairs) if (!discardHashed(s, k, h)) setAddHashed(s, k, h);
    } finally { for (const [k] of pairs) decref(k); }
    return;
  }
  const o = isAnySet(other) ? (incref(other), other) : setFromIterable(T_SET, other);
  try {
    const ot = I32[o + SET.TABLE] + HDR;
    const keys: number[] = [], hashes: number[] = [];
    for (let p = setNextSlot(o, 0); p >= 0; p = setNextSlot(o, p + 1)) { keys.push(setSlotKey(o, p)); hashes.push(I32[ot + 2 * p + 1]); }
    for (const k of keys) incref(k);
    try {
      for (let i = 0; i < keys.length; i++) {
        if (!discardHashed(s, keys[i], hashes[i])) setAddHashed(s, keys[i], hashes[i]);
      }
    } finally { for (const k of keys) decref(k); }
  } finally { decref(o); }
}
export function setSymmetricDifference(so: Ref, other: Ref): Ref {
  const r = setFromIterable(I32[so + TYPE], other);
  try { setSymmetricDifferenceUpdate(r, so); } catch (e) { decref(r); throw e; }
  return r;
}
export function setUnion(so: Ref, other: Ref): Ref {
  const r = setCopy(so);
  try { setUpdate(r, other); } catch (e) { decref(r); throw e; }
  return r;
}
function setIntersectionUpdate(s: Ref, other: Ref): void {
  const tmp = setIntersection(s, other);
  // swap the bodies: s takes tmp's table
  for (const f of [SET.FILL, SET.USED, SET.MASK, SET.TABLE, SET.FINGER]) {
    const v = I32[s + f]; I32[s + f] = I32[tmp + f]; I32[tmp + f] = v;
  }
  decref(tmp);
}

/** a <= b for sets (b any set) */
function isSubset(a: Ref, b: Ref): boolean {
  if (used(a) > used(b)) return false;
  for (const k of setItems(a)) {
    incref(k);
    try { if (setLookup(b, k, setKeyHash(k)) < 0) return false; } finally { decref(k); }
  }
  return true;
}

// ------------------------------------------------------------------ slots
function setRepr(s: Ref): string {
  const isFrozen = kindOfR(s) === Kind.FROZENSET;
  const tn = typeName(I32[s + TYPE]);
  if (used(s) === 0) return `${tn}()`;
  return reprGuard(s, () => {
    const parts: string[] = [];
    for (const k of setItems(s)) {
      incref(k);
      try { parts.push(reprJs(k)); } finally { decref(k); }
    }
    const body = '{' + parts.join(', ') + '}';
    return isFrozen || I32[s + TYPE] !== T_SET ? `${tn}(${body})` : body;
  }, `${tn}(...)`);
}

for (const k of [Kind.SET, Kind.FROZENSET]) {
  Slots.repr[k] = locked1(setRepr);
  Slots.len[k] = used;
  Slots.iter[k] = (s) => {
    const it = newIter(Kind.SET_ITER, s);
    F64[(it + ITER.N) >> 1] = used(s);
    return it;
  };
  Slots.contains[k] = setHas;
  Slots.richcmp[k] = lockedPair((a, b, op: number) => {
    if (!isAnySet(b)) return NOTIMPLEMENTED;
    switch (op) {
      case CMP_EQ: return bool(used(a) === used(b) && isSubset(a, b));
      case CMP_NE: return bool(!(used(a) === used(b) && isSubset(a, b)));
      case CMP_LE: return bool(isSubset(a, b));
      case CMP_LT: return bool(used(a) < used(b) && isSubset(a, b));
      case CMP_GE: return bool(isSubset(b, a));
      case CMP_GT: return bool(used(a) > used(b) && isSubset(b, a));
    }
    return NOTIMPLEMENTED;
  });
  SeqOps.binary[k] = lockedPair((a, b, op: number) => {
    if (!isAnySet(a) || !isAnySet(b)) return NOTIMPLEMENTED;
    switch (op) {
      case OP_OR: return setUnion(a, b);
      case OP_AND: return setIntersection(a, b);
      case OP_SUB: return setDifference(a, b);
      case OP_XOR: return setSymmetricDifference(a, b);
    }
    return NOTIMPLEMENTED;
  });
}
SeqOps.inplaceBinary[Kind.SET] = lockedPair((a, b, op: number) => {
  if (!isAnySet(b)) return NOTIMPLEMENTED;
  switch (op) {
    case OP_OR: setUpdate(a, b); break;
    case OP_AND: setIntersectionUpdate(a, b); break;
    case OP_SUB: setDifferenceUpdate(a, b); break;
    case OP_XOR: setSymmetricDifferenceUpdate(a, b); break;
    default: return NOTIMPLEMENTED;
  }
  incref(a);
  return a;
});
Slots.hash[Kind.FROZENSET] = (s) => {
  const c = I32[s + SET.HASH];
  if (c !== 0) return c;
  const h = frozensetHash32(s);
  I32[s + SET.HASH] = h;
  return h;
};

Slots.next[Kind.SET_ITER] = (it) => {
  const s = I32[it + ITER.SEQ];
  if (s === 0) return 0;
  if (FT) {
    lockObj(s);
    try { return setIterStep(it, s); } finally { unlockObj(s); }
  }
  return setIterStep(it, s);
};
function setIterStep(it: Ref, s: Ref): Ref {
  if (used(s) !== F64[(it + ITER.N) >> 1]) {
    F64[(it + ITER.N) >> 1] = -1;
    exhaust(it);
    raise(Exc.RuntimeError, 'Set changed size during iteration');
  }
  const p = setNextSlot(s, F64[(it + ITER.INDEX) >> 1]);
  if (p < 0) return exhaust(it);
  F64[(it + ITER.INDEX) >> 1] = p + 1;
  const k = setSlotKey(s, p);
  incref(k);
  return k;
}

function setNewImpl(type: Ref, a: number, n: number, kw: Ref): Ref {
  const nm = typeName(type);
  if (kwCount(kw) > 0) raise(Exc.TypeError, `${nm}() takes no keyword arguments`);
  if (n > 1) raise(Exc.TypeError, `${nm} expected at most 1 argument, got ${n}`);
  if (type === T_FROZENSET && n === 1 && I32[I32[a] + TYPE] === T_FROZENSET) { incref(I32[a]); return I32[a]; }
  const s = setFromIterable(type, n === 1 ? I32[a] : 0);
  if (I32[type + TYPEOBJ.TFLAGS] & 1) incref(type);
  return s;
}
Slots.new[Kind.SET] = setNewImpl;
Slots.new[Kind.FROZENSET] = setNewImpl;

// ------------------------------------------------------------------ methods
function keyError(key: Ref): never {
  raiseExc(newExceptionArgs(Exc.KeyError, tupleOf([key])));
}

for (const T of [T_SET, T_FROZENSET]) {
  const tn = typeName(T);
  const M = (name: string, f: (a: number, n: number, kw: Ref) => Ref) => defBuiltin(ownerOf(T), name, f, tn);
  const multi = (name: string, one: (s: Ref, o: Ref) => Ref) => M(name, (a, n, kw) => {
    noKw(`${tn}.${name}`, kw);
    let r = setCopy(I32[a]);
    try {
      if (n === 1) return r;
      for (let i = 1; i < n; i++) {
        const nr = one(r, I32[a + i]);
        decref(r);
        r = nr;
      }
      return r;
    } catch (e) { decref(r); throw e; }
  });
  M('copy', (a, n, kw) => {
    argc(`${tn}.copy`, n - 1, kw, 0, 0);
    if (I32[I32[a] + TYPE] === T_FROZENSET) { incref(I32[a]); return I32[a]; }
    return setCopy(I32[a]);
  });
  M('union', (a, n, kw) => {
    noKw(`${tn}.union`, kw);
    const r = setCopy(I32[a]);
    try { for (let i = 1; i < n; i++) setUpdate(r, I32[a + i]); } catch (e) { decref(r); throw e; }
    return r;
  });
  multi('intersection', setIntersection);
  M('difference', (a, n, kw) => {
    noKw(`${tn}.difference`, kw);
    if (n === 1) return setCopy(I32[a]);
    const r = setDifference(I32[a], I32[a + 1]);
    try { for (let i = 2; i < n; i++) setDifferenceUpdate(r, I32[a + i]); } catch (e) { decref(r); throw e; }
    return r;
  });
  M('symmetric_difference', (a, n, kw) => {
    argc(`${tn}.symmetric_difference`, n - 1, kw, 1, 1);
    return setSymmetricDifference(I32[a], I32[a + 1]);
  });
  M('issubset', (a, n, kw) => {
    argc(`${tn}.issubset`, n - 1, kw, 1, 1);
    const o = asSet(I32[a + 1]);
    try { return bool(isSubset(I32[a], o)); } finally { decref(o); }
  });
  M('issuperset', (a, n, kw) => {
    argc(`${tn}.issuperset`, n - 1, kw, 1, 1);
    const o = asSet(I32[a + 1]);
    try { return bool(isSubset(o, I32[a])); } finally { decref(o); }
  });
  M('isdisjoint', (a, n, kw) => {
    argc(`${tn}.isdisjoint`, n - 1, kw, 1, 1);
    return bool(isDisjoint(I32[a], I32[a + 1]));
  });
  M('__contains__', (a, n, kw) => { argc('__contains__', n - 1, kw, 1, 1); return bool(setHas(I32[a], I32[a + 1])); });
  M('__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newInt(used(I32[a])); });
  M('__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return Slots.iter[Kind.SET](I32[a]); });
}

/** no common items: s (a set) and other (any iterable) */
export function isDisjoint(s: Ref, other: Ref): boolean {
  if (s === other) return used(s) === 0;
  if (isAnySet(other)) {
    let a = s, b = other;
    if (used(a) > used(b)) { const t = a; a = b; b = t; }
    for (const k of setItems(a)) {
      incref(k);
      try { if (setLookup(b, k, setKeyHash(k)) >= 0) return false; } finally { decref(k); }
    }
    return true;
  }
  const it = getIter(other);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      try { if (setHas(s, v)) return false; } finally { decref(v); }
    }
    return true;
  } finally { decref(it); }
}

// under --gil=off every method runs in a critical section on the set
const S = (name: string, f: (a: number, n: number, kw: Ref) => Ref) => defBuiltin(ownerOf(T_SET), name, lockedMethod(f), 'set');
S('add', (a, n, kw) => {
  argc('set.add', n - 1, kw, 1, 1);
  setAdd(I32[a], I32[a + 1]);
  return NONE;
});
S('remove', (a, n, kw) => {
  argc('set.remove', n - 1, kw, 1, 1);
  if (!setDiscardKey(I32[a], I32[a + 1])) keyError(I32[a + 1]);
  return NONE;
});
S('discard', (a, n, kw) => {
  argc('set.discard', n - 1, kw, 1, 1);
  setDiscardKey(I32[a], I32[a + 1]);
  return NONE;
});
S('pop', (a, n, kw) => {
  argc('set.pop', n - 1, kw, 0, 0);
  const s = I32[a];
  if (used(s) === 0) raise(Exc.KeyError, 'pop from an empty set');
  const mask = I32[s + SET.MASK];
  const tbl = I32[s + SET.TABLE] + HDR;
  let i = I32[s + SET.FINGER] & mask;
  for (;;) {
    const k = I32[tbl + 2 * i];
    if (k !== 0 && k !== SET_DUMMY) break;
    i++;
    if (i > mask) i = 0;
  }
  const k = removeSlot(s, i);
  I32[s + SET.FINGER] = i + 1;
  return k;
});
S('clear', (a, n, kw) => {
  argc('set.clear', n - 1, kw, 0, 0);
  setClear(I32[a]);
  return NONE;
});
S('update', (a, n, kw) => {
  noKw('set.update', kw);
  for (let i = 1; i < n; i++) setUpdate(I32[a], I32[a + i]);
  return NONE;
});
S('intersection_update', (a, n, kw) => {
  noKw('set.intersection_update', kw);
  for (let i = 1; i < n; i++) setIntersectionUpdate(I32[a], I32[a + i]);
  return NONE;
});
S('difference_update', (a, n, kw) => {
  noKw('set.difference_update', kw);
  for (let i = 1; i < n; i++) setDifferenceUpdate(I32[a], I32[a + i]);
  return NONE;
});
S('symmetric_difference_update', (a, n, kw) => {
  argc('set.symmetric_difference_update', n - 1, kw, 1, 1);
  setSymmetricDifferenceUpdate(I32[a], I32[a + 1]);
  return NONE;
});
S('__init__', (a, n, kw) => {
  if (kwCount(kw) > 0) raise(Exc.TypeError, 'set() takes no keyword arguments');
  if (n > 2) raise(Exc.TypeError, `set expected at most 1 argument, got ${n - 1}`);
  setClear(I32[a]);
  if (n === 2) setUpdate(I32[a], I32[a + 1]);
  return NONE;
});
