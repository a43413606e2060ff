/**
 * @fileoverview The --gil=off (FT) versions of the interpreter's inline container fast paths. Under --gil=on the
 * interpreter reads dict entries, list items and cell contents inline; with free threads an item read that way
 * can be removed and freed by another thread before the reader takes its reference. Globals and names are read
 * through dictGetRefHashed, which takes the value's reference without the dict's lock when it can prove the
 * value alive (objects/dict.ts dictPeekRef, runtime/ftread.ts; the list fast paths call ftread.ts directly),
 * else inside the dict's critical section. A cell's content is accepted lock-free only when it is immortal
 * (read the slot, check the count, read the slot again), else read and increfed inside the cell's critical
 * section (objlock.ts). Each returns a new reference (or 0). interpreter.ts calls these only when FT is set.
 */
import { I32, type Ref } from '../runtime/heap.js';
import { RC, CELL, TYPE, T_DICT } from '../runtime/layout.js';
import { incref, decref } from '../runtime/refcount.js';
import { PyRaise, Exc } from '../runtime/errors.js';
import { getItem, isInstance } from '../runtime/abstract.js';
import { dictGetRefHashed } from '../runtime/objects/dict.js';
import { lockObj, unlockObj } from '../runtime/objlock.js';

/** LOAD_GLOBAL: globals, then builtins; new ref or 0 (a NameError for the caller) */
export function ftLoadGlobal(globals: Ref, builtins: Ref, name: Ref, h: number): Ref {
  const v = dictGetRefHashed(globals, name, h);
  if (v !== 0) return v;
  return dictGetRefHashed(builtins, name, h);
}

/** a cell's content as a new ref, or 0 if empty (LOAD_DEREF) */
export function ftCellGet(cell: Ref): Ref {
  const ix = cell + CELL.REF;
  const v = Atomics.load(I32, ix);
  // an immortal value still in the slot after its count was read cannot have been freed in between
  if (v !== 0 && I32[v + RC] < 0 && Atomics.load(I32, ix) === v) return v;
  lockObj(cell);
  const w = I32[ix];
  if (w !== 0) incref(w);
  unlockObj(cell);
  return w;
}

/** stores v (taking the caller's reference; 0 empties the cell) and returns the old content for the caller
 * to drop outside the critical section (STORE_DEREF, DELETE_DEREF) */
export function ftCellSwap(cell: Ref, v: Ref): Ref {
  lockObj(cell);
  const old = I32[cell + CELL.REF];
  Atomics.store(I32, cell + CELL.REF, v);
  unlockObj(cell);
  return old;
}

/** LOAD_NAME: locals (a dict or any mapping), globals, builtins; new ref or 0 (a NameError) */
export function ftLoadName(locals: Ref, globals: Ref, builtins: Ref, name: Ref, h: number): Ref {
  if (locals !== 0) {
    if (I32[locals + TYPE] === T_DICT) {
      const v = dictGetRefHashed(locals, name, h);
      if (v !== 0) return v;
    } else {
      try {
        return getItem(locals, name);
      } catch (e) {
        if (!(e instanceof PyRaise && isInstance(e.exc, Exc.KeyError))) throw e;
        decref(e.exc);
      }
    }
  }
  return ftLoadGlobal(globals, builtins, name, h);
}
