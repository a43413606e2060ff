/**
 * @fileoverview The collections module: deque (Kind.DEQUE, a ring buffer of refs in a raw block) and
 * defaultdict (Kind.DEFAULTDICT: the dict layout plus one word for default_factory) are native; Counter,
 * OrderedDict and namedtuple are Python source (py/collections_py.ts) run in the module's namespace.
 */
import { FT } from '../threadid.js';
import { lockObj, unlockObj, locked1, locked2, locked3, lockedPair, lockedMethod } from '../objlock.js';
import { I32, F64, type Ref } from '../heap.js';
import { allocBlock, allocRaw, freeBlock } from '../alloc.js';
import {
  DEQUE, DICT, ITER, TYPE, HDR, Kind, typeRef, NONE, TRUE, FALSE, NOTIMPLEMENTED, TYPEOBJ, TF_HEAPTYPE, T_DICT,
  T_BUILTIN, T_INT, T_BOOL,
} from '../layout.js';
import { raise, raiseExc, Exc } from '../errors.js';
import { intern, newStr } from '../objects/str.js';
import { dictSet, dictGet, newDict, dictKeyHash, dictLookup, dictEntryValue } from '../objects/dict.js';
import { newInt, intToBig } from '../objects/int.js';
import { newList, listAppend } from '../objects/list.js';
import { tupleOf } from '../objects/tuple.js';
import { newExceptionArgs } from '../objects/exception.js';
import { defBuiltin, argc, bindArgs, typeDict, installModuleBuiltins, kwCount } from '../builtinfn.js';
import { registerModule, compileSource, compileOrRaise, execCode } from '../../vm/import.js';
import {
  Slots, getIter, iterNext, richCompare, richCompareBool, CMP_EQ, reprJs, reprGuard, callN, call, getAttr,
  isInstance, typeNameOf, isTrue,
} from '../abstract.js';
import { typeLookup, typeName } from '../typeobj.js';
import { registerDealloc, incref, decref } from '../refcount.js';
import { swapAfterReaders } from '../qsbr.js';
import { newIter, exhaust } from '../types/core.js';
import { N } from '../names.js';
import { argIndex } from './math.js';
import { SeqOps } from '../slots.js';
import { OP_ADD } from '../ops/number.js';
import { COLLECTIONS_PY } from './py/collections_py.js';
import { dictDealloc as dictDeallocOf } from '../objects/dict.js';
import { strToJs as strJs } from '../objects/str.js';

export const T_DEQUE = typeRef(Kind.DEQUE);
export const T_DEFAULTDICT = typeRef(Kind.DEFAULTDICT);

// ------------------------------------------------------------------ deque storage
function cap(d: Ref): number { return I32[d + DEQUE.CAP]; }
function size(d: Ref): number { return I32[d + DEQUE.SIZE]; }
function slot(d: Ref, i: number): number {
  return I32[d + DEQUE.ITEMS] + HDR + ((I32[d + DEQUE.HEAD] + i) & (cap(d) - 1));
}
/** borrowed item i (0 <= i < size) */
function item(d: Ref, i: number): Ref { return I32[slot(d, i)]; }
function maxlen(d: Ref): number { return I32[d + DEQUE.MAXLEN]; }

function initDeque(d: Ref): void {
  I32[d + DEQUE.SIZE] = 0;
  I32[d + DEQUE.CAP] = 8;
  I32[d + DEQUE.HEAD] = 0;
  I32[d + DEQUE.ITEMS] = allocRaw(8);
  I32[d + DEQUE.MAXLEN] = -1;
}

function grow(d: Ref): void {
  const c = cap(d), n = size(d);
  if (n < c) return;
  const nc = c * 2;
  const nb = allocRaw(nc);
  for (let i = 0; i < n; i++) I32[nb + HDR + i] = item(d, i);
  freeBlock(I32[d + DEQUE.ITEMS]);
  I32[d + DEQUE.ITEMS] = nb;
  I32[d + DEQUE.CAP] = nc;
  I32[d + DEQUE.HEAD] = 0;
}

