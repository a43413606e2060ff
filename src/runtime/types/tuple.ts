/**
 * @fileoverview The tuple type: slots, methods, constructor (also for subclasses such as namedtuples), and
 * helpers shared by the sequence types (index conversion, lexicographic comparison, CPython's 64-bit hashes
 * used for tuples and frozensets so that sets of tuples iterate in CPython's order).
 */
import { I32, F64, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  TYPE, TYPEOBJ, TUPLE, TUPLE_ITEMS, Kind, T_TUPLE, T_INT, T_BOOL, T_FLOAT, T_STR, T_SLICE, T_STATICMETHOD,
  EMPTY_TUPLE, NOTIMPLEMENTED, NUM, FLAGS, F_INT_BIG, SET, HDR, SET_DUMMY, T_FROZENSET, TF_HEAPTYPE,
} from '../layout.js';
import { incref, decref, makeImmortal } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { newTuple, tupleSteal } from '../objects/tuple.js';
import { newInt, intToBig } from '../objects/int.js';
import { strHash } from '../objects/str.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { newDescr } from '../objects/function.js';
import { reprJs, reprGuard, richCompare, richCompareBool, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, iterToArray, hashOf, typeNameOf, bool, userDunder, callDunder, isHeapType } from '../abstract.js';
import { Slots, SeqOps } from '../slots.js';
import { defBuiltin, typeDict, argc, noKw, kwCount } from '../builtinfn.js';
import { intHash, floatHash } from '../format.js';
import { typeName, isSubtype } from '../typeobj.js';
import { newIter } from './core.js';
import { sliceIndices, indexValue } from './slice.js';
import { N } from '../names.js';
import { intern } from '../objects/str.js';
import { newDict } from '../objects/dict.js';

// ------------------------------------------------------------------ shared helpers
/** the value of an index-like object as a JS number (clamped to +-2^53 for huge ints), or null if not index-like */
export function indexNum(k: Ref): number | null {
  const t = I32[k + TYPE];
  if ((t === T_INT || t === T_BOOL) && !(I32[k + FLAGS] & F_INT_BIG)) return F64[(k + NUM.VAL) >> 1];
  if (t === T_INT || t === T_BOOL || userDunder(k, N.__index__) !== 0) {
    const b = indexValue(k);
    return b > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : b < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(b);
  }
  return null;
}

/** an index argument of a method (start/stop of index(), pop(i), insert(i)) */
export function indexArg(k: Ref): number {
  const v = indexNum(k);
  if (v === null) raise(Exc.TypeError, `'${typeNameOf(k)}' object cannot be interpreted as an integer`);
  return v;
}

