/**
 * @fileoverview bytes: LEN, cached HASH, then the bytes from word BYTES_DATA. Immutable.
 * Not here: bytes methods (runtime/ops/bytesmethods.ts).
 */
import { I32, U8, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import { BYTES, BYTES_DATA, T_BYTES } from '../layout.js';

export function allocBytes(n: number): Ref {
  const r = allocBlock(T_BYTES, BYTES_DATA + ((n + 3) >> 2));
  I32[r + BYTES.LEN] = n;
  I32[r + BYTES.HASH] = 0;
  return r;
}

export function newBytes(data: ArrayLike<number>): Ref {
  const r = allocBytes(data.length);
  const b = (r + BYTES_DATA) << 2;
  for (let i = 0; i < data.length; i++) U8[b + i] = data[i];
  return r;
}

export function bytesLen(r: Ref): number {
  return I32[r + BYTES.LEN];
}
/** byte offset (in U8) of the first byte */
export function bytesBase(r: Ref): number {
  return (r + BYTES_DATA) << 2;
}
export function bytesToArray(r: Ref): Uint8Array {
  const b = bytesBase(r);
  return U8.slice(b, b + I32[r + BYTES.LEN]);
}
