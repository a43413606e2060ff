// The allocator under --gil=off (alloc.ts): per-thread free lists and bump chunks, the overflow lists, walkable
// chunk tails, MemoryError at the limit. Threads are simulated in one process by switching identity.
import { describe, expect, test, beforeAll } from 'vitest';
import { I32 } from '../../../src/runtime/heap.js';
import { setThreadIdentity } from '../../../src/runtime/threadid.js';
import {
  allocBlock, allocNum, freeBlock, initThreadAllocator, myThreadState, threadState, NUM_CLASS, CLASS_WORDS,
  PT_CUR, PT_REALEND, CHUNK_WORDS, setOutOfMemoryHandler, onOutOfMemory,
} from '../../../src/runtime/alloc.js';
import { threadExit } from '../../../src/runtime/refcount.js';
import {
  TYPE, FLAGS, BLOCK_FREE, T_INT, T_FLOAT, CTL_TOP, CTL_LIMIT, CTL_OVERFLOW, CTL_FREE_LISTS, SIZECLASS_MASK,
  F_OWNER_SHIFT,
} from '../../../src/runtime/layout.js';
import { checkHeap, walkHeap } from '../../../src/runtime/heapcheck.js';
import { initRuntime } from '../../../src/vm/runtime.js';

function as(tid: number): void {
  setThreadIdentity(tid, true);
  initThreadAllocator();
}
function inChunkOf(tid: number, r: number): boolean {
  const pt = threadState(tid);
  return r < I32[pt + PT_REALEND] && r >= I32[pt + PT_REALEND] - CHUNK_WORDS;
}

beforeAll(() => {
  initRuntime({ argv: [], path0: '' });
  as(0);
});

describe('per-thread allocation', () => {
  test('the shared --gil=on free lists were handed to the overflow lists', () => {
    for (let c = 0; c < 64; c++) expect(I32[CTL_FREE_LISTS + c]).toBe(0);
  });

  test('each thread bumps its own chunk and writes its owner tag', () => {
    as(1);
    const a = allocNum(T_INT);
    as(2);
    const b = allocNum(T_INT);
    expect(inChunkOf(1, a) || I32[CTL_OVERFLOW + NUM_CLASS] !== 0).toBe(true);
    expect(I32[a + FLAGS] >>> F_OWNER_SHIFT).toBe(2);
    expect(I32[b + FLAGS] >>> F_OWNER_SHIFT).toBe(3);
    expect(myThreadState()).toBe(threadState(2));
    freeBlock(b);
    as(1);
    freeBlock(a);
    expect(checkHeap()).toEqual([]);
  });

  test('a block freed by a thread goes on that thread\'s list, not the allocator\'s', () => {
    as(1);
    const a = allocBlock(T_INT, 10);
    as(2);
    freeBlock(a);
    as(1);
    const b = allocBlock(T_INT, 10);
    expect(b).not.toBe(a);
    as(2);
    const c = allocBlock(T_INT, 10);
    expect(c).toBe(a);
    freeBlock(c);
    as(1);
    freeBlock(b);
  });

  test('the heap stays walkable across chunks: tails of retired chunks become free blocks', () => {
    as(1);
    const held: number[] = [];
    const top0 = I32[CTL_TOP];
    // odd sizes so that chunks end with odd remainders
    for (let i = 0; i < 3 * CHUNK_WORDS / 40; i++) held.push(allocBlock(T_INT, 30 + (i % 7) * 2));
    expect(I32[CTL_TOP] - top0).toBeGreaterThanOrEqual(2 * CHUNK_WORDS);
    expect(checkHeap()).toEqual([]);
    let blocks = 0;
    walkHeap(() => { blocks++; });
    expect(blocks).toBeGreaterThan(held.length);
    for (const r of held) freeBlock(r);
    expect(checkHeap()).toEqual([]);
  });

  test('a long list spills to the overflow list; an empty list takes from it before bumping', () => {
    as(1);
    const made: number[] = [];
    for (let i = 0; i < 2000; i++) made.push(allocNum(T_FLOAT));
    as(2);
    for (const r of made) freeBlock(r); // tid 2's list for NUM_CLASS grows past its limit: batches spill
    expect(I32[CTL_OVERFLOW + NUM_CLASS]).not.toBe(0);
    expect(checkHeap()).toEqual([]);
    as(3);
    const top = I32[CTL_TOP];
    const got = new Set(made);
    const r = allocNum(T_FLOAT);
    expect(got.has(r)).toBe(true); // from a spilled batch
    expect(I32[CTL_TOP]).toBe(top);
    freeBlock(r);
  });

  test('producer/consumer: one thread allocates, another frees, the heap stops growing', () => {
    const start = I32[CTL_TOP];
    let mid = 0;
    for (let round = 0; round < 400; round++) {
      as(4);
      const batch: number[] = [];
      for (let i = 0; i < 500; i++) batch.push(allocNum(T_INT));
      as(5);
      for (const r of batch) freeBlock(r);
      if (round === 100) mid = I32[CTL_TOP];
    }
    // 200K blocks of 6 words went through; the heap grew by a few chunks at first, then not at all
    expect(mid - start).toBeLessThan(20 * CHUNK_WORDS);
    expect(I32[CTL_TOP]).toBe(mid);
    expect(checkHeap()).toEqual([]);
  });

  test('a thread that exits hands its free blocks and its chunk to the others', () => {
    as(6);
    const made: number[] = [];
    for (let i = 0; i < 50; i++) made.push(allocBlock(T_INT, 20));
    for (const r of made) freeBlock(r);
    threadExit();
    const pt = threadState(6);
    expect(I32[pt + PT_CUR]).toBe(0);
    expect(checkHeap()).toEqual([]);
    as(7);
    const r = allocBlock(T_INT, 20);
    expect(made.includes(r) || I32[r + TYPE] === T_INT).toBe(true);
    freeBlock(r);
  });

  test('MemoryError at the limit, from a chunk or straight from CTL_TOP', () => {
    as(1);
    const oldLimit = I32[CTL_LIMIT];
    const held: number[] = [];
    let caught = 0;
    setOutOfMemoryHandler(() => { throw new RangeError('oom'); });
    try {
      I32[CTL_LIMIT] = I32[CTL_TOP] + 3 * CHUNK_WORDS + 1000;
      for (let i = 0; i < 1e6; i++) held.push(allocBlock(T_INT, 100));
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      caught++;
    }
    try {
      allocBlock(T_INT, 5 * CHUNK_WORDS);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      caught++;
    }
    expect(caught).toBe(2);
    expect(I32[CTL_TOP]).toBeLessThanOrEqual(I32[CTL_LIMIT]);
    expect(checkHeap()).toEqual([]);
    I32[CTL_LIMIT] = oldLimit;
    for (const r of held) freeBlock(r);
    void onOutOfMemory;
    expect(checkHeap()).toEqual([]);
  });

  test('back under --gil=on: the shared lists again, owner tag 0', () => {
    setThreadIdentity(0, false);
    initThreadAllocator();
    const a = allocNum(T_INT);
    expect(I32[a + FLAGS] >>> F_OWNER_SHIFT).toBe(0);
    freeBlock(a);
    expect(I32[CTL_FREE_LISTS + (I32[a + FLAGS] & SIZECLASS_MASK)]).toBe(a);
    expect(I32[a + TYPE]).toBe(BLOCK_FREE);
    expect(CLASS_WORDS[NUM_CLASS]).toBe(6);
    expect(checkHeap()).toEqual([]);
  });
});