/** a subscript index (int-like) as an in-range position, or raises IndexError(msg) */
export function seqIndex(k: Ref, len: number, what: string, msg: string): number {
  let i = indexNum(k);
  if (i === null) raise(Exc.TypeError, `${what} indices must be integers or slices, not ${typeNameOf(k)}`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(Exc.IndexError, msg);
  return i;
}

function sliceIndexArg(k: Ref): number {
  const v = indexNum(k);
  if (v === null) raise(Exc.TypeError, 'slice indices must be integers or have an __index__ method');
  return v;
}

/** start/stop arguments of index(): clamped positions */
export function clampRange(a: number, n: number, len: number, first: number): [number, number] {
  let start = 0, stop = len;
  if (n > first) {
    start = sliceIndexArg(I32[a + first]);
    if (start < 0) { start += len; if (start < 0) start = 0; }
  }
  if (n > first + 1) {
    stop = sliceIndexArg(I32[a + first + 1]);
    if (stop < 0) { stop += len; if (stop < 0) stop = 0; }
  }
  return [start, stop];
}

/**
 * CPython's list/tuple rich comparison over two sequences given by size and item getters (items re-read at each
 * step: comparisons may run code that changes a list). Returns a new ref.
 */
export function seqRichCompare(sizeA: () => number, itemA: (i: number) => Ref, sizeB: () => number, itemB: (i: number) => Ref, op: number): Ref {
  if ((op === CMP_EQ || op === CMP_NE) && sizeA() !== sizeB()) return bool(op === CMP_NE);
  let i = 0;
  for (; i < sizeA() && i < sizeB(); i++) {
    const x = itemA(i), y = itemB(i);
    if (x === y) continue;
    incref(x); incref(y);
    let eq: boolean;
    try { eq = richCompareBool(x, y, CMP_EQ); } finally { decref(x); decref(y); }
    if (!eq) break;
  }
  const na = sizeA(), nb = sizeB();
  if (i >= na || i >= nb) {
    switch (op) {
      case CMP_LT: return bool(na < nb);
      case CMP_LE: return bool(na <= nb);
      case CMP_EQ: return bool(na === nb);
      case CMP_NE: return bool(na !== nb);
      case CMP_GT: return bool(na > nb);
      default: return bool(na >= nb);
    }
  }
  if (op === CMP_EQ) return bool(false);
  if (op === CMP_NE) return bool(true);
  const x = itemA(i), y = itemB(i);
  incref(x); incref(y);
  try { return richCompare(x, y, op); } finally { decref(x); decref(y); }
}

// ------------------------------------------------------------------ 64-bit hashing (CPython's values)
let H_HI = 0, H_LO = 0; // result of hash64, as unsigned 32-bit halves

/** (aHi:aLo * bHi:bLo) mod 2^64 into H_HI/H_LO */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff, a1 = aLo >>> 16, b0 = bLo & 0xffff, b1 = bLo >>> 16;
  const p00 = a0 * b0, mid = a0 * b1 + a1 * b0, p11 = a1 * b1;
  let lo = p00 + (mid % 65536) * 65536;
  const carry = Math.floor(lo / 4294967296);
  lo = lo % 4294967296;
  const hiOfLo = p11 + Math.floor(mid / 65536) + carry;
  H_HI = (hiOfLo + Math.imul(aLo, bHi) + Math.imul(aHi, bLo)) >>> 0;
  H_LO = lo >>> 0;
}
function setBig(h: bigint): void {
  const u = BigInt.asUintN(64, h);
  H_HI = Number(u >> 32n) >>> 0;
  H_LO = Number(u & 0xffffffffn) >>> 0;
}
function setNum(v: number): void {
  H_LO = v >>> 0;
  H_HI = Math.floor(v / 4294967296) >>> 0;
}

/** CPython's 64-bit hash of r into H_HI/H_LO (exact for ints, floats, tuples and frozensets of those) */
function hash64(r: Ref): void {
  const t = I32[r + TYPE];
  if (t === T_INT || t === T_BOOL) {
    if (!(I32[r + FLAGS] & F_INT_BIG)) { const v = F64[(r + NUM.VAL) >> 1]; setNum(v === -1 ? -2 : v); return; }
    setBig(intHash(intToBig(r)));
    return;
  }
  if (t === T_FLOAT) {
    const x = F64[(r + NUM.VAL) >> 1];
    if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) { setNum(x === -1 ? -2 : x); return; }
    setBig(floatHash(x));
    return;
  }
  if (t === T_STR) { setNum(strHash(r)); return; }
  const k = I32[t + TYPEOBJ.KIND];
  if (k === Kind.TUPLE && !(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE && userDunder(r, N.__hash__) !== 0)) { tupleHash64(r); return; }
  if (k === Kind.FROZENSET && t === T_FROZENSET) { frozensetHash64(r); return; }
  setNum(hashOf(r));
}

const P1_HI = 0x9E3779B1, P1_LO = 0x85EBCA87;
const P2_HI = 0xC2B2AE3D, P2_LO = 0x27D4EB4F;
const P5_HI = 0x27D4EB2F, P5_LO = 0x165667C5;

