/**
 * @fileoverview The list type: slots, methods (sort is a stable merge sort calling only `<`, with fast paths for
 * all-int/float and all-str keys), slice assignment and deletion, constructor (also for subclasses).
 * Every loop that may run Python code (comparisons, key functions, repr) re-reads the list's size and item
 * block at each step, so a list mutated meanwhile never makes us read freed memory.
 * Under --gil=off every slot and method runs in a critical section on the list (objlock.ts), and on the other
 * list too when it reads one (extend, concatenation, comparison, slice assignment from a list); every change that
 * removes, replaces or moves items or swaps the item block is also a seqlock write section (listWriteBegin/End,
 * objects/list.ts; appending is not, see there), so that indexing with an int and iteration can read items
 * without the lock (ftread.ts).
 */
import { I32, F64, type Ref } from '../heap.js';
import {
  TYPE, TYPEOBJ, LIST, HDR, Kind, T_LIST, T_TUPLE, T_INT, T_FLOAT, T_STR, T_SLICE, NONE,
  NOTIMPLEMENTED, NUM, FLAGS, F_INT_BIG, TUPLE, TUPLE_ITEMS, TRUE, FALSE,
} from '../layout.js';
import { incref, decref, markMaybeShared } from '../refcount.js';
import { raise, Exc, PyRaise } from '../errors.js';
import { newList, listReserve, listAppend, listAppendSteal, listToArray, listWriteBegin, listWriteEnd } from '../objects/list.js';
import { ftListItem, FT_UNPROVEN } from '../ftread.js';
import { newInt } from '../objects/int.js';
import { strToJs } from '../objects/str.js';
import { reprJs, reprGuard, richCompareBool, CMP_EQ, CMP_LT, iterToArray, typeNameOf, bool, isHeapType, callN, isTrue } from '../abstract.js';
import { Slots, SeqOps } from '../slots.js';
import { defBuiltin, argc, noKw, kwCount, bindArgs } from '../builtinfn.js';
import { typeName, typeLookup } from '../typeobj.js';
import { newIter } from './core.js';
import { sliceIndices } from './slice.js';
import { seqIndex, indexArg, clampRange, seqRichCompare, ownerOf } from './tuple.js';
import { N } from '../names.js';
import { T_BUILTIN } from '../layout.js';
import { FT } from '../threadid.js';
import { lockObj, lockTwo, unlockObj, locked1, locked2, locked3, lockedPair, lockedMethod } from '../objlock.js';

function size(l: Ref): number { return I32[l + LIST.SIZE]; }
function item(l: Ref, i: number): Ref { return I32[I32[l + LIST.ITEMS] + HDR + i]; }
function isListKind(r: Ref): boolean { return I32[I32[r + TYPE] + TYPEOBJ.KIND] === Kind.LIST; }

/** items of any iterable as new refs; a list or tuple is read directly */
export function itemsOf(src: Ref): number[] {
  const t = I32[src + TYPE];
  if (FT && t === T_LIST) {
    lockObj(src);
    try {
      const out = listToArray(src);
      for (const v of out) incref(v);
      return out;
    } finally { unlockObj(src); }
  }
  if (t === T_LIST || t === T_TUPLE) {
    const out = t === T_LIST ? listToArray(src) : tupleItemsArr(src);
    for (const v of out) incref(v);
    return out;
  }
  return iterToArray(src);
}
function tupleItemsArr(t: Ref): number[] {
  const n = I32[t + TUPLE.SIZE];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[t + TUPLE_ITEMS + i];
  return out;
}

/** replaces items [lo, hi) of l with the given refs (borrowed: each is increfed) */
export function listSetSlice(l: Ref, lo: number, hi: number, items: number[]): void {
  const n = size(l);
  const k = items.length;
  const old: number[] = [];
  for (let i = lo; i < hi; i++) old.push(item(l, i));
  const d = k - (hi - lo);
  if (d > 0) listReserve(l, n + d);
  const base = I32[l + LIST.ITEMS] + HDR;
  for (let i = 0; i < k; i++) incref(items[i]);
  const w = listWriteBegin(l);
  if (d !== 0) I32.copyWithin(base + hi + d, base + hi, base + n);
  for (let i = 0; i < k; i++) I32[base + lo + i] = items[i];
  I32[l + LIST.SIZE] = n + d;
  listWriteEnd(l, w);
  for (const v of old) decref(v);
}

