// Biased reference counting (--gil=off, refcount.ts), with threads simulated in one process: each step runs
// "as" a tid (ftsim.ts), as a worker does before touching the heap.
import { describe, expect, test, beforeAll } from 'vitest';
import { I32 } from '../../../src/runtime/heap.js';
import {
  incref, decref, refTotal, brcMergePending, brcMergeAll, threadExit, EB_BRC, ownerOf,
} from '../../../src/runtime/refcount.js';
import {
  RC, TYPE, LOCK, FLAGS, BLOCK_FREE, RC_MERGED, RC_QUEUED, CTL_THREAD_TABLE, TS_WORDS,
  TS_BREAKER, F_OWNER_SHIFT, T_LIST, BLOCK_RAW,
} from '../../../src/runtime/layout.js';
import { newList, listAppendSteal } from '../../../src/runtime/objects/list.js';
import { newStr } from '../../../src/runtime/objects/str.js';
import { checkHeap, heapStats, walkHeap } from '../../../src/runtime/heapcheck.js';
import { as, shared, isFree, setUpThreads, mortal } from './ftsim.js';

const breaker = (tid: number): number => I32[I32[CTL_THREAD_TABLE] + tid * TS_WORDS + TS_BREAKER];
const obj = mortal;

beforeAll(setUpThreads);