function tupleHash64(r: Ref): void {
  const n = I32[r + TUPLE.SIZE];
  let accHi = P5_HI, accLo = P5_LO;
  for (let i = 0; i < n; i++) {
    hash64(I32[r + TUPLE_ITEMS + i]);
    mul64(H_HI, H_LO, P2_HI, P2_LO);
    // acc += lane * P2
    let lo = accLo + H_LO;
    let hi = accHi + H_HI + (lo > 0xffffffff ? 1 : 0);
    lo >>>= 0; hi >>>= 0;
    // rotate left 31
    const nhi = ((hi << 31) | (lo >>> 1)) >>> 0;
    const nlo = ((lo << 31) | (hi >>> 1)) >>> 0;
    mul64(nhi, nlo, P1_HI, P1_LO);
    accHi = H_HI; accLo = H_LO;
  }
  // acc += len ^ (P5 ^ 3527539)
  const xHi = P5_HI >>> 0, xLo = ((P5_LO ^ 3527539) ^ n) >>> 0;
  let lo = accLo + xLo;
  let hi = accHi + xHi + (lo > 0xffffffff ? 1 : 0);
  lo >>>= 0; hi >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) { H_HI = 0; H_LO = 1546275796; return; }
  H_HI = hi; H_LO = lo;
}

function frozensetHash64(s: Ref): void {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M;
  let hash = 0n;
  const size = I32[s + SET.MASK] + 1;
  const tbl = I32[s + SET.TABLE] + HDR;
  for (let i = 0; i < size; i++) {
    const k = I32[tbl + 2 * i];
    if (k !== 0 && k !== SET_DUMMY) {
      hash64(k);
      hash ^= shuffle((BigInt(H_HI) << 32n) | BigInt(H_LO));
    }
  }
  hash ^= ((BigInt(I32[s + SET.USED]) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  if (hash === M) hash = 590923713n;
  setBig(hash);
}

/** CPython's hash() of r as a bigint, for the types whose 64-bit hash is computed here (tuple, frozenset) */
export function hashBig(r: Ref): bigint {
  hash64(r);
  return BigInt.asIntN(64, (BigInt(H_HI) << 32n) | BigInt(H_LO));
}
/** the frozenset hash (32-bit fold), for set.ts */
export function frozensetHash32(s: Ref): number {
  frozensetHash64(s);
  return H_LO | 0;
}

// ------------------------------------------------------------------ tuple slots
function tupleKind(r: Ref): boolean {
  return I32[I32[r + TYPE] + TYPEOBJ.KIND] === Kind.TUPLE;
}

/** a new tuple of type `type` (T_TUPLE or a subclass) stealing the given refs */
export function newTupleOfType(type: Ref, items: number[]): Ref {
  if (type === T_TUPLE) return tupleSteal(items);
  const n = items.length;
  const r = allocBlock(type, TUPLE_ITEMS + n);
  if (isHeapType(type)) incref(type);
  I32[r + TUPLE.SIZE] = n;
  I32[r + TUPLE.HASH] = 0;
  for (let i = 0; i < n; i++) I32[r + TUPLE_ITEMS + i] = items[i];
  return r;
}

Slots.repr[Kind.TUPLE] = (t) => {
  const n = I32[t + TUPLE.SIZE];
  if (n === 0) return '()';
  return reprGuard(t, () => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(reprJs(I32[t + TUPLE_ITEMS + i]));
    return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }, '(...)');
};
Slots.len[Kind.TUPLE] = (t) => I32[t + TUPLE.SIZE];
Slots.iter[Kind.TUPLE] = (t) => newIter(Kind.TUPLE_ITER, t);
Slots.contains[Kind.TUPLE] = (t, v) => {
  const n = I32[t + TUPLE.SIZE];
  for (let i = 0; i < n; i++) {
    const x = I32[t + TUPLE_ITEMS + i];
    if (x === v || richCompareBool(x, v, CMP_EQ)) return true;
  }
  return false;
};
Slots.getitem[Kind.TUPLE] = (t, k) => {
  const n = I32[t + TUPLE.SIZE];
  if (I32[k + TYPE] === T_SLICE) {
    const [start, , step, len] = sliceIndices(k, n);
    if (start === 0 && step === 1 && len === n && I32[t + TYPE] === T_TUPLE) { incref(t); return t; }
    if (len <= 0) return EMPTY_TUPLE;
    const r = newTuple(len);
    for (let i = 0, j = start; i < len; i++, j += step) {
      const v = I32[t + TUPLE_ITEMS + j];
      incref(v);
      I32[r + TUPLE_ITEMS + i] = v;
    }
    return r;
  }
  const i = seqIndex(k, n, 'tuple', 'tuple index out of range');
  const v = I32[t + TUPLE_ITEMS + i];
  incref(v);
  return v;
};
Slots.richcmp[Kind.TUPLE] = (a, b, op) => {
  if (!tupleKind(b)) return NOTIMPLEMENTED;
  return seqRichCompare(() => I32[a + TUPLE.SIZE], (i) => I32[a + TUPLE_ITEMS + i], () => I32[b + TUPLE.SIZE], (i) => I32[b + TUPLE_ITEMS + i], op);
};
Slots.hash[Kind.TUPLE] = (t) => {
  const c = I32[t + TUPLE.HASH];
  if (c !== 0) return c;
  tupleHash64(t);
  const h = H_LO | 0;
  I32[t + TUPLE.HASH] = h;
  return h;
};

SeqOps.concat[Kind.TUPLE] = (a, b) => {
  const na = I32[a + TUPLE.SIZE], nb = I32[b + TUPLE.SIZE];
  if (nb === 0 && I32[a + TYPE] === T_TUPLE) { incref(a); return a; }
  if (na === 0 && I32[b + TYPE] === T_TUPLE) { incref(b); return b; }
  const r = newTuple(na + nb);
  for (let i = 0; i < na; i++) { const v = I32[a + TUPLE_ITEMS + i]; incref(v); I32[r + TUPLE_ITEMS + i] = v; }
  for (let i = 0; i < nb; i++) { const v = I32[b + TUPLE_ITEMS + i]; incref(v); I32[r + TUPLE_ITEMS + na + i] = v; }
  return r;
};
SeqOps.repeat[Kind.TUPLE] = (a, n) => {
  const na = I32[a + TUPLE.SIZE];
  if (n <= 0 || na === 0) return EMPTY_TUPLE;
  if (n === 1 && I32[a + TYPE] === T_TUPLE) { incref(a); return a; }
  if (na * n > 0x10000000) raise(Exc.MemoryError);
  const r = newTuple(na * n);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < na; i++) { const v = I32[a + TUPLE_ITEMS + i]; incref(v); I32[r + TUPLE_ITEMS + k * na + i] = v; }
  }
  return r;
};