/** l.extend(src) */
export function listExtend(l: Ref, src: Ref): void {
  if (FT && I32[src + TYPE] === T_LIST) {
    lockTwo(l, src);
    try { extend(l, src); } finally { unlockObj(l); }
    return;
  }
  if (FT) {
    // the iterable is consumed outside the list's lock (it may run Python code for a long time)
    const arr = iterToArray(src);
    lockObj(l);
    try {
      listReserve(l, size(l) + arr.length);
      for (const v of arr) listAppendSteal(l, v); // appends: no write section (objects/list.ts)
    } finally { unlockObj(l); }
    return;
  }
  extend(l, src);
}
function extend(l: Ref, src: Ref): void {
  const t = I32[src + TYPE];
  if (t === T_LIST || t === T_TUPLE) {
    const arr = t === T_LIST ? listToArray(src) : tupleItemsArr(src);
    listReserve(l, size(l) + arr.length);
    for (const v of arr) listAppend(l, v); // appends: no write section (objects/list.ts)
    return;
  }
  const arr = iterToArray(src);
  listReserve(l, size(l) + arr.length);
  for (const v of arr) listAppendSteal(l, v);
}

// ------------------------------------------------------------------ slots
Slots.repr[Kind.LIST] = locked1((l) => {
  if (size(l) === 0) return '[]';
  return reprGuard(l, () => {
    const parts: string[] = [];
    for (let i = 0; i < size(l); i++) {
      const v = item(l, i);
      incref(v);
      try { parts.push(reprJs(v)); } finally { decref(v); }
    }
    return '[' + parts.join(', ') + ']';
  }, '[...]');
});
Slots.len[Kind.LIST] = size;
Slots.iter[Kind.LIST] = (l) => newIter(Kind.LIST_ITER, l);
const listContains = locked2((l: Ref, v: Ref): boolean => {
  for (let i = 0; i < size(l); i++) {
    const x = item(l, i);
    if (x === v) return true;
    incref(x);
    try { if (richCompareBool(x, v, CMP_EQ)) return true; } finally { decref(x); }
  }
  return false;
});
Slots.contains[Kind.LIST] = listContains;

/** l[k]: an int k reads lock-free under --gil=off (ftread.ts) when it can, else in the critical section */
function listGetItem(l: Ref, k: Ref): Ref {
  if (FT && I32[k + TYPE] === T_INT && !(I32[k + FLAGS] & F_INT_BIG)) {
    const v = ftListItem(l, F64[(k + NUM.VAL) >> 1]);
    if (v > 0) return v;
    if (v === 0) raise(Exc.IndexError, 'list index out of range');
    // not provably alive: the item read under the lock is marked, so that its next read is lock-free
    return listGetItemLocked(l, k, v === FT_UNPROVEN);
  }
  return listGetItemLocked(l, k, false);
}
const listGetItemLocked = locked3((l: Ref, k: Ref, mark: boolean): Ref => {
  if (I32[k + TYPE] === T_SLICE) {
    const [start, , step, len] = sliceIndices(k, size(l));
    const r = newList(len);
    const src = I32[l + LIST.ITEMS] + HDR, dst = I32[r + LIST.ITEMS] + HDR;
    for (let i = 0, j = start; i < len; i++, j += step) { const v = I32[src + j]; incref(v); I32[dst + i] = v; }
    return r;
  }
  const i = seqIndex(k, size(l), 'list', 'list index out of range');
  const v = item(l, i);
  incref(v);
  if (mark) markMaybeShared(v);
  return v;
});
Slots.getitem[Kind.LIST] = listGetItem;