/** removes and returns (owned) the last item; size must be > 0 */
function takeBack(d: Ref): Ref {
  const n = size(d) - 1;
  const v = item(d, n);
  I32[d + DEQUE.SIZE] = n;
  return v;
}
function takeFront(d: Ref): Ref {
  const v = item(d, 0);
  I32[d + DEQUE.HEAD] = (I32[d + DEQUE.HEAD] + 1) & (cap(d) - 1);
  I32[d + DEQUE.SIZE] = size(d) - 1;
  return v;
}
/** appends v (steals the reference), dropping from the front at maxlen */
function pushBack(d: Ref, v: Ref): void {
  const ml = maxlen(d);
  if (ml === 0) { decref(v); return; }
  grow(d);
  I32[slot(d, size(d))] = v;
  I32[d + DEQUE.SIZE] = size(d) + 1;
  if (ml > 0 && size(d) > ml) decref(takeFront(d));
}
function pushFront(d: Ref, v: Ref): void {
  const ml = maxlen(d);
  if (ml === 0) { decref(v); return; }
  grow(d);
  I32[d + DEQUE.HEAD] = (I32[d + DEQUE.HEAD] - 1) & (cap(d) - 1);
  I32[slot(d, 0)] = v;
  I32[d + DEQUE.SIZE] = size(d) + 1;
  if (ml > 0 && size(d) > ml) decref(takeBack(d));
}
function clearDeque(d: Ref): void {
  while (size(d) > 0) decref(takeBack(d));
  I32[d + DEQUE.HEAD] = 0;
}
function snapshot(d: Ref): number[] {
  const out: number[] = [];
  for (let i = 0; i < size(d); i++) out.push(item(d, i));
  return out;
}

registerDealloc(Kind.DEQUE, (d) => {
  const items = snapshot(d);
  I32[d + DEQUE.SIZE] = 0;
  for (const v of items) decref(v);
  const b = I32[d + DEQUE.ITEMS];
  if (b !== 0) { I32[d + DEQUE.ITEMS] = 0; freeBlock(b); }
  const dd = I32[d + DEQUE.DICT];
  if (dd !== 0) { I32[d + DEQUE.DICT] = 0; decref(dd); }
});

function allocDeque(t: Ref): Ref {
  const sz = I32[t + TYPEOBJ.BASICSIZE];
  const d = allocBlock(t, sz);
  for (let i = HDR; i < sz; i++) I32[d + i] = 0;
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) incref(t);
  initDeque(d);
  return d;
}

function extendBack(d: Ref, iterable: Ref): void {
  if (iterable === d) { for (const v of snapshot(d)) { incref(v); pushBack(d, v); } return; }
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) pushBack(d, v);
  } finally { decref(it); }
}
function extendFront(d: Ref, iterable: Ref): void {
  if (iterable === d) { for (const v of snapshot(d)) { incref(v); pushFront(d, v); } return; }
  const it = getIter(iterable);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) pushFront(d, v);
  } finally { decref(it); }
}

function dequeInit(d: Ref, a: number, n: number, kw: Ref): void {
  const [iterable, ml] = bindArgs('deque', a, n, kw, ['iterable', 'maxlen']);
  let m = -1;
  if (ml !== 0 && ml !== NONE) {
    const b = argIndex(ml);
    if (b < 0n) raise(Exc.ValueError, 'maxlen must be non-negative');
    m = Number(b > 0x7fffffffn ? 0x7fffffffn : b);
  }
  clearDeque(d);
  I32[d + DEQUE.MAXLEN] = m;
  if (iterable !== 0) extendBack(d, iterable);
}

Slots.new[Kind.DEQUE] = (t, a, n, kw) => {
  const d = allocDeque(t);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const init = typeLookup(t, N.__init__);
    if (init !== 0 && I32[init + TYPE] !== T_BUILTIN) return d;
  }
  try { dequeInit(d, a, n, kw); } catch (e) { decref(d); throw e; }
  return d;
};

Slots.len[Kind.DEQUE] = size;
Slots.bool[Kind.DEQUE] = (d) => size(d) > 0;
Slots.repr[Kind.DEQUE] = locked1((d) => {
  const name = typeName(I32[d + TYPE]);
  return reprGuard(d, () => {
    const parts = snapshot(d);
    for (const v of parts) incref(v);
    let body: string;
    try { body = parts.map((v) => reprJs(v)).join(', '); } finally { for (const v of parts) decref(v); }
    return maxlen(d) >= 0 ? `${name}([${body}], maxlen=${maxlen(d)})` : `${name}([${body}])`;
  }, '[...]');
});