/** tuple(iterable) for type (T_TUPLE or a subclass) */
function tupleNew(type: Ref, a: number, n: number, kw: Ref): Ref {
  if (kwCount(kw) > 0) raise(Exc.TypeError, `${typeName(type)}() takes no keyword arguments`);
  if (n > 1) raise(Exc.TypeError, `${typeName(type)} expected at most 1 argument, got ${n}`);
  if (n === 0) return type === T_TUPLE ? EMPTY_TUPLE : newTupleOfType(type, []);
  const src = I32[a];
  if (type === T_TUPLE && I32[src + TYPE] === T_TUPLE) { incref(src); return src; }
  return newTupleOfType(type, iterToArray(src));
}
Slots.new[Kind.TUPLE] = tupleNew;

// tuple.__new__(cls[, iterable]) as a staticmethod, so that subclasses may call it
const newIdx = defBuiltin(() => tmpDict(), '__new__', (a, n, kw) => {
  if (n < 1) raise(Exc.TypeError, 'tuple.__new__(): not enough arguments');
  const cls = I32[a];
  if (!isSubtype(cls, T_TUPLE)) raise(Exc.TypeError, `tuple.__new__(${typeNameOf(cls)}): ${typeNameOf(cls)} is not a subtype of tuple`);
  return tupleNew(cls, a + 1, n - 1, kw);
}, 'tuple');