/** the slot and method lock the list, and v too when it is a list whose items a slice assignment reads */
function listSetItem(l: Ref, k: Ref, v: Ref): void {
  if (!FT) { setItemU(l, k, v); return; }
  lockTwo(l, I32[v + TYPE] === T_LIST ? v : l);
  try { setItemU(l, k, v); } finally { unlockObj(l); }
}
function setItemU(l: Ref, k: Ref, v: Ref): void {
  if (I32[k + TYPE] === T_SLICE) {
    const n = size(l);
    const [start, stop, step, len] = sliceIndices(k, n);
    const items = v === l ? listToArray(l) : itemsOfNoIter(v);
    const owned = v !== l && !(I32[v + TYPE] === T_LIST || I32[v + TYPE] === T_TUPLE);
    try {
      if (step === 1) {
        const hi = stop < start ? start : stop;
        listSetSlice(l, start, hi, items);
        return;
      }
      if (items.length !== len) {
        raise(Exc.ValueError, `attempt to assign sequence of size ${items.length} to extended slice of size ${len}`);
      }
      const old: number[] = [];
      const base = I32[l + LIST.ITEMS] + HDR;
      for (let i = 0; i < len; i++) incref(items[i]);
      const w = listWriteBegin(l);
      for (let i = 0, j = start; i < len; i++, j += step) {
        old.push(I32[base + j]);
        I32[base + j] = items[i];
      }
      listWriteEnd(l, w);
      for (const o of old) decref(o);
    } finally {
      if (owned) for (const x of items) decref(x);
    }
    return;
  }
  const i = seqIndex(k, size(l), 'list', 'list assignment index out of range');
  const slot = I32[l + LIST.ITEMS] + HDR + i;
  const old = I32[slot];
  incref(v);
  const w = listWriteBegin(l);
  I32[slot] = v;
  listWriteEnd(l, w);
  decref(old);
}
/** the items of the right side of a slice assignment: borrowed for a list/tuple, new refs otherwise */
function itemsOfNoIter(v: Ref): number[] {
  const t = I32[v + TYPE];
  if (t === T_LIST) return listToArray(v);
  if (t === T_TUPLE) return tupleItemsArr(v);
  try {
    return iterToArray(v);
  } catch (e) {
    if (e instanceof PyRaise && I32[e.exc + TYPE] === Exc.TypeError && Slots.iter[I32[I32[v + TYPE] + TYPEOBJ.KIND]] === undefined
      && typeLookup(I32[v + TYPE], N.__iter__) === 0) {
      decref(e.exc);
      raise(Exc.TypeError, 'must assign iterable to extended slice'); // 3.14: also for simple slices
    }
    throw e;
  }
}
Slots.setitem[Kind.LIST] = listSetItem;

function listDelItem(l: Ref, k: Ref): void {
  if (I32[k + TYPE] === T_SLICE) {
    const [start, stop, step, len] = sliceIndices(k, size(l));
    if (len <= 0) return;
    if (step === 1) { listSetSlice(l, start, stop, []); return; }
    // extended slice deletion: keep the items not selected
    const n = size(l);
    const base = I32[l + LIST.ITEMS] + HDR;
    const del = new Set<number>();
    for (let i = 0, j = start; i < len; i++, j += step) del.add(j);
    const removed: number[] = [];
    let w = 0;
    const began = listWriteBegin(l);
    for (let i = 0; i < n; i++) {
      const x = I32[base + i];
      if (del.has(i)) removed.push(x);
      else I32[base + w++] = x;
    }
    I32[l + LIST.SIZE] = w;
    listWriteEnd(l, began);
    for (const x of removed) decref(x);
    return;
  }
  const i = seqIndex(k, size(l), 'list', 'list assignment index out of range');
  listSetSlice(l, i, i + 1, []);
}
Slots.delitem[Kind.LIST] = locked2(listDelItem);

Slots.richcmp[Kind.LIST] = lockedPair((a, b, op: number) => {
  if (!isListKind(b)) return NOTIMPLEMENTED;
  return seqRichCompare(() => size(a), (i) => item(a, i), () => size(b), (i) => item(b, i), op);
});

