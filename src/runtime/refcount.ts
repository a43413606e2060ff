/**
 * @fileoverview Reference counting: incref, decref and freeing objects whose count drops to zero.
 * Not here: the layouts that say which fields are references (layout.ts), the block allocator (alloc.ts).
 *
 * Notes on the design
 * -------------------
 * - The count is header word RC. Immortal objects carry a negative count (IMMORTAL_RC) and are never written:
 *   incref/decref test `rc >= 0` / `rc > 0` with the one load they need anyway, so immortality costs nothing.
 * - --gil=on (this file today): plain loads and stores. The free-threaded variant (biased counts, atomics for
 *   objects shared between threads) belongs beside these functions, picked once at startup (threads issue).
 * - Freeing is iterative: an object whose count reaches zero goes on a pending list and the list is drained by
 *   the outermost decref, so freeing a million-element linked structure never deepens the JS stack.
 * - Each builtin layout kind registers how to release the references its fields hold (registerDealloc); an
 *   instance of a class also drops its attribute dict and its reference to the class.
 */
import { I32, type Ref } from './heap.js';
import { TYPE, RC, FLAGS, SIZECLASS_MASK, BLOCK_FREE, CTL_FREE_LISTS, TYPEOBJ, TF_HEAPTYPE, TF_HAS_DEL, F_FINALIZED, IMMORTAL_RC, T_INT, T_FLOAT, T_STR, type Layout } from './layout.js';
import { freeBlock } from './alloc.js';

export function incref(r: Ref): void {
  const c = I32[r + RC];
  if (c >= 0) I32[r + RC] = c + 1;
}

/** incref a ref that may be NULL (0) */
export function xincref(r: Ref): void {
  if (r !== 0) {
    const c = I32[r + RC];
    if (c >= 0) I32[r + RC] = c + 1;
  }
}

export function decref(r: Ref): void {
  const c = I32[r + RC];
  if (c > 1) I32[r + RC] = c - 1;
  else if (c === 1) release(r);
}

export function xdecref(r: Ref): void {
  if (r !== 0) {
    const c = I32[r + RC];
    if (c > 1) I32[r + RC] = c - 1;
    else if (c === 1) release(r);
  }
}

export function makeImmortal(r: Ref): void {
  I32[r + RC] = IMMORTAL_RC;
}
export function isImmortal(r: Ref): boolean {
  return I32[r + RC] < 0;
}

/** Releases the references held by object r's fields (not r itself). */
export type DeallocFn = (r: Ref) => void;
const DEALLOC: DeallocFn[] = [];
export function registerDealloc(kind: number, fn: DeallocFn): void {
  DEALLOC[kind] = fn;
}
/**
 * Calls an instance's __del__ (set by the runtime: it runs Python code). The object is alive (RC 1) while it
 * runs; null while the runtime is not ready or is tearing the heap down.
 */
let delHook: ((r: Ref) => void) | null = null;
export function setDelHook(f: ((r: Ref) => void) | null): void { delHook = f; }

/** the dealloc function registered for a kind (to wrap it with a finalizer) */
export function getDealloc(kind: number): DeallocFn | undefined {
  return DEALLOC[kind];
}
/** a DeallocFn that releases the ref fields of a layout */
export function layoutDealloc(l: Layout): DeallocFn {
  const fields = l.refFields;
  const raws = l.rawFields;
  return (r) => {
    for (let i = 0; i < fields.length; i++) {
      const v = I32[r + fields[i]];
      if (v !== 0) { I32[r + fields[i]] = 0; decref(v); }
    }
    for (let i = 0; i < raws.length; i++) {
      const v = I32[r + raws[i]];
      if (v !== 0) { I32[r + raws[i]] = 0; freeBlock(v); }
    }
  };
}

const pending: number[] = [];
let draining = false;

/** ints, floats and strs hold no references: they are freed on the spot, without the pending list */
const LEAF_INT = T_INT, LEAF_FLOAT = T_FLOAT, LEAF_STR = T_STR;

/** frees an object whose count just dropped to zero (for callers that inline decref) */
export function release(r: Ref): void {
  const t0 = I32[r + TYPE];
  if (t0 === LEAF_INT || t0 === LEAF_FLOAT || t0 === LEAF_STR) {
    // freeBlock, inline: these are most of the objects that die
    const c = I32[r + FLAGS] & SIZECLASS_MASK;
    I32[r + TYPE] = BLOCK_FREE;
    I32[r + FLAGS] = c;
    I32[r + RC] = I32[CTL_FREE_LISTS + c];
    I32[CTL_FREE_LISTS + c] = r;
    return;
  }
  I32[r + RC] = 0;
  pending.push(r);
  if (draining) return;
  draining = true;
  try {
    while (pending.length) {
      const o = pending.pop()!;
      const t = I32[o + TYPE];
      if ((I32[t + TYPEOBJ.TFLAGS] & TF_HAS_DEL) && delHook !== null && !(I32[o + FLAGS] & F_FINALIZED)) {
        // CPython's tp_finalize: __del__ runs once, with the object alive; it may resurrect it
        I32[o + FLAGS] |= F_FINALIZED;
        I32[o + RC] = 1;
        delHook(o);
        if (--I32[o + RC] !== 0) continue;
      }
      const fn = DEALLOC[I32[t + TYPEOBJ.KIND]];
      if (fn !== undefined) {
        fn(o);
        if (I32[o + RC] !== 0) continue; // a finalizer resurrected it (e.g. a generator's finally stored it)
      }
      if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
        const off = I32[t + TYPEOBJ.DICTOFFSET];
        if (off) { const d = I32[o + off]; if (d) { I32[o + off] = 0; decref(d); } }
        freeBlock(o);
        decref(t);
      } else {
        freeBlock(o);
      }
    }
  } finally {
    draining = false;
  }
}