describe('biased counts', () => {
  test('objects allocated before the first --gil=off thread are adopted as merged', () => {
    // initRuntime ran under --gil=on: its mortal objects carried owner 0; as(0) merged their counts
    let merged = 0, owner0 = 0;
    walkHeap((r) => {
      const t = I32[r + TYPE];
      if (t === BLOCK_FREE || t === BLOCK_RAW || I32[r + RC] < 0) return;
      if (ownerOf(r) === 0) { owner0++; if (I32[r + LOCK] & RC_MERGED) merged++; }
    });
    expect(merged).toBeGreaterThan(0);
    expect(merged).toBe(owner0);
    const s = newStr('x'.repeat(50)); // allocated now: owned
    expect(ownerOf(s)).toBe(1);
    decref(s);
    expect(checkHeap()).toEqual([]);
  });

  test('the owner counts in RC with plain stores; other threads in the shared count', () => {
    as(0);
    const o = obj();
    expect(ownerOf(o)).toBe(1);
    expect(I32[o + FLAGS] >>> F_OWNER_SHIFT).toBe(1);
    incref(o);
    expect(I32[o + RC]).toBe(2);
    expect(I32[o + LOCK]).toBe(0);
    as(1);
    incref(o);
    expect(I32[o + RC]).toBe(2);
    expect(shared(o)).toBe(1);
    expect(refTotal(o)).toBe(3);
    decref(o);
    expect(shared(o)).toBe(0);
    expect(I32[o + LOCK]).toBe(0);
    as(0);
    decref(o);
    expect(isFree(o)).toBe(false);
    decref(o);
    expect(isFree(o)).toBe(true);
  });

  test('the owner dropping its last count merges; the thread dropping the last shared reference frees', () => {
    as(0);
    const o = obj();
    as(1);
    incref(o);
    as(0);
    decref(o); // owner's count 0, one shared reference left: merged, alive
    expect(isFree(o)).toBe(false);
    expect(I32[o + RC]).toBe(0);
    expect(ownerOf(o)).toBe(0);
    expect(I32[o + LOCK] & RC_MERGED).toBe(RC_MERGED);
    expect(refTotal(o)).toBe(1);
    // merged: even the old owner counts in the shared count now
    incref(o);
    expect(I32[o + RC]).toBe(0);
    expect(refTotal(o)).toBe(2);
    decref(o);
    as(1);
    decref(o);
    expect(isFree(o)).toBe(true);
    // freed by tid 1: the block is on tid 1's free list, so tid 1's next int gets it
    expect(obj()).toBe(o);
    decref(o);
  });

  test('a non-owner dropping a reference it did not count queues the object to its owner, once', () => {
    as(0);
    const o = obj();
    incref(o); // owner count 2: both references go to other threads
    as(1);
    decref(o); // shared count 0 -> queued (the queue holds this reference)
    expect(isFree(o)).toBe(false);
    expect(I32[o + LOCK] & RC_QUEUED).toBe(RC_QUEUED);
    expect(breaker(0) & EB_BRC).toBe(EB_BRC);
    as(2);
    decref(o); // shared count -1; queued already: not queued again
    expect(shared(o)).toBe(-1);
    as(0);
    brcMergePending(); // 2 (owner) - 1 (shared) - 1 (queue) = 0: freed
    expect(isFree(o)).toBe(true);
    expect(breaker(0) & EB_BRC).toBe(0);
    expect(checkHeap()).toEqual([]);
  });

  test('an object queued and still referenced survives the merge and is freed by its last holder', () => {
    as(0);
    const o = obj();
    incref(o); incref(o); // owner 3: one kept, two handed out
    as(1);
    decref(o); // queued
    as(0);
    brcMergePending(); // total 3 - 1 (queue) = 2, merged
    expect(isFree(o)).toBe(false);
    expect(refTotal(o)).toBe(2);
    expect(ownerOf(o)).toBe(0);
    decref(o);
    as(2);
    decref(o);
    expect(isFree(o)).toBe(true);
  });

  test('queued to a thread that has exited: merged by the queuing thread', () => {
    as(3);
    const o = obj();
    threadExit();
    as(1);
    decref(o); // the owner (tid 3) is gone: merged here and freed
    expect(isFree(o)).toBe(true);
    as(3); // tid 3 again (a new thread in the slot)
    expect(checkHeap()).toEqual([]);
  });

  test('freeing a container from a foreign thread releases its items through the shared path', () => {
    as(0);
    const l = newList(0);
    const items: number[] = [];
    for (let i = 0; i < 10; i++) { const v = obj(); items.push(v); incref(v); listAppendSteal(l, v); }
    expect(I32[l + TYPE]).toBe(T_LIST);
    as(1);
    incref(l);
    as(0);
    decref(l); // owner lets go: merged, tid 1 holds the list
    for (const v of items) decref(v); // owner keeps only the list's references
    as(1);
    decref(l); // the list dies on tid 1; its items' last references are the list's (owner-counted): queued
    expect(isFree(l)).toBe(true);
    for (const v of items) expect(isFree(v)).toBe(false);
    as(0);
    brcMergePending();
    for (const v of items) expect(isFree(v)).toBe(true);
    expect(checkHeap()).toEqual([]);
  });

  test('brcMergeAll drains every queue (exit)', () => {
    as(0);
    const o = obj();
    as(4);
    const p = obj();
    as(1);
    decref(o);
    decref(p);
    expect(isFree(o) || isFree(p)).toBe(false);
    brcMergeAll();
    expect(isFree(o) && isFree(p)).toBe(true);
  });

  test('many threads, random incref/decref orders: every object freed exactly once, heap sound', () => {
    let rnd = 12345;
    const next = (n: number): number => { rnd = (rnd * 1103515245 + 12345) & 0x7fffffff; return rnd % n; };
    for (let round = 0; round < 200; round++) {
      const ownerTid = next(4);
      as(ownerTid);
      const o = next(2) ? obj() : newList(0);
      // hand out k references, counted by random threads
      const holders: number[] = [ownerTid];
      const k = next(5);
      for (let i = 0; i < k; i++) { const t = next(4); as(t); incref(o); holders.push(t); }
      // drop them in a random order, each by a random thread (references move between threads)
      while (holders.length) {
        holders.splice(next(holders.length), 1);
        as(next(4));
        expect(isFree(o)).toBe(false);
        decref(o);
        if (next(3) === 0) { as(next(4)); brcMergePending(); }
      }
      brcMergeAll();
      expect(isFree(o)).toBe(true);
    }
    expect(checkHeap()).toEqual([]);
  });

  test('--show-refcount counts owner plus shared counts', () => {
    as(0);
    const o = obj();
    as(1);
    incref(o);
    const st = heapStats(false);
    expect(st.refs).toBeGreaterThanOrEqual(2);
    decref(o);
    as(0);
    decref(o);
    expect(isFree(o)).toBe(true);
  });
});