SeqOps.concat[Kind.LIST] = (a, b) => concat(a, b, 0);
const concat = lockedPair((a, b, _: 0) => {
  const na = size(a), nb = size(b);
  const r = newList(na + nb);
  const dst = I32[r + LIST.ITEMS] + HDR;
  let s = I32[a + LIST.ITEMS] + HDR;
  for (let i = 0; i < na; i++) { const v = I32[s + i]; incref(v); I32[dst + i] = v; }
  s = I32[b + LIST.ITEMS] + HDR;
  for (let i = 0; i < nb; i++) { const v = I32[s + i]; incref(v); I32[dst + na + i] = v; }
  return r;
});
SeqOps.repeat[Kind.LIST] = locked2((a, n: number) => {
  const na = size(a);
  if (n <= 0 || na === 0) return newList(0);
  if (na * n > 0x10000000) raise(Exc.MemoryError);
  const r = newList(na * n);
  const dst = I32[r + LIST.ITEMS] + HDR, src = I32[a + LIST.ITEMS] + HDR;
  for (let k = 0; k < n; k++) for (let i = 0; i < na; i++) { const v = I32[src + i]; incref(v); I32[dst + k * na + i] = v; }
  return r;
});
SeqOps.inplaceConcat[Kind.LIST] = (a, b) => {
  listExtend(a, b);
  incref(a);
  return a;
};
SeqOps.inplaceRepeat[Kind.LIST] = locked2((a, n: number) => {
  const na = size(a);
  if (n <= 0 || na === 0) { listSetSlice(a, 0, na, []); incref(a); return a; }
  if (na * n > 0x10000000) raise(Exc.MemoryError);
  listReserve(a, na * n);
  const base = I32[a + LIST.ITEMS] + HDR;
  const w = listWriteBegin(a);
  for (let k = 1; k < n; k++) for (let i = 0; i < na; i++) { const v = I32[base + i]; incref(v); I32[base + k * na + i] = v; }
  I32[a + LIST.SIZE] = na * n;
  listWriteEnd(a, w);
  incref(a);
  return a;
});

/** list(iterable) for type (T_LIST or a subclass) */
Slots.new[Kind.LIST] = (type, a, n, kw) => {
  const heap = isHeapType(type);
  const initOverridden = heap && (() => { const f = typeLookup(type, N.__init__); return f !== 0 && I32[f + TYPE] !== T_BUILTIN; })();
  if (!initOverridden) {
    if (kwCount(kw) > 0) raise(Exc.TypeError, `${typeName(type)}() takes no keyword arguments`);
    if (n > 1) raise(Exc.TypeError, `${typeName(type)} expected at most 1 argument, got ${n}`);
  }
  const l = newList(0, type, heap ? I32[type + TYPEOBJ.BASICSIZE] : LIST.WORDS);
  if (heap) incref(type);
  if (n === 1 && !initOverridden) {
    try { listExtend(l, I32[a]); } catch (e) { decref(l); throw e; }
  }
  return l;
};

// ------------------------------------------------------------------ sort
function lt(a: Ref, b: Ref): boolean { return richCompareBool(a, b, CMP_LT); }

/** stable merge sort of idx by keys, using only `<` (as CPython's timsort) */
function mergeSort(idx: number[], keys: number[]): number[] {
  const n = idx.length;
  // insertion sort runs of 8
  const RUN = 8;
  for (let s = 0; s < n; s += RUN) {
    const e = Math.min(s + RUN, n);
    for (let i = s + 1; i < e; i++) {
      const x = idx[i];
      let j = i - 1;
      while (j >= s && lt(keys[x], keys[idx[j]])) { idx[j + 1] = idx[j]; j--; }
      idx[j + 1] = x;
    }
  }
  let src = idx, dst = new Array<number>(n);
  for (let w = RUN; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n), hi = Math.min(lo + 2 * w, n);
      let i = lo, j = mid, k = lo;
      if (mid < hi && !lt(keys[src[mid]], keys[src[mid - 1]])) {
        // already in order
        for (; i < hi; i++) dst[k++] = src[i];
        continue;
      }
      while (i < mid && j < hi) {
        if (lt(keys[src[j]], keys[src[i]])) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src; src = dst; dst = t;
  }
  return src;
}

type FastKind = 'num' | 'str' | 'tuple' | null;

