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
