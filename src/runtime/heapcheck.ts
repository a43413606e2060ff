/**
 * @fileoverview Walking the heap: every block from STATIC_END to the bump pointer, in address order, using the
 * size class each header records. Used for --show-refcount (counting what is still alive at exit) and for
 * checking invariants (MINIPY_DEBUG, tests): every header has a valid class, every free block is on its
 * class's free list exactly once, every live object's type is a type object, every counted reference field
 * points at a live object.
 */
import { I32, type Ref } from './heap.js';
import {
  TYPE, RC, FLAGS, LOCK, F_OWNER_SHIFT, SIZECLASS_MASK, BLOCK_FREE, BLOCK_RAW, CTL_TOP, STATIC_END, TYPEOBJ,
  T_TYPE, ALL_LAYOUTS,
} from './layout.js';
import { CLASS_WORDS, NCLASSES, forEachFreeList, chunkTails } from './alloc.js';
import { decref, refTotal, brcMergeAll } from './refcount.js';
import { dictClear } from './objects/dict.js';
import { listClear } from './objects/list.js';
import { Kind, DICT, LIST, TUPLE, TUPLE_ITEMS } from './layout.js';

export interface HeapStats { blocks: number; refs: number; free: number; raw: number; live: number[] }

/** calls fn(ref) for every block (live, raw or free); skips the unused tails of the chunks threads allocate
 *  from under --gil=off (alloc.ts). Only while no other thread allocates. */
export function walkHeap(fn: (r: Ref) => void): void {
  const top = I32[CTL_TOP];
  const tails = chunkTails();
  let r = STATIC_END;
  while (r < top) {
    if (tails.size !== 0 && tails.has(r)) { r = tails.get(r)!; continue; }
    const c = I32[r + FLAGS] & SIZECLASS_MASK;
    if (c >= NCLASSES) throw new Error(`heapcheck: bad size class ${c} at ${r}`);
    fn(r);
    r += CLASS_WORDS[c];
  }
  if (r !== top) throw new Error(`heapcheck: walk ended at ${r}, top is ${top}`);
}

/** mortal live objects and the sum of their counts; with dropRefs, first releases every reference held by
 *  any object (modules, classes, cycles), so only objects whose count is too high remain: leaks */
export function heapStats(dropRefs: boolean): HeapStats {
  brcMergeAll(); // objects other threads queued to their owners (--gil=off)
  if (dropRefs) {
    const live: number[] = [];
    walkHeap((r) => { const t = I32[r + TYPE]; if (t !== BLOCK_FREE && t !== BLOCK_RAW) live.push(r); });
    for (const r of live) clearRefs(r);
  }
  const st: HeapStats = { blocks: 0, refs: 0, free: 0, raw: 0, live: [] };
  walkHeap((r) => {
    const t = I32[r + TYPE];
    if (t === BLOCK_FREE) st.free++;
    else if (t === BLOCK_RAW) st.raw++;
    else if (I32[r + RC] >= 0) {
      // biased counting (--gil=off): the owner's count plus the shared count; a merged object that nobody
      // references any more is already free, so a count of 0 here is a block that was never freed properly
      st.blocks++; st.refs += refTotal(r); if (st.live.length < 50) st.live.push(r);
    }
  });
  return st;
}

/** drops the references r holds (leaves r itself alive); only at exit */
function clearRefs(r: Ref): void {
  const t = I32[r + TYPE];
  if (t === BLOCK_FREE || t === BLOCK_RAW) return;
  const kind = I32[t + TYPEOBJ.KIND];
  if (kind === Kind.DICT || kind === Kind.DEFAULTDICT) { if (I32[r + DICT.TABLE]) dictClear(r); return; }
  if (kind === Kind.LIST) { if (I32[r + LIST.ITEMS]) listClear(r); return; }
  if (kind === Kind.TUPLE) {
    const n = I32[r + TUPLE.SIZE];
    for (let i = 0; i < n; i++) { const v = I32[r + TUPLE_ITEMS + i]; if (v) { I32[r + TUPLE_ITEMS + i] = 0; decref(v); } }
    return;
  }
  const layout = ALL_LAYOUTS.find((l) => l.name === kindLayoutName(kind));
  if (layout) {
    for (const f of layout.refFields) { const v = I32[r + f]; if (v) { I32[r + f] = 0; decref(v); } }
  }
  if (I32[t + TYPEOBJ.TFLAGS] & 1) {
    const off = I32[t + TYPEOBJ.DICTOFFSET];
    if (off) { const d = I32[r + off]; if (d) { I32[r + off] = 0; decref(d); } }
  }
}
function kindLayoutName(k: Kind): string {
  switch (k) {
    case Kind.FUNCTION: return 'function';
    case Kind.CELL: return 'cell';
    case Kind.METHOD: return 'method';
    case Kind.EXCEPTION: return 'exception';
    case Kind.TRACEBACK: return 'traceback';
    case Kind.PROPERTY: case Kind.STATICMETHOD: case Kind.CLASSMETHOD: return 'descr';
    case Kind.GENERATOR: return 'generator';
    case Kind.MODULE: return 'module';
    case Kind.TYPE: return 'type';
    case Kind.SLICE: return 'slice';
    case Kind.RANGE: return 'range';
    case Kind.SUPER: return 'super';
    default: return k >= Kind.LIST_ITER && k <= Kind.SEQ_ITER ? 'iter' : '';
  }
}

/** checks the heap's invariants; returns a list of problems (empty when sound) */
export function checkHeap(): string[] {
  const problems: string[] = [];
  const free = new Set<number>();
  for (let c = 0; c < NCLASSES; c++) {
    // the shared lists, each thread's (--gil=off) and the overflow batches
    forEachFreeList(c, (head, where) => {
      let seen = 0;
      for (let r = head; r !== 0; r = I32[r + RC]) {
        if (free.has(r)) { problems.push(`free block ${r} listed twice (${where})`); break; }
        if ((I32[r + FLAGS] & SIZECLASS_MASK) !== c) problems.push(`free block ${r} on list ${c} (${where}) has class ${I32[r + FLAGS] & SIZECLASS_MASK}`);
        if (I32[r + TYPE] !== BLOCK_FREE) problems.push(`block ${r} on free list ${c} (${where}) is not free`);
        // a lock-free reader holding a stale ref must read a free block as dead (alloc.ts, refcount.ts
        // tryIncrefShared): LOCK 0 and owner tag 0
        if (I32[r + LOCK] !== 0 || (I32[r + FLAGS] >>> F_OWNER_SHIFT) !== 0) {
          problems.push(`free block ${r} (${where}) has LOCK ${I32[r + LOCK]}, owner tag ${I32[r + FLAGS] >>> F_OWNER_SHIFT}`);
        }
        free.add(r);
        if (++seen > 1e8) { problems.push(`free list ${c} (${where}) loops`); break; }
      }
    });
  }
  try {
    walkHeap((r) => {
      const t = I32[r + TYPE];
      if (t === BLOCK_FREE) { if (!free.has(r)) problems.push(`free block ${r} not on a free list`); return; }
      if (t === BLOCK_RAW) return;
      if (I32[t + TYPE] !== T_TYPE && I32[I32[t + TYPE] + TYPE] !== T_TYPE) problems.push(`block ${r}: type ${t} is not a type object`);
      if (I32[r + RC] >= 0 && refTotal(r) <= 0) problems.push(`live block ${r} has refcount ${refTotal(r)}`);
    });
  } catch (e) {
    problems.push((e as Error).message);
  }
  return problems;
}