/** 0 for a safe int / non-NaN float, 1 for a str, -1 otherwise */
function primClass(r: Ref): number {
  const t = I32[r + TYPE];
  if (t === T_INT) return I32[r + FLAGS] & F_INT_BIG ? -1 : 0;
  if (t === T_FLOAT) return Number.isNaN(F64[(r + NUM.VAL) >> 1]) ? -1 : 0;
  if (t === T_STR) return 1;
  return -1;
}
/**
 * Keys that are all exact tuples of ints/floats/strs, with one class per position: as JS arrays (comparing
 * them lexicographically in JS gives Python's tuple order), else null.
 */
function tupleKeys(keys: number[]): (number | string)[][] | null {
  const cls: number[] = [];
  const out: (number | string)[][] = [];
  for (const k of keys) {
    const n = I32[k + TUPLE.SIZE];
    const arr: (number | string)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const x = I32[k + TUPLE_ITEMS + i];
      const c = primClass(x);
      if (c < 0) return null;
      if (i >= cls.length) cls.push(c);
      else if (cls[i] !== c) return null;
      if (c === 0) arr[i] = F64[(x + NUM.VAL) >> 1];
      else {
        const js = strToJs(x);
        if (/[\ud800-\udfff]/.test(js)) return null;
        arr[i] = js;
      }
    }
    out.push(arr);
  }
  return out;
}
function cmpArr(a: (number | string)[], b: (number | string)[]): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i], y = b[i];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return a.length - b.length;
}
function fastKind(keys: number[]): FastKind {
  if (keys.length === 0) return null;
  const t0 = I32[keys[0] + TYPE];
  if (t0 === T_INT || t0 === T_FLOAT) {
    for (const k of keys) {
      const t = I32[k + TYPE];
      if (t === T_INT) { if (I32[k + FLAGS] & F_INT_BIG) return null; }
      else if (t === T_FLOAT) { if (Number.isNaN(F64[(k + NUM.VAL) >> 1])) return null; }
      else return null;
    }
    return 'num';
  }
  if (t0 === T_STR) {
    for (const k of keys) if (I32[k + TYPE] !== T_STR) return null;
    return 'str';
  }
  if (t0 === T_TUPLE) {
    for (const k of keys) if (I32[k + TYPE] !== T_TUPLE) return null;
    return 'tuple';
  }
  return null;
}

function sortArray(keys: number[]): number[] {
  const n = keys.length;
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const fk = fastKind(keys);
  if (fk === 'num') {
    const v = keys.map((k) => F64[(k + NUM.VAL) >> 1]);
    idx.sort((x, y) => v[x] - v[y]);
    return idx;
  }
  if (fk === 'tuple') {
    const v = tupleKeys(keys);
    if (v !== null) {
      idx.sort((x, y) => cmpArr(v[x], v[y]));
      return idx;
    }
  }
  if (fk === 'str') {
    const v = keys.map((k) => strToJs(k));
    if (!v.some((s) => /[\ud800-\udfff]/.test(s))) {
      idx.sort((x, y) => (v[x] < v[y] ? -1 : v[x] > v[y] ? 1 : 0));
      return idx;
    }
  }
  return mergeSort(idx, keys);
}

/** sorts l in place (list.sort) */
export function listSort(l: Ref, key: Ref, reverse: boolean): void {
  let items = listToArray(l); // the references move into this array while sorting
  const orig = items;
  const n = items.length;
  // the list looks empty while it is sorted (as in CPython), also to lock-free readers
  let w = listWriteBegin(l);
  I32[l + LIST.SIZE] = 0;
  listWriteEnd(l, w);
  let keys: number[] = items;
  const ownKeys = key !== 0 && key !== NONE;
  let err: unknown = null;
  try {
    if (ownKeys) {
      keys = [];
      for (const x of items) keys.push(callN(key, [x]));
    }
    if (reverse) { items = items.slice().reverse(); keys = keys.slice().reverse(); }
    const order = sortArray(keys);
    let sorted = order.map((i) => items[i]);
    if (reverse) sorted = sorted.reverse();
    items = sorted;
  } catch (e) {
    err = e;
    items = orig;
  } finally {
    if (ownKeys) for (const k of keys) decref(k);
  }
  // put the items back (drop anything added meanwhile)
  const added = listToArray(l);
  listReserve(l, n);
  const base = I32[l + LIST.ITEMS] + HDR;
  w = listWriteBegin(l);
  for (let i = 0; i < n; i++) I32[base + i] = items[i];
  I32[l + LIST.SIZE] = n;
  listWriteEnd(l, w);
  for (const v of added) decref(v);
  if (err !== null) throw err;
  if (added.length > 0) raise(Exc.ValueError, 'list modified during sort');
}

