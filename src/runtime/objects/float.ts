/**
 * @fileoverview float: an f64 in NUM.VAL. Not here: operators (runtime/ops/number.ts), repr (runtime/format.ts).
 */
import { F64, type Ref } from '../heap.js';
import { allocNum } from '../alloc.js';
import { NUM, T_FLOAT } from '../layout.js';

export function newFloat(x: number): Ref {
  const r = allocNum(T_FLOAT);
  F64[(r + NUM.VAL) >> 1] = x;
  return r;
}

export function floatVal(r: Ref): number {
  return F64[(r + NUM.VAL) >> 1];
}
