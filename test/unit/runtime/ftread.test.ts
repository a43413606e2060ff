// Lock-free reads under --gil=off (runtime/ftread.ts, objects/dict.ts dictPeekRef, refcount.ts tryIncrefShared),
// with threads simulated in one process by switching identity (as brc.test.ts does). The interleavings a real
// race produces are played step by step: a reader that saw an item, then the item freed (or its block reused)
// before the reader takes its reference.
import { describe, expect, test, beforeAll } from 'vitest';
import { I32 } from '../../../src/runtime/heap.js';
import { forEachFreeList, NCLASSES } from '../../../src/runtime/alloc.js';
import { incref, decref, refTotal, ownerOf, tryIncrefShared, markMaybeShared } from '../../../src/runtime/refcount.js';
import {
  RC, LOCK, FLAGS, RC_MERGED, RC_QUEUED, RC_MAYBE_SHARED, RC_SHARED_ONE, RC_SHARED_SHIFT,
  LIST, DICT, NONE, smallInt, F_OWNER_SHIFT, LK_LOCKED,
} from '../../../src/runtime/layout.js';
import { newList, listAppendSteal } from '../../../src/runtime/objects/list.js';
import { newDict, dictSet, dictPeekRef, dictKeyHash } from '../../../src/runtime/objects/dict.js';
import { newInt } from '../../../src/runtime/objects/int.js';
import { intern } from '../../../src/runtime/objects/str.js';
import { ftListItem, ftTake, FT_UNSURE, FT_UNPROVEN } from '../../../src/runtime/ftread.js';
import { getItem, setItem, getAttr, callN } from '../../../src/runtime/abstract.js';
import { checkHeap } from '../../../src/runtime/heapcheck.js';
import { as, shared, isFree, setUpThreads, mortal } from './ftsim.js';

const obj = mortal;
const ver = (l: number): number => I32[l + LIST.VERSION];
/** l.name(*args), dropping the result */
function callMethod(l: number, name: string, args: number[]): void {
  const m = getAttr(l, intern(name));
  const r = callN(m, args);
  decref(m);
  decref(r);
}

beforeAll(setUpThreads);

describe('free blocks read as dead', () => {
  test('a freed object has LOCK 0 and owner tag 0, whatever its counts were', () => {
    as(0);
    const o = obj();
    as(1);
    incref(o);
    markMaybeShared(o);
    expect(I32[o + LOCK] & RC_MAYBE_SHARED).toBe(RC_MAYBE_SHARED);
    as(0);
    decref(o); // merged (tid 1 holds it)
    as(1);
    decref(o);
    expect(isFree(o)).toBe(true);
    expect(I32[o + LOCK]).toBe(0);
    expect(I32[o + FLAGS] >>> F_OWNER_SHIFT).toBe(0);
    expect(tryIncrefShared(o)).toBe(false);
    expect(I32[o + LOCK]).toBe(0);
  });

  test('free lists and overflow batches keep nothing in LOCK', () => {
    as(2);
    const bs: number[] = [];
    for (let i = 0; i < 600; i++) bs.push(obj()); // enough to spill batches to the overflow list
    for (const b of bs) decref(b);
    for (const b of bs) {
      expect(isFree(b)).toBe(true);
      expect(I32[b + LOCK]).toBe(0);
    }
    let overflow = 0;
    for (let c = 0; c < NCLASSES; c++) {
      forEachFreeList(c, (head, where) => {
        for (let b = head; b !== 0; b = I32[b + RC]) {
          expect(I32[b + LOCK]).toBe(0);
          expect(I32[b + FLAGS] >>> F_OWNER_SHIFT).toBe(0);
          if (where === 'overflow') overflow++;
        }
      });
    }
    expect(overflow).toBeGreaterThan(0);
    expect(checkHeap()).toEqual([]);
  });
});