// ------------------------------------------------------------------ methods
const LD = ownerOf(T_LIST);
// under --gil=off every method runs in a critical section on the list
const M = (name: string, f: (a: number, n: number, kw: Ref) => Ref) => defBuiltin(LD, name, lockedMethod(f), 'list');

M('append', (a, n, kw) => {
  noKw('list.append', kw);
  if (n !== 2) raise(Exc.TypeError, `list.append() takes exactly one argument (${n - 1} given)`);
  // no write section even under --gil=off: an append changes no item a reader may hold (objects/list.ts)
  listAppend(I32[a], I32[a + 1]);
  return NONE;
});
M('extend', (a, n, kw) => {
  noKw('list.extend', kw);
  if (n !== 2) raise(Exc.TypeError, `list.extend() takes exactly one argument (${n - 1} given)`);
  listExtend(I32[a], I32[a + 1]);
  return NONE;
});
M('insert', (a, n, kw) => {
  noKw('insert', kw);
  if (n !== 3) raise(Exc.TypeError, `insert expected 2 arguments, got ${n - 1}`);
  const l = I32[a];
  let i = indexArg(I32[a + 1]);
  const len = size(l);
  if (i < 0) { i += len; if (i < 0) i = 0; }
  if (i > len) i = len;
  listSetSlice(l, i, i, [I32[a + 2]]);
  return NONE;
});
M('remove', (a, n, kw) => {
  noKw('list.remove', kw);
  if (n !== 2) raise(Exc.TypeError, `list.remove() takes exactly one argument (${n - 1} given)`);
  const l = I32[a], v = I32[a + 1];
  for (let i = 0; i < size(l); i++) {
    const x = item(l, i);
    let eq = x === v;
    if (!eq) { incref(x); try { eq = richCompareBool(x, v, CMP_EQ); } finally { decref(x); } }
    if (eq) {
      if (i < size(l)) listSetSlice(l, i, i + 1, []);
      return NONE;
    }
  }
  return raise(Exc.ValueError, 'list.remove(x): x not in list');
});
M('pop', (a, n, kw) => {
  noKw('pop', kw);
  if (n > 2) raise(Exc.TypeError, `pop expected at most 1 argument, got ${n - 1}`);
  const l = I32[a];
  const len = size(l);
  if (len === 0) raise(Exc.IndexError, 'pop from empty list');
  let i = n === 2 ? indexArg(I32[a + 1]) : len - 1;
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(Exc.IndexError, 'pop index out of range');
  const v = item(l, i);
  const base = I32[l + LIST.ITEMS] + HDR;
  const w = listWriteBegin(l);
  I32.copyWithin(base + i, base + i + 1, base + len);
  I32[l + LIST.SIZE] = len - 1;
  listWriteEnd(l, w);
  return v; // the list's reference moves to the caller
});
M('index', (a, n, kw) => {
  noKw('index', kw);
  if (n < 2) raise(Exc.TypeError, `index expected at least 1 argument, got ${n - 1}`);
  if (n > 4) raise(Exc.TypeError, `index expected at most 3 arguments, got ${n - 1}`);
  const l = I32[a], v = I32[a + 1];
  const [start, stop] = clampRange(a, n, size(l), 2);
  for (let i = start; i < stop && i < size(l); i++) {
    const x = item(l, i);
    if (x === v) return newInt(i);
    incref(x);
    try { if (richCompareBool(x, v, CMP_EQ)) return newInt(i); } finally { decref(x); }
  }
  return raise(Exc.ValueError, 'list.index(x): x not in list');
});
M('count', (a, n, kw) => {
  noKw('list.count', kw);
  if (n !== 2) raise(Exc.TypeError, `list.count() takes exactly one argument (${n - 1} given)`);
  const l = I32[a], v = I32[a + 1];
  let c = 0;
  for (let i = 0; i < size(l); i++) {
    const x = item(l, i);
    if (x === v) { c++; continue; }
    incref(x);
    try { if (richCompareBool(x, v, CMP_EQ)) c++; } finally { decref(x); }
  }
  return newInt(c);
});
M('sort', (a, n, kw) => {
  const nkw = kwCount(kw);
  if (n - nkw > 1) raise(Exc.TypeError, 'sort() takes no positional arguments');
  const [key, rev] = bindArgs('sort', a + 1, n - 1, kw, ['key', 'reverse'], 0);
  listSort(I32[a], key, rev !== 0 && isTrue(rev));
  return NONE;
});
M('reverse', (a, n, kw) => {
  argc('list.reverse', n - 1, kw, 0, 0);
  const l = I32[a];
  const base = I32[l + LIST.ITEMS] + HDR;
  const w = listWriteBegin(l);
  I32.subarray(base, base + size(l)).reverse();
  listWriteEnd(l, w);
  return NONE;
});
M('copy', (a, n, kw) => {
  argc('list.copy', n - 1, kw, 0, 0);
  const l = I32[a];
  const arr = listToArray(l);
  const r = newList(arr.length);
  const dst = I32[r + LIST.ITEMS] + HDR;
  for (let i = 0; i < arr.length; i++) { incref(arr[i]); I32[dst + i] = arr[i]; }
  return r;
});
M('clear', (a, n, kw) => {
  argc('list.clear', n - 1, kw, 0, 0);
  const l = I32[a];
  listSetSlice(l, 0, size(l), []);
  return NONE;
});
M('__init__', (a, n, kw) => {
  const l = I32[a];
  if (kwCount(kw) > 0) raise(Exc.TypeError, 'list() takes no keyword arguments');
  if (n > 2) raise(Exc.TypeError, `list expected at most 1 argument, got ${n - 1}`);
  listSetSlice(l, 0, size(l), []);
  if (n === 2) listExtend(l, I32[a + 1]);
  return NONE;
});
M('__getitem__', (a, n, kw) => { argc('__getitem__', n - 1, kw, 1, 1); return listGetItem(I32[a], I32[a + 1]); });
M('__setitem__', (a, n, kw) => { argc('__setitem__', n - 1, kw, 2, 2); listSetItem(I32[a], I32[a + 1], I32[a + 2]); return NONE; });
M('__delitem__', (a, n, kw) => { argc('__delitem__', n - 1, kw, 1, 1); listDelItem(I32[a], I32[a + 1]); return NONE; });
M('__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newInt(size(I32[a])); });
M('__contains__', (a, n, kw) => { argc('__contains__', n - 1, kw, 1, 1); return bool(listContains(I32[a], I32[a + 1])); });
M('__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return newIter(Kind.LIST_ITER, I32[a]); });
M('__reversed__', (a, n, kw) => {
  argc('__reversed__', n - 1, kw, 0, 0);
  // a snapshot iterator in reverse order (CPython's list_reverseiterator reads the live list; close enough)
  const l = I32[a];
  const arr = listToArray(l).reverse();
  const r = newList(arr.length);
  const dst = I32[r + LIST.ITEMS] + HDR;
  for (let i = 0; i < arr.length; i++) { incref(arr[i]); I32[dst + i] = arr[i]; }
  const it = newIter(Kind.LIST_ITER, r);
  decref(r);
  return it;
});
M('__iadd__', (a, n, kw) => { argc('__iadd__', n - 1, kw, 1, 1); listExtend(I32[a], I32[a + 1]); incref(I32[a]); return I32[a]; });
M('__add__', (a, n, kw) => {
  argc('__add__', n - 1, kw, 1, 1);
  const b = I32[a + 1];
  if (!isListKind(b)) raise(Exc.TypeError, `can only concatenate list (not "${typeNameOf(b)}") to list`);
  return SeqOps.concat[Kind.LIST](I32[a], b);
});
M('__eq__', (a, n, kw) => { argc('__eq__', n - 1, kw, 1, 1); return Slots.richcmp[Kind.LIST](I32[a], I32[a + 1], CMP_EQ); });