let tmp = 0;
function tmpDict(): Ref {
  if (tmp === 0) { tmp = newDictImmortal(); }
  return tmp;
}
function newDictImmortal(): Ref { const d = newDict(); makeImmortal(d); return d; }

/**
 * Moves builtins installed into the temporary dict into their type dicts wrapped as staticmethod/classmethod
 * descriptors. Called from the owner function of builtins registered later (runs once, at install time).
 */
const WRAPS: { type: Ref; name: string; descr: Ref }[] = [];
export function wrapLater(type: Ref, name: string, descrType: Ref): void {
  WRAPS.push({ type, name, descr: descrType });
}
export function flushWraps(): void {
  if (tmp === 0) return;
  while (WRAPS.length) {
    const w = WRAPS.shift()!;
    const nm = intern(w.name);
    const b = dictGet(tmp, nm);
    if (b === 0) { WRAPS.unshift(w); return; }
    const d = newDescr(w.descr, b);
    makeImmortal(d);
    dictSet(I32[w.type + TYPEOBJ.DICT], nm, d);
  }
}
/** the owner function for builtins of type t registered after a wrapLater() */
export function ownerOf(t: Ref): () => Ref {
  return () => { flushWraps(); return I32[t + TYPEOBJ.DICT]; };
}
/** the owner function for a builtin that wrapLater() will wrap */
export function tmpOwner(): () => Ref {
  return tmpDict;
}
wrapLater(T_TUPLE, '__new__', T_STATICMETHOD);

const TD = ownerOf(T_TUPLE);
defBuiltin(TD, 'count', (a, n, kw) => {
  argc('tuple.count', n - 1, kw, 1, 1);
  const t = I32[a], v = I32[a + 1];
  let c = 0;
  for (let i = 0; i < I32[t + TUPLE.SIZE]; i++) {
    const x = I32[t + TUPLE_ITEMS + i];
    if (x === v || richCompareBool(x, v, CMP_EQ)) c++;
  }
  return newInt(c);
}, 'tuple');
defBuiltin(TD, 'index', (a, n, kw) => {
  noKw('index', kw);
  if (n < 2) raise(Exc.TypeError, `index expected at least 1 argument, got ${n - 1}`);
  if (n > 4) raise(Exc.TypeError, `index expected at most 3 arguments, got ${n - 1}`);
  const t = I32[a], v = I32[a + 1];
  const len = I32[t + TUPLE.SIZE];
  const [start, stop] = clampRange(a, n, len, 2);
  for (let i = start; i < stop && i < len; i++) {
    const x = I32[t + TUPLE_ITEMS + i];
    if (x === v || richCompareBool(x, v, CMP_EQ)) return newInt(i);
  }
  return raise(Exc.ValueError, 'tuple.index(x): x not in tuple');
}, 'tuple');
defBuiltin(TD, '__getitem__', (a, n, kw) => { argc('__getitem__', n - 1, kw, 1, 1); return Slots.getitem[Kind.TUPLE](I32[a], I32[a + 1]); }, 'tuple');
defBuiltin(TD, '__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newInt(I32[I32[a] + TUPLE.SIZE]); }, 'tuple');
defBuiltin(TD, '__contains__', (a, n, kw) => { argc('__contains__', n - 1, kw, 1, 1); return bool(Slots.contains[Kind.TUPLE](I32[a], I32[a + 1])); }, 'tuple');
defBuiltin(TD, '__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return newIter(Kind.TUPLE_ITER, I32[a]); }, 'tuple');
defBuiltin(TD, '__getnewargs__', (a, n, kw) => {
  argc('__getnewargs__', n - 1, kw, 0, 0);
  const t = I32[a];
  const items: number[] = [];
  for (let i = 0; i < I32[t + TUPLE.SIZE]; i++) { const v = I32[t + TUPLE_ITEMS + i]; incref(v); items.push(v); }
  return tupleSteal([tupleSteal(items)]);
}, 'tuple');
