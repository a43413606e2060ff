/**
 * @fileoverview int (and the storage shared with bool): arbitrary precision in two layouts.
 * A value with |v| <= 2^53-1 is stored as an f64 (NUM.VAL) so that arithmetic is one JS number operation;
 * anything larger carries F_INT_BIG and 32-bit digits (BIGINT layout), converted to a JS bigint to compute.
 * -5..256 are immortal objects at fixed addresses (layout.ts smallInt), as in CPython, so
 * `int("256") is int("256")` is True and `int("257") is int("257")` is False.
 * Not here: the Python-visible methods and operators (runtime/ops/number.ts).
 */
import { I32, U32, F64, type Ref } from '../heap.js';
import { allocBlock, allocNum } from '../alloc.js';
import {
  FLAGS, NUM, BIGINT, BIGINT_DIGITS, F_INT_BIG, T_INT, SMALLINT_MIN, SMALLINT_MAX, smallInt, TYPE, T_BOOL,
} from '../layout.js';

export const MAX_SAFE = 9007199254740991;

/** a new int for a safe integer (the immortal one for -5..256) */
export function newInt(v: number): Ref {
  if (v >= SMALLINT_MIN && v <= SMALLINT_MAX) return smallInt(v);
  const r = allocNum(T_INT);
  F64[(r + NUM.VAL) >> 1] = v;
  return r;
}

/** a new int for any JS number that holds an integer value (unsafe magnitudes go to the big layout) */
export function newIntFromNumber(v: number): Ref {
  if (v <= MAX_SAFE && v >= -MAX_SAFE) return newInt(v === 0 ? 0 : v);
  return newIntFromBig(BigInt(v));
}

const BIG_SAFE = BigInt(MAX_SAFE);
const MASK32 = 0xffffffffn;

export function newIntFromBig(b: bigint): Ref {
  if (b <= BIG_SAFE && b >= -BIG_SAFE) return newInt(Number(b));
  let sign = 1;
  if (b < 0n) { sign = -1; b = -b; }
  const digits: number[] = [];
  while (b > 0n) { digits.push(Number(b & MASK32)); b >>= 32n; }
  const r = allocBlock(T_INT, BIGINT_DIGITS + digits.length);
  I32[r + FLAGS] |= F_INT_BIG;
  I32[r + BIGINT.SIGN] = sign;
  I32[r + BIGINT.NDIGITS] = digits.length;
  for (let i = 0; i < digits.length; i++) U32[r + BIGINT_DIGITS + i] = digits[i];
  return r;
}

export function isBig(r: Ref): boolean {
  return (I32[r + FLAGS] & F_INT_BIG) !== 0;
}

/** the value of a non-big int (or bool) */
export function intNum(r: Ref): number {
  return F64[(r + NUM.VAL) >> 1];
}

export function intToBig(r: Ref): bigint {
  if (!(I32[r + FLAGS] & F_INT_BIG)) return BigInt(F64[(r + NUM.VAL) >> 1]);
  const n = I32[r + BIGINT.NDIGITS];
  let b = 0n;
  for (let i = n - 1; i >= 0; i--) b = (b << 32n) | BigInt(U32[r + BIGINT_DIGITS + i]);
  return I32[r + BIGINT.SIGN] < 0 ? -b : b;
}

/** the value as a JS number (may lose precision for big ints; infinite if too large) */
export function intToFloat(r: Ref): number {
  if (!(I32[r + FLAGS] & F_INT_BIG)) return F64[(r + NUM.VAL) >> 1];
  return Number(intToBig(r));
}

/** int or bool (exact types; subclasses of int other than bool are not supported) */
export function isIntExact(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_INT || t === T_BOOL;
}