function normIndex(d: Ref, k: Ref, msg = 'deque index out of range'): number {
  const t = I32[k + TYPE];
  if (t !== T_INT && t !== T_BOOL && !isInstance(k, T_INT)) {
    raise(Exc.TypeError, `sequence index must be integer, not '${typeNameOf(k)}'`);
  }
  let i = Number(intToBig(k));
  if (i < 0) i += size(d);
  if (i < 0 || i >= size(d)) raise(Exc.IndexError, msg);
  return i;
}
Slots.getitem[Kind.DEQUE] = locked2((d, k: Ref) => {
  const v = item(d, normIndex(d, k));
  incref(v);
  return v;
});
Slots.setitem[Kind.DEQUE] = locked3((d, k: Ref, v: Ref) => {
  const i = normIndex(d, k, 'deque index out of range');
  const s = slot(d, i);
  const old = I32[s];
  incref(v);
  I32[s] = v;
  decref(old);
});
function delAt(d: Ref, i: number): Ref {
  // rotate item i to the front, pop it, rotate back
  const items = snapshot(d);
  const v = items[i];
  I32[d + DEQUE.SIZE] = 0;
  I32[d + DEQUE.HEAD] = 0;
  const ml = I32[d + DEQUE.MAXLEN];
  I32[d + DEQUE.MAXLEN] = -1;
  for (let j = 0; j < items.length; j++) if (j !== i) pushBack(d, items[j]);
  I32[d + DEQUE.MAXLEN] = ml;
  return v;
}
Slots.delitem[Kind.DEQUE] = locked2((d, k: Ref) => {
  decref(delAt(d, normIndex(d, k)));
});
Slots.contains[Kind.DEQUE] = locked2((d, v: Ref) => {
  const n = size(d);
  for (let i = 0; i < n && i < size(d); i++) {
    const x = item(d, i);
    incref(x);
    try {
      if (x === v || richCompareBool(x, v, CMP_EQ)) return true;
    } finally { decref(x); }
    if (size(d) !== n) raise(Exc.RuntimeError, 'deque mutated during iteration');
  }
  return false;
});
/** both deques' items with references taken (inside a critical section on both under --gil=off) */
const snapshotPair = lockedPair((a: Ref, b: Ref, _: 0): [number[], number[]] => {
  const x = snapshot(a), y = snapshot(b);
  for (const v of x) incref(v);
  for (const v of y) incref(v);
  return [x, y];
});
Slots.richcmp[Kind.DEQUE] = (a, b, op) => {
  if (!isInstance(b, T_DEQUE)) return NOTIMPLEMENTED;
  const [x, y] = snapshotPair(a, b, 0);
  try {
    const n = Math.min(x.length, y.length);
    let i = 0;
    for (; i < n; i++) {
      if (x[i] === y[i]) continue;
      if (!richCompareBool(x[i], y[i], CMP_EQ)) break;
    }
    if (i >= n) {
      const lx = x.length, ly = y.length;
      const r = [lx < ly, lx <= ly, lx === ly, lx !== ly, lx > ly, lx >= ly][op];
      return r ? TRUE : FALSE;
    }
    if (op === 2) return FALSE;
    if (op === 3) return TRUE;
    return richCompare(x[i], y[i], op);
  } finally {
    for (const v of x) decref(v);
    for (const v of y) decref(v);
  }
};

