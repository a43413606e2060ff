/**
 * @fileoverview The slice type (SLICE layout: START, STOP, STEP refs) and sliceIndices(), CPython's
 * PySlice_GetIndicesEx, used by every sequence's __getitem__/__setitem__/__delitem__ with a slice.
 */
import { I32, type Ref } from '../heap.js';
import { TYPE, SLICE, NONE, T_INT, T_BOOL, Kind } from '../layout.js';
import { raise, Exc } from '../errors.js';
import { intToBig } from '../objects/int.js';
import { registerDealloc, layoutDealloc } from '../refcount.js';
import { typeNameOf, userDunder, callDunder } from '../abstract.js';
import { N } from '../names.js';
import { decref } from '../refcount.js';
import { I32 as I32s } from '../heap.js';
import { allocBlock } from '../alloc.js';
import { T_SLICE, NOTIMPLEMENTED } from '../layout.js';
import { incref } from '../refcount.js';
import { reprJs, richCompare, bool } from '../abstract.js';
import { Slots } from '../slots.js';
import { newIntFromBig } from '../objects/int.js';
import { tupleOf, tupleSteal } from '../objects/tuple.js';
import { defBuiltin, argc, kwCount } from '../builtinfn.js';
import { typeDict } from '../builtinfn.js';

/** an index-like value (int, bool, or an object with __index__) as a bigint */
export function indexValue(r: Ref, what = 'slice indices must be integers or None or have an __index__ method'): bigint {
  const t = I32[r + TYPE];
  if (t === T_INT || t === T_BOOL) return intToBig(r);
  const f = userDunder(r, N.__index__);
  if (f !== 0) {
    const v = callDunder(f, r);
    try {
      if (I32[v + TYPE] !== T_INT && I32[v + TYPE] !== T_BOOL) raise(Exc.TypeError, `__index__ returned non-int (type ${typeNameOf(v)})`);
      return intToBig(v);
    } finally { decref(v); }
  }
  return raise(Exc.TypeError, what);
}

/** [start, stop, step, length] of slice s applied to a sequence of length len (CPython's algorithm) */
export function sliceIndices(s: Ref, len: number): [number, number, number, number] {
  const stepR = I32[s + SLICE.STEP], startR = I32[s + SLICE.START], stopR = I32[s + SLICE.STOP];
  let step = 1;
  if (stepR !== NONE) {
    const st = indexValue(stepR);
    if (st === 0n) raise(Exc.ValueError, 'slice step cannot be zero');
    step = st > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : st < -BigInt(Number.MAX_SAFE_INTEGER) ? -Number.MAX_SAFE_INTEGER : Number(st);
  }
  const clamp = (v: bigint, lo: number, hi: number): number => (v < BigInt(lo) ? lo : v > BigInt(hi) ? hi : Number(v));
  let start: number, stop: number;
  if (startR === NONE) start = step < 0 ? len - 1 : 0;
  else {
    let v = indexValue(startR);
    if (v < 0n) v += BigInt(len);
    start = step < 0 ? clamp(v, -1, len - 1) : clamp(v, 0, len);
  }
  if (stopR === NONE) stop = step < 0 ? -1 : len;
  else {
    let v = indexValue(stopR);
    if (v < 0n) v += BigInt(len);
    stop = step < 0 ? clamp(v, -1, len - 1) : clamp(v, 0, len);
  }
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

registerDealloc(Kind.SLICE, layoutDealloc(SLICE));

// ------------------------------------------------------------------ the Python-visible slice type

function makeSlice(start: Ref, stop: Ref, step: Ref): Ref {
  const s = allocBlock(T_SLICE, SLICE.WORDS);
  incref(start); incref(stop); incref(step);
  I32s[s + SLICE.START] = start;
  I32s[s + SLICE.STOP] = stop;
  I32s[s + SLICE.STEP] = step;
  return s;
}

Slots.new[Kind.SLICE] = (_t, a, n, kw) => {
  if (kwCount(kw) > 0) raise(Exc.TypeError, 'slice() takes no keyword arguments');
  if (n === 0) raise(Exc.TypeError, 'slice expected at least 1 argument, got 0');
  if (n > 3) raise(Exc.TypeError, `slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return makeSlice(NONE, I32[a], NONE);
  return makeSlice(I32[a], I32[a + 1], n === 3 ? I32[a + 2] : NONE);
};
Slots.repr[Kind.SLICE] = (s) => `slice(${reprJs(I32[s + SLICE.START])}, ${reprJs(I32[s + SLICE.STOP])}, ${reprJs(I32[s + SLICE.STEP])})`;
Slots.getattr[Kind.SLICE] = (s, name) => {
  let v = 0;
  if (name === N.start) v = I32[s + SLICE.START];
  else if (name === N.stop) v = I32[s + SLICE.STOP];
  else if (name === N.step) v = I32[s + SLICE.STEP];
  if (v !== 0) incref(v);
  return v;
};
Slots.richcmp[Kind.SLICE] = (a, b, op) => {
  if (I32[b + TYPE] !== T_SLICE) return NOTIMPLEMENTED;
  const ta = tupleOf([I32[a + SLICE.START], I32[a + SLICE.STOP], I32[a + SLICE.STEP]]);
  const tb = tupleOf([I32[b + SLICE.START], I32[b + SLICE.STOP], I32[b + SLICE.STEP]]);
  try { return richCompare(ta, tb, op); } finally { decref(ta); decref(tb); }
};
Slots.hash[Kind.SLICE] = (s) => {
  const t = tupleOf([I32[s + SLICE.START], I32[s + SLICE.STOP], I32[s + SLICE.STEP]]);
  try { return Slots.hash[Kind.TUPLE](t); } finally { decref(t); }
};

defBuiltin(typeDict(T_SLICE), 'indices', (a, n, kw) => {
  argc('indices', n - 1, kw, 1, 1);
  const s = I32[a];
  const lenB = indexValue(I32[a + 1], `'${typeNameOf(I32[a + 1])}' object cannot be interpreted as an integer`);
  if (lenB < 0n) raise(Exc.ValueError, 'length should not be negative');
  const len = lenB > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(lenB);
  const [start, stop, step] = sliceIndices(s, len);
  return tupleSteal([newIntFromBig(BigInt(start)), newIntFromBig(BigInt(stop)), newIntFromBig(BigInt(step))]);
}, 'slice');