describe('tryIncrefShared: a count only on a provably live object', () => {
  test('refuses an object whose owner may free it with plain stores, accepts once it is marked', () => {
    as(0);
    const o = obj();
    as(1);
    expect(tryIncrefShared(o)).toBe(false); // LOCK 0: the owner frees it without an atomic operation
    expect(I32[o + LOCK]).toBe(0);
    as(0);
    I32[o + LOCK] |= RC_MAYBE_SHARED;
    as(1);
    expect(tryIncrefShared(o)).toBe(true);
    expect(shared(o)).toBe(1);
    decref(o);
    as(0);
    decref(o);
    expect(isFree(o)).toBe(true);
  });

  test('accepts a positive shared count, a merged object with references, a queued object', () => {
    as(0);
    const a = obj();
    as(1);
    incref(a); // shared count 1
    as(2);
    expect(tryIncrefShared(a)).toBe(true);
    expect(shared(a)).toBe(2);
    decref(a);
    as(1);
    decref(a);
    as(0);
    decref(a);
    expect(isFree(a)).toBe(true);

    const b = obj();
    as(1);
    incref(b);
    as(0);
    decref(b); // merged, shared count 1
    expect(I32[b + LOCK] & RC_MERGED).toBe(RC_MERGED);
    as(2);
    expect(tryIncrefShared(b)).toBe(true);
    decref(b);
    as(1);
    decref(b);
    expect(isFree(b)).toBe(true);

    as(0);
    const c = obj();
    incref(c);
    as(1);
    decref(c); // queued to tid 0 (shared count 0, RC_QUEUED)
    expect(I32[c + LOCK] & RC_QUEUED).toBe(RC_QUEUED);
    as(2);
    expect(tryIncrefShared(c)).toBe(true);
    decref(c);
    as(0);
    decref(c);
  });

  test('refuses a merged object with no reference left, and the lock bits change nothing', () => {
    as(0);
    const o = obj();
    I32[o + LOCK] = RC_MERGED | LK_LOCKED;
    as(1);
    expect(tryIncrefShared(o)).toBe(false);
    I32[o + LOCK] = LK_LOCKED;
    expect(tryIncrefShared(o)).toBe(false);
    I32[o + LOCK] = RC_MERGED | RC_MAYBE_SHARED;
    expect(tryIncrefShared(o)).toBe(false);
    I32[o + LOCK] = 0;
    as(0);
    decref(o);
    expect(isFree(o)).toBe(true);
  });

  test('RC_MAYBE_SHARED: the owner\'s last decref merges, so a racing reader either wins or is refused', () => {
    // the reader wins: its count keeps the object alive after the owner lets go
    as(0);
    const o = obj();
    I32[o + LOCK] |= RC_MAYBE_SHARED;
    as(1);
    expect(tryIncrefShared(o)).toBe(true);
    as(0);
    decref(o);
    expect(isFree(o)).toBe(false);
    expect(ownerOf(o)).toBe(0);
    expect(refTotal(o)).toBe(1);
    as(1);
    decref(o);
    expect(isFree(o)).toBe(true);
    // the owner wins: the object is freed through the merge, and the late reader is refused
    as(0);
    const p = obj();
    I32[p + LOCK] |= RC_MAYBE_SHARED;
    decref(p);
    expect(isFree(p)).toBe(true);
    as(1);
    expect(tryIncrefShared(p)).toBe(false);
    expect(checkHeap()).toEqual([]);
  });
});

describe('ftListItem', () => {
  test('immortal and own items: no shared write; foreign items: locked once, then a shared count', () => {
    as(0);
    const l = newList(0);
    const mine = obj();
    listAppendSteal(l, NONE);
    listAppendSteal(l, smallInt(7));
    listAppendSteal(l, mine);
    const lk = I32[l + LOCK];
    // the owner
    expect(ftListItem(l, 0)).toBe(NONE);
    expect(ftListItem(l, -2)).toBe(smallInt(7));
    expect(ftListItem(l, 2)).toBe(mine);
    expect(I32[mine + RC]).toBe(2);
    expect(I32[mine + LOCK]).toBe(0);
    decref(mine);
    expect(ftListItem(l, 3)).toBe(0);
    expect(ftListItem(l, -4)).toBe(0);
    // another thread: immortal fine, the foreign mortal item not provable until marked
    as(1);
    expect(ftListItem(l, 1)).toBe(smallInt(7));
    expect(ftListItem(l, 2)).toBe(FT_UNPROVEN);
    const k = newInt(2);
    const v = getItem(l, k); // the locked path, which marks it
    expect(v).toBe(mine);
    expect(I32[mine + LOCK] & RC_MAYBE_SHARED).toBe(RC_MAYBE_SHARED);
    decref(v);
    expect(ftListItem(l, 2)).toBe(mine);
    expect(shared(mine)).toBe(1);
    decref(mine);
    decref(k);
    expect(I32[l + LOCK]).toBe(lk); // the list's own header was never written
    as(0);
    decref(l);
    expect(isFree(mine)).toBe(true);
  });

  test('the locked path marks only a value that could not be proven alive', () => {
    as(0);
    const l = newList(0);
    const o = obj();
    listAppendSteal(l, o);
    as(1);
    const k = newInt(0);
    I32[l + LIST.VERSION] += 1; // a writer is in: the read goes to the lock, and there is nothing to mark
    const v = getItem(l, k);
    expect(v).toBe(o);
    expect(I32[o + LOCK] & RC_MAYBE_SHARED).toBe(0);
    decref(v);
    I32[l + LIST.VERSION] += 1;
    const w = getItem(l, k); // found, foreign, not provably alive: locked and marked
    expect(I32[o + LOCK] & RC_MAYBE_SHARED).toBe(RC_MAYBE_SHARED);
    decref(w);
    decref(k);
    as(0);
    decref(l);
    expect(isFree(o)).toBe(true);
  });

  test('a writer in progress (VERSION odd) sends the reader to the lock', () => {
    as(0);
    const l = newList(0);
    listAppendSteal(l, NONE);
    I32[l + LIST.VERSION] += 1;
    expect(ftListItem(l, 0)).toBe(FT_UNSURE);
    I32[l + LIST.VERSION] += 1;
    expect(ftListItem(l, 0)).toBe(NONE);
    decref(l);
  });

  test('every mutation that removes, replaces or moves items moves VERSION by a positive even amount', () => {
    as(0);
    const l = newList(0);
    const step = (f: () => void, moves = true): void => {
      const v0 = ver(l);
      f();
      const d = ver(l) - v0;
      expect(d % 2).toBe(0);
      expect(moves ? d > 0 : d >= 0).toBe(true);
    };
    // appends change no slot a reader may hold: VERSION moves only when the item block is swapped
    const v0 = ver(l);
    for (let i = 0; i < 20; i++) step(() => callMethod(l, 'append', [smallInt(i)]), false);
    expect(ver(l)).toBeGreaterThan(v0); // (the block grew from 4 slots)
    step(() => callMethod(l, 'pop', []));
    step(() => callMethod(l, 'insert', [smallInt(0), smallInt(5)]));
    step(() => callMethod(l, 'remove', [smallInt(5)]));
    step(() => callMethod(l, 'reverse', []));
    step(() => callMethod(l, 'sort', []));
    step(() => callMethod(l, 'extend', [l]), false);
    step(() => { const k = newInt(3); setItem(l, k, smallInt(9)); decref(k); });
    step(() => callMethod(l, '__delitem__', [smallInt(0)]));
    step(() => callMethod(l, 'clear', []));
    decref(l);
  });
});