// iterator: ITER layout, SEQ = the deque, INDEX = position, N = size at creation
Slots.iter[Kind.DEQUE] = (d) => {
  const it = newIter(Kind.DEQUE_ITER, d);
  F64[(it + ITER.N) >> 1] = size(d);
  return it;
};
Slots.next[Kind.DEQUE_ITER] = (it) => {
  const d = I32[it + ITER.SEQ];
  if (d === 0) return 0;
  if (FT) {
    lockObj(d);
    try { return dequeIterStep(it, d); } finally { unlockObj(d); }
  }
  return dequeIterStep(it, d);
};
function dequeIterStep(it: Ref, d: Ref): Ref {
  if (size(d) !== F64[(it + ITER.N) >> 1]) {
    exhaust(it);
    raise(Exc.RuntimeError, 'deque mutated during iteration');
  }
  const i = F64[(it + ITER.INDEX) >> 1];
  if (i >= size(d)) return exhaust(it);
  F64[(it + ITER.INDEX) >> 1] = i + 1;
  const v = item(d, i);
  incref(v);
  return v;
}

const TD = typeDict(T_DEQUE);
const Q = 'deque';
// under --gil=off every method runs in a critical section on the deque
function meth(name: string, min: number, max: number, f: (d: Ref, a: number, n: number) => Ref): void {
  defBuiltin(TD, name, lockedMethod((a, n, kw) => {
    argc(name, n - 1, kw, min, max);
    return f(I32[a], a + 1, n - 1);
  }), Q);
}
defBuiltin(TD, '__init__', lockedMethod((a, n, kw) => {
  dequeInit(I32[a], a + 1, n - 1, kw);
  return NONE;
}), Q);
meth('append', 1, 1, (d, a) => { incref(I32[a]); pushBack(d, I32[a]); return NONE; });
meth('appendleft', 1, 1, (d, a) => { incref(I32[a]); pushFront(d, I32[a]); return NONE; });
meth('pop', 0, 0, (d) => {
  if (size(d) === 0) raise(Exc.IndexError, 'pop from an empty deque');
  return takeBack(d);
});
meth('popleft', 0, 0, (d) => {
  if (size(d) === 0) raise(Exc.IndexError, 'pop from an empty deque');
  return takeFront(d);
});
meth('extend', 1, 1, (d, a) => { extendBack(d, I32[a]); return NONE; });
meth('extendleft', 1, 1, (d, a) => { extendFront(d, I32[a]); return NONE; });
meth('clear', 0, 0, (d) => { clearDeque(d); return NONE; });
meth('rotate', 0, 1, (d, a, n) => {
  let k = n > 0 ? Number(argIndex(I32[a])) : 1;
  const len = size(d);
  if (len <= 1) return NONE;
  k %= len;
  if (k < 0) k += len;
  for (let i = 0; i < k; i++) {
    const v = takeBack(d);
    I32[d + DEQUE.HEAD] = (I32[d + DEQUE.HEAD] - 1) & (cap(d) - 1);
    I32[slot(d, 0)] = v;
    I32[d + DEQUE.SIZE] = size(d) + 1;
  }
  return NONE;
});
meth('reverse', 0, 0, (d) => {
  const items = snapshot(d);
  items.reverse();
  for (let i = 0; i < items.length; i++) I32[slot(d, i)] = items[i];
  return NONE;
});
meth('count', 1, 1, (d, a) => {
  const n0 = size(d);
  let c = 0;
  for (let i = 0; i < size(d); i++) {
    const x = item(d, i);
    incref(x);
    try { if (x === I32[a] || richCompareBool(x, I32[a], CMP_EQ)) c++; } finally { decref(x); }
    if (size(d) !== n0) raise(Exc.RuntimeError, 'deque mutated during iteration');
  }
  return newInt(c);
});
meth('index', 1, 3, (d, a, n) => {
  const len = size(d);
  let start = n > 1 ? Number(argIndex(I32[a + 1])) : 0;
  let stop = n > 2 ? Number(argIndex(I32[a + 2])) : len;
  if (start < 0) start = Math.max(0, start + len);
  if (stop < 0) stop = Math.max(0, stop + len);
  for (let i = start; i < Math.min(stop, size(d)); i++) {
    const x = item(d, i);
    incref(x);
    try { if (x === I32[a] || richCompareBool(x, I32[a], CMP_EQ)) return newInt(i); } finally { decref(x); }
    if (size(d) !== len) raise(Exc.RuntimeError, 'deque mutated during iteration');
  }
  raise(Exc.ValueError, `${reprJs(I32[a])} is not in deque`);
});
meth('remove', 1, 1, (d, a) => {
  const len = size(d);
  for (let i = 0; i < len; i++) {
    const x = item(d, i);
    incref(x);
    let eq: boolean;
    try { eq = x === I32[a] || richCompareBool(x, I32[a], CMP_EQ); } finally { decref(x); }
    if (size(d) !== len) raise(Exc.IndexError, 'deque mutated during remove().');
    if (eq) { decref(delAt(d, i)); return NONE; }
  }
  raise(Exc.ValueError, `${reprJs(I32[a])} is not in deque`);
});
meth('insert', 2, 2, (d, a) => {
  const len = size(d);
  if (maxlen(d) >= 0 && len >= maxlen(d)) raise(Exc.IndexError, 'deque already at its maximum size');
  let i = Number(argIndex(I32[a]));
  if (i < 0) i = Math.max(0, i + len);
  if (i > len) i = len;
  const items = snapshot(d);
  incref(I32[a + 1]);
  items.splice(i, 0, I32[a + 1]);
  I32[d + DEQUE.SIZE] = 0;
  I32[d + DEQUE.HEAD] = 0;
  for (const v of items) pushBack(d, v);
  return NONE;
});
function copyDeque(d: Ref): Ref {
  const t = I32[d + TYPE];
  if (t === T_DEQUE) {
    const c = allocDeque(T_DEQUE);
    I32[c + DEQUE.MAXLEN] = maxlen(d);
    for (const v of snapshot(d)) { incref(v); pushBack(c, v); }
    return c;
  }
  const ml = maxlen(d) >= 0 ? newInt(maxlen(d)) : NONE;
  try {
    const kw = tupleOf([intern('maxlen')]);
    try { return callN(t, [d, ml], kw); } finally { decref(kw); }
  } finally { decref(ml); }
}
meth('copy', 0, 0, (d) => copyDeque(d));
meth('__copy__', 0, 0, (d) => copyDeque(d));
meth('__reversed__', 0, 0, (d) => {
  const l = newList(0);
  for (let i = size(d) - 1; i >= 0; i--) listAppend(l, item(d, i));
  try { return getIter(l); } finally { decref(l); }
});
function inplaceRepeat(d: Ref, k: number): Ref {
  const items = snapshot(d);
  if (k <= 0) clearDeque(d);
  else {
    const ml = maxlen(d);
    // a bounded deque keeps only its last maxlen items: skip repeats that would be dropped anyway
    let reps = k - 1;
    if (ml >= 0 && items.length > 0) reps = Math.min(reps, Math.ceil(ml / items.length));
    for (let r = 0; r < reps; r++) for (const v of items) { incref(v); pushBack(d, v); }
  }
  incref(d);
  return d;
}
function repeatDeque(d: Ref, k: number): Ref {
  const c = copyDeque(d);
  try { decref(inplaceRepeat(c, k)); } catch (e) { decref(c); throw e; }
  return c;
}
function concatDeque(d: Ref, other: Ref): Ref {
  if (!isInstance(other, T_DEQUE)) raise(Exc.TypeError, `can only concatenate deque (not "${typeNameOf(other)}") to deque`);
  const c = copyDeque(d);
  try { extendBack(c, other); } catch (e) { decref(c); throw e; }
  return c;
}
meth('__iadd__', 1, 1, (d, a) => { extendBack(d, I32[a]); incref(d); return d; });
meth('__add__', 1, 1, (d, a) => concatDeque(d, I32[a]));
meth('__mul__', 1, 1, (d, a) => repeatDeque(d, Number(argIndex(I32[a]))));
meth('__rmul__', 1, 1, (d, a) => repeatDeque(d, Number(argIndex(I32[a]))));
meth('__imul__', 1, 1, (d, a) => inplaceRepeat(d, Number(argIndex(I32[a]))));
SeqOps.concat[Kind.DEQUE] = concatDeque;
SeqOps.inplaceConcat[Kind.DEQUE] = (d, b) => { extendBack(d, b); incref(d); return d; };
SeqOps.repeat[Kind.DEQUE] = repeatDeque;
SeqOps.inplaceRepeat[Kind.DEQUE] = inplaceRepeat;
SeqOps.binary[Kind.DEQUE] = (d, b, op) => {
  if (op === OP_ADD && !isInstance(b, T_DEQUE) && isInstance(d, T_DEQUE)) return concatDeque(d, b);
  return NOTIMPLEMENTED;
};
defBuiltin(TD, '__class_getitem__', (a, n, kw) => {
  void n; void kw;
  incref(I32[a]);
  return I32[a];
}, Q);

