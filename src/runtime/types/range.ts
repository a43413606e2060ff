/**
 * @fileoverview The range type (RANGE layout: START, STOP, STEP, LEN int objects) and its iterator setup.
 * Ranges whose values are all safe integers iterate with the f64 RANGE_ITER (core.ts); bigger ones through a
 * SEQ_ITER (r[0], r[1], ... via getitem: slow but exact).
 */
import { I32, F64, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  TYPE, RANGE, ITER, Kind, T_RANGE, T_INT, T_BOOL, T_SLICE, NOTIMPLEMENTED, FLAGS, F_INT_BIG, NUM, NONE,
} from '../layout.js';
import { incref, decref, registerDealloc, layoutDealloc } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { newInt, newIntFromBig, intToBig } from '../objects/int.js';
import { richCompareBool, CMP_EQ, CMP_NE, typeNameOf, bool, userDunder, callDunder } from '../abstract.js';
import { Slots } from '../slots.js';
import { defBuiltin, argc, kwCount } from '../builtinfn.js';
import { newIter } from './core.js';
import { sliceIndices, indexValue } from './slice.js';
import { ownerOf, hashBig } from './tuple.js';
import { tupleSteal } from '../objects/tuple.js';
import { N } from '../names.js';
import { hash32 } from '../format.js';
import { iterNext } from '../abstract.js';
import { reprJs } from '../abstract.js';

const MAXS = BigInt(Number.MAX_SAFE_INTEGER);

function big(r: Ref): bigint { return intToBig(r); }
function small(r: Ref): boolean { return !(I32[r + FLAGS] & F_INT_BIG); }
function num(r: Ref): number { return F64[(r + NUM.VAL) >> 1]; }