describe('ftTake: the reference taken after the window', () => {
  test('the item freed and its block reused after the window: the count is dropped again', () => {
    as(0);
    const l = newList(0);
    const o = obj();
    I32[o + LOCK] |= RC_MAYBE_SHARED;
    listAppendSteal(l, o);
    // tid 1 read o in the window at version v0 ...
    const v0 = ver(l);
    const rc = I32[o + RC], fl = I32[o + FLAGS];
    // ... then tid 0 replaces and frees it, and the block serves a new object (marked too)
    callMethod(l, 'pop', []);
    decref(o);
    expect(isFree(o)).toBe(true);
    const p = obj();
    expect(p).toBe(o); // the same block
    I32[p + LOCK] |= RC_MAYBE_SHARED;
    // tid 1 now takes "o": the CAS succeeds on the new live object, VERSION moved: dropped again
    as(1);
    expect(ftTake(o, rc, fl, l + LIST.VERSION, v0)).toBe(FT_UNSURE);
    expect(shared(p)).toBe(0);
    expect(I32[p + RC]).toBe(1);
    // and if the block is still free, nothing is written at all
    as(0);
    decref(p);
    expect(isFree(p)).toBe(true);
    as(1);
    expect(ftTake(o, rc, fl, l + LIST.VERSION, v0)).toBe(FT_UNPROVEN);
    expect(I32[o + LOCK]).toBe(0);
    as(0);
    decref(l);
    expect(checkHeap()).toEqual([]);
  });
});

describe('dictPeekRef', () => {
  test('immortal, own and marked foreign values lock-free; an unmarked foreign one unproven; absent keys 0', () => {
    as(0);
    const d = newDict();
    const kI = intern('imm'), kM = intern('mine'), kA = intern('absent');
    const mine = obj();
    dictSet(d, kI, NONE);
    dictSet(d, kM, mine);
    decref(mine);
    expect(dictPeekRef(d, kI, dictKeyHash(kI))).toBe(NONE);
    expect(dictPeekRef(d, kM, dictKeyHash(kM))).toBe(mine);
    expect(I32[mine + RC]).toBe(2);
    decref(mine);
    expect(dictPeekRef(d, kA, dictKeyHash(kA))).toBe(0);
    as(1);
    expect(dictPeekRef(d, kM, dictKeyHash(kM))).toBe(FT_UNPROVEN);
    I32[mine + LOCK] |= RC_MAYBE_SHARED; // what the locked path does (markMaybeShared)
    expect(dictPeekRef(d, kM, dictKeyHash(kM))).toBe(mine);
    expect(shared(mine)).toBe(1);
    decref(mine);
    I32[d + DICT.VERSION] += 1;
    expect(dictPeekRef(d, kI, dictKeyHash(kI))).toBe(FT_UNSURE);
    I32[d + DICT.VERSION] += 1;
    as(0);
    decref(d);
    expect(isFree(mine)).toBe(true);
    expect(RC_SHARED_ONE).toBe(1 << RC_SHARED_SHIFT);
  });
});