const A_MAXLEN = N.maxlen;
Slots.getattr[Kind.DEQUE] = (d, name) => {
  if (name === A_MAXLEN) return maxlen(d) >= 0 ? newInt(maxlen(d)) : NONE;
  return 0;
};

// ------------------------------------------------------------------ defaultdict
const FACTORY = DICT.WORDS;

function factoryOf(d: Ref): Ref {
  const f = I32[d + FACTORY];
  return f === 0 ? NONE : f;
}

Slots.new[Kind.DEFAULTDICT] = (t, a, n, kw) => {
  const d = newDict(t, I32[t + TYPEOBJ.BASICSIZE]);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    incref(t);
    const init = typeLookup(t, N.__init__);
    if (init !== 0 && I32[init + TYPE] !== T_BUILTIN) { I32[d + FACTORY] = NONE; return d; }
  }
  I32[d + FACTORY] = NONE;
  try { defaultdictInit(d, a, n, kw); } catch (e) { decref(d); throw e; }
  return d;
};

function defaultdictInit(d: Ref, a: number, n: number, kw: Ref): void {
  const npos = n - kwCount(kw);
  let f = NONE;
  if (npos > 0) {
    f = I32[a];
    if (f !== NONE && !isCallable(f)) raise(Exc.TypeError, 'first argument must be callable or None');
  }
  incref(f);
  const old = I32[d + FACTORY];
  I32[d + FACTORY] = f;
  if (old !== 0) decref(old);
  if (n - (npos > 0 ? 1 : 0) > 0) {
    const upd = getAttr(d, intern('update'));
    const args: number[] = [];
    for (let i = npos > 0 ? 1 : 0; i < n; i++) args.push(I32[a + i]);
    try { decref(callN(upd, args, kw)); } finally { decref(upd); }
  }
}
function isCallable(f: Ref): boolean {
  const t = I32[f + TYPE];
  const k = I32[t + TYPEOBJ.KIND];
  if (k === Kind.FUNCTION || k === Kind.BUILTIN || k === Kind.METHOD || k === Kind.TYPE) return true;
  if (Slots.call[k] !== undefined) return true;
  return typeLookup(t, N.__call__) !== 0;
}

