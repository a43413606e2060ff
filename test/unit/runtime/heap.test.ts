// The heap's own machinery: size classes, block reuse, immortality, freeing, and the heap walk.
import { describe, expect, test, beforeAll } from 'vitest';
import { I32 } from '../../../src/runtime/heap.js';
import { allocBlock, allocRaw, freeBlock, sizeClass, CLASS_WORDS, NCLASSES, blockWords } from '../../../src/runtime/alloc.js';
import { incref, decref } from '../../../src/runtime/refcount.js';
import {
  RC, TYPE, T_INT, T_LIST, NONE, TRUE, FALSE, smallInt, EMPTY_TUPLE, BLOCK_FREE, CTL_TOP, T_TYPE,
} from '../../../src/runtime/layout.js';
import { newInt, newIntFromBig, intToBig } from '../../../src/runtime/objects/int.js';
import { newList, listAppendSteal, listAppend } from '../../../src/runtime/objects/list.js';
import { newStr, intern } from '../../../src/runtime/objects/str.js';
import { newDict, dictSet } from '../../../src/runtime/objects/dict.js';
import { checkHeap, walkHeap } from '../../../src/runtime/heapcheck.js';
import { initRuntime } from '../../../src/vm/runtime.js';

beforeAll(() => initRuntime({ argv: [], path0: '' }));

describe('size classes', () => {
  test('are even, increasing, and fit the request', () => {
    for (let c = 1; c < NCLASSES; c++) {
      expect(CLASS_WORDS[c] % 2).toBe(0);
      expect(CLASS_WORDS[c]).toBeGreaterThan(CLASS_WORDS[c - 1]);
    }
    for (const n of [4, 5, 6, 63, 64, 65, 100, 257, 1000, 123457]) {
      const c = sizeClass(n);
      expect(CLASS_WORDS[c]).toBeGreaterThanOrEqual(n);
      if (c > 0) expect(CLASS_WORDS[c - 1]).toBeLessThan(n);
    }
  });
});

describe('allocator', () => {
  test('a freed block is handed out again for the same class', () => {
    const a = allocBlock(T_INT, 6);
    freeBlock(a);
    expect(I32[a + TYPE]).toBe(BLOCK_FREE);
    const b = allocBlock(T_INT, 6);
    expect(b).toBe(a);
    freeBlock(b);
  });
  test('blocks are 8-byte aligned and do not overlap', () => {
    const refs = [allocBlock(T_INT, 6), allocBlock(T_INT, 10), allocRaw(100), allocBlock(T_INT, 6)];
    for (const r of refs) expect(r % 2).toBe(0);
    const spans = refs.map((r) => [r, r + blockWords(r)]).sort((x, y) => x[0] - y[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    for (const r of refs) freeBlock(r);
  });
  test('the bump pointer only grows when no free block fits', () => {
    const a = allocBlock(T_INT, 6);
    freeBlock(a);
    const top = I32[CTL_TOP];
    const b = allocBlock(T_INT, 6);
    expect(I32[CTL_TOP]).toBe(top);
    freeBlock(b);
  });
});

describe('reference counts', () => {
  test('immortal objects are never written', () => {
    const objs = [NONE, TRUE, FALSE, smallInt(-5), smallInt(0), smallInt(256), EMPTY_TUPLE, intern('hello'), T_INT];
    const before = objs.map((r) => I32[r + RC]);
    for (const r of objs) { incref(r); incref(r); decref(r); decref(r); decref(r); }
    expect(objs.map((r) => I32[r + RC])).toEqual(before);
    for (const r of objs) expect(I32[r + RC]).toBeLessThan(0);
  });
  test('small ints are the cached objects, 257 is a new one each time', () => {
    expect(newInt(256)).toBe(smallInt(256));
    expect(newInt(-5)).toBe(smallInt(-5));
    const a = newInt(257), b = newInt(257);
    expect(a).not.toBe(b);
    decref(a); decref(b);
  });
  test('big ints round-trip', () => {
    const v = 2n ** 200n - 12345n;
    const r = newIntFromBig(-v);
    expect(intToBig(r)).toBe(-v);
    decref(r);
  });
  test('decref to zero frees the object and what only it referenced', () => {
    const l = newList(0);
    const s = newStr('some text');
    listAppend(l, s);
    listAppendSteal(l, newInt(100000));
    const d = newDict();
    dictSet(d, s, l);
    decref(s);
    decref(l);
    expect(I32[l + TYPE]).toBe(T_LIST);
    decref(d);
    expect(I32[d + TYPE]).toBe(BLOCK_FREE);
    expect(I32[l + TYPE]).toBe(BLOCK_FREE);
    expect(I32[s + TYPE]).toBe(BLOCK_FREE);
  });
  test('freeing a long chain does not overflow the JS stack', () => {
    let head = newList(0);
    for (let i = 0; i < 200000; i++) {
      const l = newList(0);
      listAppendSteal(l, head);
      head = l;
    }
    decref(head);
    expect(I32[head + TYPE]).toBe(BLOCK_FREE);
  });
});

describe('heap walk', () => {
  test('every block is visited and the heap checks clean', () => {
    let n = 0;
    walkHeap(() => { n++; });
    expect(n).toBeGreaterThan(100);
    expect(checkHeap()).toEqual([]);
    expect(I32[T_INT + TYPE]).toBe(T_TYPE);
  });
});

describe('interning', () => {
  test('the intern table lives in the heap, so another worker would find the same object', async () => {
    const { CTL_INTERN_DICT } = await import('../../../src/runtime/layout.js');
    const { dictGet } = await import('../../../src/runtime/objects/dict.js');
    const { INTERNED } = await import('../../../src/runtime/slots.js');
    const a = intern('some_identifier_xyz');
    expect(intern('some_identifier_xyz')).toBe(a);
    const table = I32[CTL_INTERN_DICT];
    expect(table).not.toBe(0);
    // a worker with an empty cache: it must still get the same ref, from the heap table
    INTERNED.delete('some_identifier_xyz');
    const probe = newStr('some_identifier_xyz');
    expect(dictGet(table, probe)).toBe(a);
    decref(probe);
    expect(intern('some_identifier_xyz')).toBe(a);
  });
});