function rangeLen(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

export function newRange(start: bigint, stop: bigint, step: bigint): Ref {
  const r = allocBlock(T_RANGE, RANGE.WORDS);
  I32[r + RANGE.START] = newIntFromBig(start);
  I32[r + RANGE.STOP] = newIntFromBig(stop);
  I32[r + RANGE.STEP] = newIntFromBig(step);
  I32[r + RANGE.LEN] = newIntFromBig(rangeLen(start, stop, step));
  return r;
}
registerDealloc(Kind.RANGE, layoutDealloc(RANGE));

function rangeArg(r: Ref): bigint {
  const t = I32[r + TYPE];
  if (t === T_INT || t === T_BOOL) return intToBig(r);
  if (userDunder(r, N.__index__) !== 0) return indexValue(r);
  return raise(Exc.TypeError, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
}

/** a range of safe integers, without bigint arithmetic (the common case: for i in range(n)) */
function newRangeSmall(start: number, stop: number, step: number): Ref {
  const r = allocBlock(T_RANGE, RANGE.WORDS);
  I32[r + RANGE.START] = newInt(start);
  I32[r + RANGE.STOP] = newInt(stop);
  I32[r + RANGE.STEP] = newInt(step);
  const len = step > 0 ? (start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0)
    : (start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0);
  I32[r + RANGE.LEN] = newInt(len);
  return r;
}
const SMALL_LIMIT = 2 ** 50;
function smallArg(r: Ref): boolean {
  const t = I32[r + TYPE];
  return (t === T_INT || t === T_BOOL) && small(r) && Math.abs(num(r)) < SMALL_LIMIT;
}

Slots.new[Kind.RANGE] = (_type, a, n, kw) => {
  if (kw === 0 && n >= 1 && n <= 3 && smallArg(I32[a]) && (n < 2 || smallArg(I32[a + 1])) && (n < 3 || smallArg(I32[a + 2]))) {
    if (n === 1) return newRangeSmall(0, num(I32[a]), 1);
    const step = n === 3 ? num(I32[a + 2]) : 1;
    if (step !== 0) return newRangeSmall(num(I32[a]), num(I32[a + 1]), step);
  }
  if (kwCount(kw) > 0) raise(Exc.TypeError, 'range() takes no keyword arguments');
  if (n === 0) raise(Exc.TypeError, 'range expected at least 1 argument, got 0');
  if (n > 3) raise(Exc.TypeError, `range expected at most 3 arguments, got ${n}`);
  if (n === 1) return newRange(0n, rangeArg(I32[a]), 1n);
  const start = rangeArg(I32[a]), stop = rangeArg(I32[a + 1]);
  const step = n === 3 ? rangeArg(I32[a + 2]) : 1n;
  if (step === 0n) raise(Exc.ValueError, 'range() arg 3 must not be zero');
  return newRange(start, stop, step);
};

function intRepr(r: Ref): string { return small(r) ? String(num(r)) : big(r).toString(); }
Slots.repr[Kind.RANGE] = (r) => {
  const st = I32[r + RANGE.STEP];
  const s = `range(${intRepr(I32[r + RANGE.START])}, ${intRepr(I32[r + RANGE.STOP])}`;
  return small(st) && num(st) === 1 ? s + ')' : `${s}, ${intRepr(st)})`;
};
Slots.len[Kind.RANGE] = (r) => {
  const l = I32[r + RANGE.LEN];
  if (!small(l)) raise(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  return num(l);
};
Slots.bool[Kind.RANGE] = (r) => { const l = I32[r + RANGE.LEN]; return !small(l) || num(l) !== 0; };

function allSmall(r: Ref): boolean {
  return small(I32[r + RANGE.START]) && small(I32[r + RANGE.STOP]) && small(I32[r + RANGE.STEP]) && small(I32[r + RANGE.LEN])
    && Math.abs(num(I32[r + RANGE.START])) + Math.abs(num(I32[r + RANGE.STEP])) * (num(I32[r + RANGE.LEN]) + 1) < Number.MAX_SAFE_INTEGER
    && Math.abs(num(I32[r + RANGE.STOP])) < Number.MAX_SAFE_INTEGER;
}

/** a RANGE_ITER over start, start+step, ... (count values); for safe-integer ranges */
function rangeIter(start: number, step: number, count: number): Ref {
  const it = newIter(Kind.RANGE_ITER, NONE, start);
  F64[(it + ITER.N) >> 1] = count;
  I32[it + ITER.AUX] = newInt(step);
  return it;
}
Slots.iter[Kind.RANGE] = (r) => {
  if (allSmall(r)) return rangeIter(num(I32[r + RANGE.START]), num(I32[r + RANGE.STEP]), num(I32[r + RANGE.LEN]));
  return newIter(Kind.SEQ_ITER, r);
};
/** reversed(range): an iterator from the last value down */
export function rangeReversed(r: Ref): Ref {
  if (allSmall(r)) {
    const len = num(I32[r + RANGE.LEN]), step = num(I32[r + RANGE.STEP]);
    return rangeIter(num(I32[r + RANGE.START]) + (len - 1) * step, -step, len);
  }
  const start = big(I32[r + RANGE.START]), step = big(I32[r + RANGE.STEP]), len = big(I32[r + RANGE.LEN]);
  const rr = newRange(start + (len - 1n) * step, start - step, -step);
  try { return newIter(Kind.SEQ_ITER, rr); } finally { decref(rr); }
}

function rangeContainsInt(r: Ref, v: bigint): boolean {
  const start = big(I32[r + RANGE.START]), stop = big(I32[r + RANGE.STOP]), step = big(I32[r + RANGE.STEP]);
  if (step > 0n ? (v < start || v >= stop) : (v > start || v <= stop)) return false;
  return (v - start) % step === 0n;
}
function rangeContains(r: Ref, v: Ref): boolean {
  const t = I32[v + TYPE];
  if (t === T_INT || t === T_BOOL) {
    if (small(v) && allSmall(r)) {
      const x = num(v), start = num(I32[r + RANGE.START]), stop = num(I32[r + RANGE.STOP]), step = num(I32[r + RANGE.STEP]);
      if (step > 0 ? (x < start || x >= stop) : (x > start || x <= stop)) return false;
      return (x - start) % step === 0;
    }
    return rangeContainsInt(r, big(v));
  }
  // generic: compare with each value
  const it = Slots.iter[Kind.RANGE](r);
  try {
    for (let x = nextOf(it); x !== 0; x = nextOf(it)) {
      const eq = richCompareBool(x, v, CMP_EQ);
      decref(x);
      if (eq) return true;
    }
    return false;
  } finally { decref(it); }
}
function nextOf(it: Ref): Ref { return iterNext(it); }
Slots.contains[Kind.RANGE] = rangeContains;

function rangeItem(r: Ref, i: bigint): Ref {
  return newIntFromBig(big(I32[r + RANGE.START]) + i * big(I32[r + RANGE.STEP]));
}
Slots.getitem[Kind.RANGE] = (r, k) => {
  if (I32[k + TYPE] === T_SLICE) {
    const lenR = I32[r + RANGE.LEN];
    if (small(lenR)) {
      const [start, stop, step] = sliceIndices(k, num(lenR));
      const s0 = big(I32[r + RANGE.START]), st = big(I32[r + RANGE.STEP]);
      return newRange(s0 + BigInt(start) * st, s0 + BigInt(stop) * st, st * BigInt(step));
    }
    raise(Exc.OverflowError, 'Python int too large to convert to C ssize_t');
  }
  const t = I32[k + TYPE];
  if (t !== T_INT && t !== T_BOOL && userDunder(k, N.__index__) === 0) {
    raise(Exc.TypeError, `range indices must be integers or slices, not ${typeNameOf(k)}`);
  }
  let i = indexValue(k);
  const len = big(I32[r + RANGE.LEN]);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) raise(Exc.IndexError, 'range object index out of range');
  if (small(k) && allSmall(r)) return newInt(num(I32[r + RANGE.START]) + Number(i) * num(I32[r + RANGE.STEP]));
  return rangeItem(r, i);
};

/** ranges are equal when they describe the same sequence */
function rangeEq(a: Ref, b: Ref): boolean {
  const la = big(I32[a + RANGE.LEN]), lb = big(I32[b + RANGE.LEN]);
  if (la !== lb) return false;
  if (la === 0n) return true;
  if (big(I32[a + RANGE.START]) !== big(I32[b + RANGE.START])) return false;
  if (la === 1n) return true;
  return big(I32[a + RANGE.STEP]) === big(I32[b + RANGE.STEP]);
}
Slots.richcmp[Kind.RANGE] = (a, b, op) => {
  if (I32[b + TYPE] !== T_RANGE || (op !== CMP_EQ && op !== CMP_NE)) return NOTIMPLEMENTED;
  return bool(rangeEq(a, b) === (op === CMP_EQ));
};
Slots.hash[Kind.RANGE] = (r) => {
  const len = big(I32[r + RANGE.LEN]);
  const parts = [newIntFromBig(len), len === 0n ? NONE : newIntFromBig(big(I32[r + RANGE.START])), len <= 1n ? NONE : newIntFromBig(big(I32[r + RANGE.STEP]))];
  const t = tupleSteal(parts);
  try { return hash32(hashBig(t)); } finally { decref(t); }
};
Slots.getattr[Kind.RANGE] = (r, name) => {
  let v = 0;
  if (name === N.start) v = I32[r + RANGE.START];
  else if (name === N.stop) v = I32[r + RANGE.STOP];
  else if (name === N.step) v = I32[r + RANGE.STEP];
  if (v !== 0) incref(v);
  return v;
};

/** SEQ_ITER over a big range reads r[i] through getitem: fine, since range has Slots.getitem */

const RD = ownerOf(T_RANGE);
defBuiltin(RD, 'index', (a, n, kw) => {
  argc('index', n - 1, kw, 1, 1);
  const r = I32[a], v = I32[a + 1];
  const t = I32[v + TYPE];
  if (t === T_INT || t === T_BOOL) {
    const x = big(v);
    if (rangeContainsInt(r, x)) return newIntFromBig((x - big(I32[r + RANGE.START])) / big(I32[r + RANGE.STEP]));
  } else {
    const len = Slots.len[Kind.RANGE](r);
    for (let i = 0; i < len; i++) {
      const x = rangeItem(r, BigInt(i));
      const eq = richCompareBool(x, v, CMP_EQ);
      decref(x);
      if (eq) return newInt(i);
    }
  }
  return raise(Exc.ValueError, `${reprOfJs(v)} is not in range`);
}, 'range');
function reprOfJs(v: Ref): string { return reprJs(v); }
defBuiltin(RD, 'count', (a, n, kw) => {
  argc('count', n - 1, kw, 1, 1);
  const r = I32[a], v = I32[a + 1];
  const t = I32[v + TYPE];
  if (t === T_INT || t === T_BOOL) return newInt(rangeContainsInt(r, big(v)) ? 1 : 0);
  let c = 0;
  const len = Slots.len[Kind.RANGE](r);
  for (let i = 0; i < len; i++) {
    const x = rangeItem(r, BigInt(i));
    if (richCompareBool(x, v, CMP_EQ)) c++;
    decref(x);
  }
  return newInt(c);
}, 'range');
defBuiltin(RD, '__reversed__', (a, n, kw) => { argc('__reversed__', n - 1, kw, 0, 0); return rangeReversed(I32[a]); }, 'range');
defBuiltin(RD, '__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newIntFromBig(big(I32[I32[a] + RANGE.LEN])); }, 'range');
defBuiltin(RD, '__getitem__', (a, n, kw) => { argc('__getitem__', n - 1, kw, 1, 1); return Slots.getitem[Kind.RANGE](I32[a], I32[a + 1]); }, 'range');
defBuiltin(RD, '__contains__', (a, n, kw) => { argc('__contains__', n - 1, kw, 1, 1); return bool(rangeContains(I32[a], I32[a + 1])); }, 'range');
defBuiltin(RD, '__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return Slots.iter[Kind.RANGE](I32[a]); }, 'range');

/**
 * `for x in range(a[, b[, c]])`: the iterator straight from the call's arguments (I32[a..a+n), small ints),
 * without making the range object that nobody could see. 0 if the arguments are not that simple.
 */
export function rangeIterFromArgs(a: number, n: number): Ref {
  if (!smallArg(I32[a]) || (n > 1 && !smallArg(I32[a + 1])) || (n > 2 && !smallArg(I32[a + 2]))) return 0;
  const start = n === 1 ? 0 : num(I32[a]);
  const stop = n === 1 ? num(I32[a]) : num(I32[a + 1]);
  const step = n === 3 ? num(I32[a + 2]) : 1;
  if (step === 0) return 0;
  const len = step > 0 ? (start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0)
    : (start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0);
  return rangeIter(start, step, len);
}