registerDealloc(Kind.DEFAULTDICT, (d) => {
  const f = I32[d + FACTORY];
  if (f !== 0) { I32[d + FACTORY] = 0; decref(f); }
  dictDeallocOf(d);
});

const TDD = typeDict(T_DEFAULTDICT);
defBuiltin(TDD, '__init__', (a, n, kw) => {
  defaultdictInit(I32[a], a + 1, n - 1, kw);
  return NONE;
}, 'defaultdict');
defBuiltin(TDD, '__missing__', (a, n, kw) => {
  argc('__missing__', n - 1, kw, 1, 1);
  return missing(I32[a], I32[a + 1]);
}, 'defaultdict');
function missing(d: Ref, k: Ref): Ref {
  const f = factoryOf(d);
  if (f === NONE) raiseExc(newExceptionArgs(Exc.KeyError, tupleOf([k])));
  const v = callN(f, []);
  if (FT) return setDefaultFT(d, k, v);
  try { setItemDict(d, k, v); } catch (e) { decref(v); throw e; }
  return v;
}
/**
 * --gil=off: two threads missing the same key must agree on one value (else `dd[k].append(x)` loses items),
 * so the new value goes in only if the key is still absent, as CPython's PyDict_SetDefaultRef; takes v's
 * reference and returns a new one to the value in the dict
 */
