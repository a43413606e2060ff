/**
 * @fileoverview tuple: SIZE then the item refs inline (TUPLE_ITEMS). The empty tuple is one immortal object.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import { TUPLE, TUPLE_ITEMS, T_TUPLE, EMPTY_TUPLE, Kind } from '../layout.js';
import { decref, incref, registerDealloc } from '../refcount.js';

/** a tuple of n NULL items, to be filled by the caller (which gives each item a reference) */
export function newTuple(n: number): Ref {
  if (n === 0) return EMPTY_TUPLE;
  const r = allocBlock(T_TUPLE, TUPLE_ITEMS + n);
  I32[r + TUPLE.SIZE] = n;
  I32[r + TUPLE.HASH] = 0;
  for (let i = 0; i < n; i++) I32[r + TUPLE_ITEMS + i] = 0;
  return r;
}

/** a tuple of the given refs, increfing each */
export function tupleOf(items: ArrayLike<number>): Ref {
  const n = items.length;
  if (n === 0) return EMPTY_TUPLE;
  const r = newTuple(n);
  for (let i = 0; i < n; i++) { incref(items[i]); I32[r + TUPLE_ITEMS + i] = items[i]; }
  return r;
}

/** a tuple that steals the given references */
export function tupleSteal(items: ArrayLike<number>): Ref {
  const n = items.length;
  if (n === 0) return EMPTY_TUPLE;
  const r = newTuple(n);
  for (let i = 0; i < n; i++) I32[r + TUPLE_ITEMS + i] = items[i];
  return r;
}

export function tupleSize(r: Ref): number {
  return I32[r + TUPLE.SIZE];
}
export function tupleItem(r: Ref, i: number): Ref {
  return I32[r + TUPLE_ITEMS + i];
}
export function tupleItems(r: Ref): number[] {
  const n = I32[r + TUPLE.SIZE];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[r + TUPLE_ITEMS + i];
  return out;
}

registerDealloc(Kind.TUPLE, (r) => {
  const n = I32[r + TUPLE.SIZE];
  for (let i = 0; i < n; i++) {
    const v = I32[r + TUPLE_ITEMS + i];
    if (v !== 0) { I32[r + TUPLE_ITEMS + i] = 0; decref(v); }
  }
});