function setDefaultFT(d: Ref, k: Ref, v: Ref): Ref {
  lockObj(d);
  try {
    const h = dictKeyHash(k);
    const ix = dictLookup(d, k, h);
    if (ix >= 0) {
      const w = dictEntryValue(d, ix);
      incref(w);
      decref(v);
      return w;
    }
    setItemDict(d, k, v);
    return v;
  } catch (e) {
    decref(v);
    throw e;
  } finally {
    unlockObj(d);
  }
}
function setItemDict(d: Ref, k: Ref, v: Ref): void {
  const f = Slots.setitem[Kind.DICT];
  if (f !== undefined) f(d, k, v); else dictSet(d, k, v);
}
function copyDD(d: Ref): Ref {
  const t = I32[d + TYPE];
  return callN(t, [factoryOf(d), d]);
}
defBuiltin(TDD, 'copy', (a, n, kw) => { argc('copy', n - 1, kw, 0, 0); return copyDD(I32[a]); }, 'defaultdict');
defBuiltin(TDD, '__copy__', (a, n, kw) => { argc('__copy__', n - 1, kw, 0, 0); return copyDD(I32[a]); }, 'defaultdict');

// the dict slots, looked up at call time (types/dict.ts may load after this file)
Slots.getitem[Kind.DEFAULTDICT] = (d, k) => {
  const v = dictGet(d, k);
  if (v !== 0) { incref(v); return v; }
  if (I32[I32[d + TYPE] + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const m = typeLookup(I32[d + TYPE], N.__missing__);
    if (m !== 0 && I32[m + TYPE] !== T_BUILTIN) return callN(m, [d, k]);
  }
  return missing(d, k);
};
Slots.repr[Kind.DEFAULTDICT] = (d) => reprGuard(d, () => {
  const f = factoryOf(d);
  const fr = f === NONE ? 'None' : reprGuard(f, () => reprJs(f), '...');
  const dr = Slots.repr[Kind.DICT] ? Slots.repr[Kind.DICT](d) : '{}';
  return `${typeName(I32[d + TYPE])}(${fr}, ${dr})`;
}, '...');
for (const k of ['iter', 'setitem', 'delitem', 'richcmp'] as const) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const table = Slots[k] as any[];
  if (table[Kind.DEFAULTDICT] === undefined) {
    table[Kind.DEFAULTDICT] = (...args: number[]) => {
      const f = table[Kind.DICT];
      if (f === undefined) raise(Exc.TypeError, `defaultdict: dict operation '${k}' not available`);
      return f(...args);
    };
  }
}
// bool and len must work even without types/dict.ts
Slots.len[Kind.DEFAULTDICT] = (d) => I32[d + DICT.USED];
Slots.bool[Kind.DEFAULTDICT] = (d) => I32[d + DICT.USED] > 0;
Slots.contains[Kind.DEFAULTDICT] = (d, k) => (Slots.contains[Kind.DICT] ? Slots.contains[Kind.DICT](d, k) : dictGet(d, k) !== 0);
Slots.getattr[Kind.DEFAULTDICT] = (d, name) => {
  if (name === N.default_factory) { const f = factoryOf(d); incref(f); return f; }
  const g = Slots.getattr[Kind.DICT];
  return g ? g(d, name) : 0;
};
Slots.setattr[Kind.DEFAULTDICT] = (d, name, v) => {
  if (name !== N.default_factory) return false;
  const nv = v === 0 ? NONE : v;
  incref(nv);
  swapAfterReaders(d + FACTORY, nv); // a missing key in another thread may be calling the old factory (--gil=off)
  return true;
};

// ------------------------------------------------------------------ helpers for the Python part
/** _exec(source, namespace): runs Python source in a dict (namedtuple builds its __new__ this way) */
defBuiltin('collections', '_exec', (a, n, kw) => {
  argc('_exec', n, kw, 2, 2);
  const code = compileOrRaise(strJs(I32[a]), '<namedtuple>');
  execCode(code, I32[a + 1], I32[a + 1]);
  return NONE;
});

registerModule('collections', (_m, d) => {
  I32[T_DEQUE + TYPEOBJ.MODULE] = intern('collections');
  I32[T_DEFAULTDICT + TYPEOBJ.MODULE] = intern('collections');
  dictSet(d, intern('deque'), T_DEQUE);
  dictSet(d, intern('defaultdict'), T_DEFAULTDICT);
  installModuleBuiltins('collections', d);
  execCode(compileSource(COLLECTIONS_PY, '<frozen collections>'), d, d);
});
