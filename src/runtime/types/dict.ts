/**
 * @fileoverview The dict type (also the base of defaultdict, Counter and user subclasses: every function here
 * works on any object with the DICT layout prefix) and its views dict_keys / dict_values / dict_items.
 * Loops that may run Python code (__eq__, __hash__, __repr__) re-read the entry table at each step.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  TYPE, TYPEOBJ, DICT, VIEW, Kind, T_DICT, T_TUPLE, T_BUILTIN, T_CLASSMETHOD, NONE, NOTIMPLEMENTED, typeRef,
  TUPLE, TUPLE_ITEMS, T_LIST,
} from '../layout.js';
import { incref, decref, registerDealloc, layoutDealloc } from '../refcount.js';
import { raise, raiseExc, Exc, PyRaise } from '../errors.js';
import {
  dictKeyHash, newDict, dictLookup, dictSetHashed, dictSet, dictPop, dictNextEntry, dictEntryKey, dictEntryValue,
  dictEntryHash, dictClear, dictCopy,
} from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { tupleOf, tupleSteal } from '../objects/tuple.js';
import { newList, listAppend } from '../objects/list.js';
import { newExceptionArgs } from '../objects/exception.js';
import { strToJs } from '../objects/str.js';
import {
  reprJs, reprGuard, richCompareBool, CMP_EQ, CMP_NE, bool, getIter, iterNext, iterToArray,
  getAttrSoft, getItem, setItem, callN, callDunder, isHeapType, typeNameOf, lenOf, getAttr,
} from '../abstract.js';
import { Slots, SeqOps } from '../slots.js';
import { defBuiltin, argc, kwCount, noKw } from '../builtinfn.js';
import { typeName, typeLookup, isSubtype } from '../typeobj.js';
import { newIter, newDictIter } from './core.js';
import { ownerOf, tmpOwner, wrapLater } from './tuple.js';
import { N } from '../names.js';
import {
  isAnySet, setFromIterable, setUpdate, setIntersection, setDifferenceUpdate, setSymmetricDifferenceUpdate,
  isDisjoint,
} from './set.js';
import { T_SET } from '../layout.js';
import { listToArray } from '../objects/list.js';
import { FT } from '../threadid.js';
import { lockObj, unlockObj, locked1, locked2, lockedPair, lockedMethod } from '../objlock.js';

const OP_AND = 1, OP_OR = 7, OP_SUB = 10, OP_XOR = 12;

export function isDict(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_DICT || isSubtype(t, T_DICT);
}
function used(d: Ref): number { return I32[d + DICT.USED]; }

function keyError(key: Ref): never {
  raiseExc(newExceptionArgs(Exc.KeyError, tupleOf([key])));
}

/** d[key] with __missing__ for subclasses; new ref */
export function dictGetItem(d: Ref, key: Ref): Ref {
  if (FT) {
    const v = lockedGetItem(d, key);
    if (v !== 0) return v;
    return dictMissing(d, key);
  }
  const h = dictKeyHash(key);
  const ix = dictLookup(d, key, h);
  if (ix >= 0) { const v = dictEntryValue(d, ix); incref(v); return v; }
  return dictMissing(d, key);
}
function dictMissing(d: Ref, key: Ref): Ref {
  const t = I32[d + TYPE];
  if (t !== T_DICT) {
    const f = typeLookup(t, N.__missing__);
    if (f !== 0) return callDunder(f, d, key);
  }
  return keyError(key);
}
const lockedGetItem = locked2((d: Ref, key: Ref) => {
  const h = dictKeyHash(key);
  const ix = dictLookup(d, key, h);
  if (ix >= 0) { const v = dictEntryValue(d, ix); incref(v); return v; }
  return 0;
});

/** the (key, value) items of a dict with references taken, for loops that may run Python code */
function entriesOwned(d: Ref): [number, number][] {
  const out: [number, number][] = [];
  if (FT) lockObj(d);
  try {
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
    const k = dictEntryKey(d, ix), v = dictEntryValue(d, ix);
    incref(k); incref(v);
    out.push([k, v]);
    }
  } finally {
    if (FT) unlockObj(d);
  }
  return out;
}
function dropEntries(e: [number, number][]): void {
  for (const [k, v] of e) { decref(k); decref(v); }
}

/** d.update(src) for a mapping (has keys()) or an iterable of pairs */
export function dictUpdateFrom(d: Ref, src: Ref): void {
  if (isDict(src) && userOverride(src, N.keys) === 0 && userOverride(src, N.__iter__) === 0) {
    const e = entriesOwned(src);
    try { for (let i = 0; i < e.length; i++) dictSet(d, e[i][0], e[i][1]); } finally { dropEntries(e); }
    return;
  }
  const keysM = getAttrSoft(src, N.keys);
  if (keysM !== 0) {
    let keys: number[];
    try {
      const kr = callN(keysM, []);
      try { keys = iterToArray(kr); } finally { decref(kr); }
    } finally { decref(keysM); }
    try {
      for (const k of keys) {
        const v = getItem(src, k);
        try { dictSet(d, k, v); } finally { decref(v); }
      }
    } finally { for (const k of keys) decref(k); }
    return;
  }
  dictMergePairs(d, src);
}
function userOverride(r: Ref, name: Ref): Ref {
  const t = I32[r + TYPE];
  if (!isHeapType(t)) return 0;
  const f = typeLookup(t, name);
  return f !== 0 && I32[f + TYPE] !== T_BUILTIN ? f : 0;
}

function dictMergePairs(d: Ref, src: Ref): void {
  const it = getIter(src);
  try {
    let i = 0;
    for (let elem = iterNext(it); elem !== 0; elem = iterNext(it), i++) {
      let pair: number[];
      try {
        const et = I32[elem + TYPE];
        if (et === T_TUPLE || et === T_LIST) {
          pair = et === T_TUPLE ? tupleBorrow(elem) : listBorrow(elem);
          for (const x of pair) incref(x);
        } else {
          try { pair = iterToArray(elem); } catch (e) {
            if (e instanceof PyRaise && I32[e.exc + TYPE] === Exc.TypeError && !hasIter(elem)) {
              decref(e.exc);
              raise(Exc.TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
            }
            throw e;
          }
        }
      } finally { decref(elem); }
      try {
        if (pair.length !== 2) raise(Exc.ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        dictSet(d, pair[0], pair[1]);
      } finally { for (const x of pair) decref(x); }
    }
  } finally { decref(it); }
}
function hasIter(r: Ref): boolean {
  const t = I32[r + TYPE];
  return Slots.iter[I32[t + TYPEOBJ.KIND]] !== undefined || typeLookup(t, N.__iter__) !== 0 || typeLookup(t, N.__getitem__) !== 0;
}
function tupleBorrow(t: Ref): number[] {
  const n = I32[t + TUPLE.SIZE];
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(I32[t + TUPLE_ITEMS + i]);
  return out;
}
function listBorrow(l: Ref): number[] { return listToArray(l); }

/** the positional argument and keywords of dict(...) / d.update(...) */
function updateArgs(d: Ref, a: number, n: number, kw: Ref, fname: string): void {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos > 1) raise(Exc.TypeError, `${fname} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateFrom(d, I32[a]);
  for (let i = 0; i < nkw; i++) dictSet(d, I32[kw + TUPLE_ITEMS + i], I32[a + npos + i]);
}

// ------------------------------------------------------------------ slots
Slots.repr[Kind.DICT] = locked1((d) => {
  if (used(d) === 0) return '{}';
  // keyed -d: a subtype's repr (defaultdict) may guard d itself and then call this for the dict part
  return reprGuard(-d, () => {
    const parts: string[] = [];
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
      const k = dictEntryKey(d, ix), v = dictEntryValue(d, ix);
      incref(k); incref(v);
      try { parts.push(reprJs(k) + ': ' + reprJs(v)); } finally { decref(k); decref(v); }
    }
    return '{' + parts.join(', ') + '}';
  }, '{...}');
});
Slots.len[Kind.DICT] = used;
Slots.iter[Kind.DICT] = (d) => newDictIter(Kind.DICT_KEYITER, d);
Slots.contains[Kind.DICT] = (d, k) => (FT ? containsLocked(d, k) : dictLookup(d, k, dictKeyHash(k)) >= 0);
const containsLocked = locked2((d, k: Ref) => dictLookup(d, k, dictKeyHash(k)) >= 0);
Slots.getitem[Kind.DICT] = dictGetItem;
Slots.setitem[Kind.DICT] = (d, k, v) => dictSet(d, k, v);
function dictDelItem(d: Ref, k: Ref): void {
  const v = dictPop(d, k);
  if (v === 0) keyError(k);
  decref(v);
}
Slots.delitem[Kind.DICT] = dictDelItem;

/** a == b for two dicts */
const dictEqual = lockedPair((a: Ref, b: Ref, _: 0) => {
  if (used(a) !== used(b)) return false;
  const e = entriesOwned(a);
  try {
    for (const [k, va] of e) {
      const ix = dictLookup(b, k, dictKeyHash(k));
      if (ix < 0) return false;
      const vb = dictEntryValue(b, ix);
      if (vb === va) continue;
      incref(vb);
      try { if (!richCompareBool(va, vb, CMP_EQ)) return false; } finally { decref(vb); }
    }
    return true;
  } finally { dropEntries(e); }
});
Slots.richcmp[Kind.DICT] = (a, b, op) => {
  if (!isDict(b) || (op !== CMP_EQ && op !== CMP_NE)) return NOTIMPLEMENTED;
  return bool(dictEqual(a, b, 0) === (op === CMP_EQ));
};

SeqOps.binary[Kind.DICT] = (a, b, op) => {
  if (op !== OP_OR || !isDict(a) || !isDict(b)) return NOTIMPLEMENTED;
  const r = dictCopy(a);
  try { dictUpdateFrom(r, b); } catch (e) { decref(r); throw e; }
  return r;
};
SeqOps.inplaceBinary[Kind.DICT] = (a, b, op) => {
  if (op !== OP_OR) return NOTIMPLEMENTED;
  dictUpdateFrom(a, b);
  incref(a);
  return a;
};

Slots.new[Kind.DICT] = (type, a, n, kw) => {
  const heap = isHeapType(type);
  const d = heap ? newDict(type, I32[type + TYPEOBJ.BASICSIZE]) : newDict();
  if (heap) incref(type);
  const init = heap ? typeLookup(type, N.__init__) : 0;
  if (init === 0 || I32[init + TYPE] === T_BUILTIN) {
    try { updateArgs(d, a, n, kw, 'dict'); } catch (e) { decref(d); throw e; }
  }
  return d;
};

// ------------------------------------------------------------------ views
function newView(kind: Kind, d: Ref): Ref {
  const v = allocBlock(typeRef(kind), VIEW.WORDS);
  incref(d);
  I32[v + VIEW.DICT] = d;
  return v;
}
const VIEW_KINDS = [Kind.DICT_KEYS, Kind.DICT_VALUES, Kind.DICT_ITEMS] as const;
const VIEW_ITER = { [Kind.DICT_KEYS]: Kind.DICT_KEYITER, [Kind.DICT_VALUES]: Kind.DICT_VALUEITER, [Kind.DICT_ITEMS]: Kind.DICT_ITEMITER } as Record<number, Kind>;
const VIEW_NAME = { [Kind.DICT_KEYS]: 'dict_keys', [Kind.DICT_VALUES]: 'dict_values', [Kind.DICT_ITEMS]: 'dict_items' } as Record<number, string>;

function viewKind(v: Ref): Kind { return I32[I32[v + TYPE] + TYPEOBJ.KIND]; }
function isSetLikeView(r: Ref): boolean { const k = viewKind(r); return k === Kind.DICT_KEYS || k === Kind.DICT_ITEMS; }

const itemsContains = locked2((d: Ref, item: Ref): boolean => {
  if (I32[item + TYPE] !== T_TUPLE && !isSubtype(I32[item + TYPE], T_TUPLE)) return false;
  if (I32[item + TUPLE.SIZE] !== 2) return false;
  const k = I32[item + TUPLE_ITEMS], v = I32[item + TUPLE_ITEMS + 1];
  const ix = dictLookup(d, k, dictKeyHash(k));
  if (ix < 0) return false;
  const dv = dictEntryValue(d, ix);
  if (dv === v) return true;
  incref(dv);
  try { return richCompareBool(dv, v, CMP_EQ); } finally { decref(dv); }
});

for (const k of VIEW_KINDS) {
  registerDealloc(k, layoutDealloc(VIEW));
  Slots.len[k] = (v) => used(I32[v + VIEW.DICT]);
  Slots.iter[k] = (v) => newDictIter(VIEW_ITER[k], I32[v + VIEW.DICT]);
  Slots.repr[k] = (v) => reprGuard(v, () => {
    const d = I32[v + VIEW.DICT];
    const parts: string[] = [];
    for (const [key, val] of entriesOwnedSafe(d)) {
      try {
        if (k === Kind.DICT_KEYS) parts.push(reprJs(key));
        else if (k === Kind.DICT_VALUES) parts.push(reprJs(val));
        else parts.push(`(${reprJs(key)}, ${reprJs(val)})`);
      } finally { decref(key); decref(val); }
    }
    return `${VIEW_NAME[k]}([${parts.join(', ')}])`;
  }, '...');
  Slots.contains[k] = (v, x) => lockedViewContains(I32[v + VIEW.DICT], x);
  const lockedViewContains = locked2((d: Ref, x: Ref) => {
    if (k === Kind.DICT_KEYS) return dictLookup(d, x, dictKeyHash(x)) >= 0;
    if (k === Kind.DICT_ITEMS) return itemsContains(d, x);
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
      const val = dictEntryValue(d, ix);
      if (val === x) return true;
      incref(val);
      try { if (richCompareBool(val, x, CMP_EQ)) return true; } finally { decref(val); }
    }
    return false;
  });
}
/** like entriesOwned, but the caller must decref each pair as it goes (so an exception leaks nothing) */
function* entriesOwnedSafe(d: Ref): Generator<[number, number]> {
  const e = entriesOwned(d);
  let i = 0;
  try {
    for (; i < e.length; i++) { const p = e[i]; e[i] = [0, 0]; yield p; }
  } finally {
    for (; i < e.length; i++) { if (e[i][0]) { decref(e[i][0]); decref(e[i][1]); } }
  }
}

for (const k of [Kind.DICT_KEYS, Kind.DICT_ITEMS]) {
  Slots.richcmp[k] = (a, b, op) => {
    if (!isAnySet(b) && !(isViewObj(b) && isSetLikeView(b))) return NOTIMPLEMENTED;
    const sa = setFromIterable(T_SET, a);
    const sb = isAnySet(b) ? (incref(b), b) : setFromIterable(T_SET, b);
    try { return Slots.richcmp[Kind.SET](sa, sb, op); } finally { decref(sa); decref(sb); }
  };
  SeqOps.binary[k] = (a, b, op) => {
    if (op !== OP_AND && op !== OP_OR && op !== OP_SUB && op !== OP_XOR) return NOTIMPLEMENTED;
    const s = setFromIterable(T_SET, a);
    try {
      switch (op) {
        case OP_OR: setUpdate(s, b); return (incref(s), s);
        case OP_SUB: setDifferenceUpdate(s, b); return (incref(s), s);
        case OP_XOR: setSymmetricDifferenceUpdate(s, b); return (incref(s), s);
        default: return setIntersection(s, b);
      }
    } finally { decref(s); }
  };
}
function isViewObj(r: Ref): boolean {
  const k = viewKind(r);
  return k === Kind.DICT_KEYS || k === Kind.DICT_VALUES || k === Kind.DICT_ITEMS;
}
for (const k of VIEW_KINDS) {
  const T = typeRef(k);
  defBuiltin(ownerOf(T), '__reversed__', (a, n, kw) => {
    argc('__reversed__', n - 1, kw, 0, 0);
    return reversedSnapshot(I32[I32[a] + VIEW.DICT], k === Kind.DICT_KEYS ? 0 : k === Kind.DICT_VALUES ? 1 : 2);
  }, VIEW_NAME[k]);
  if (k !== Kind.DICT_VALUES) {
    defBuiltin(ownerOf(T), 'isdisjoint', (a, n, kw) => {
      argc('isdisjoint', n - 1, kw, 1, 1);
      const s = setFromIterable(T_SET, I32[a]);
      try { return bool(isDisjoint(s, I32[a + 1])); } finally { decref(s); }
    }, VIEW_NAME[k]);
  }
  defBuiltin(ownerOf(T), '__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newInt(used(I32[I32[a] + VIEW.DICT])); }, VIEW_NAME[k]);
  defBuiltin(ownerOf(T), '__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return Slots.iter[k](I32[a]); }, VIEW_NAME[k]);
}

/** an iterator over a snapshot of the keys (0), values (1) or items (2) in reverse order */
const reversedSnapshot = locked2((d: Ref, what: 0 | 1 | 2): Ref => {
  const l = newList(0);
  const e: number[] = [];
  for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) e.push(ix);
  for (let i = e.length - 1; i >= 0; i--) {
    const k = dictEntryKey(d, e[i]), v = dictEntryValue(d, e[i]);
    if (what === 0) listAppend(l, k);
    else if (what === 1) listAppend(l, v);
    else { const t = tupleOf([k, v]); listAppend(l, t); decref(t); }
  }
  const it = newIter(Kind.LIST_ITER, l);
  decref(l);
  return it;
});

// ------------------------------------------------------------------ methods
const DD = ownerOf(T_DICT);
// under --gil=off every method runs in a critical section on the dict
const M = (name: string, f: (a: number, n: number, kw: Ref) => Ref) => defBuiltin(DD, name, lockedMethod(f), 'dict');

defBuiltin(tmpOwner(), 'fromkeys', (a, n, kw) => {
  noKw('fromkeys', kw);
  if (n < 2) raise(Exc.TypeError, `fromkeys expected at least 1 argument, got ${n - 1}`);
  if (n > 3) raise(Exc.TypeError, `fromkeys expected at most 2 arguments, got ${n - 1}`);
  const cls = I32[a], it = I32[a + 1], value = n === 3 ? I32[a + 2] : NONE;
  const d = callN(cls, []);
  try {
    const keys = iterToArray(it);
    try {
      if (I32[d + TYPE] === T_DICT) for (const k of keys) dictSet(d, k, value);
      else for (const k of keys) setItem(d, k, value);
    } finally { for (const k of keys) decref(k); }
  } catch (e) { decref(d); throw e; }
  return d;
}, 'dict');
wrapLater(T_DICT, 'fromkeys', T_CLASSMETHOD);

M('get', (a, n, kw) => {
  noKw('get', kw);
  if (n < 2) raise(Exc.TypeError, `get expected at least 1 argument, got ${n - 1}`);
  if (n > 3) raise(Exc.TypeError, `get expected at most 2 arguments, got ${n - 1}`);
  const d = I32[a], k = I32[a + 1];
  const ix = dictLookup(d, k, dictKeyHash(k));
  const v = ix >= 0 ? dictEntryValue(d, ix) : n === 3 ? I32[a + 2] : NONE;
  incref(v);
  return v;
});
M('setdefault', (a, n, kw) => {
  noKw('setdefault', kw);
  if (n < 2) raise(Exc.TypeError, `setdefault expected at least 1 argument, got ${n - 1}`);
  if (n > 3) raise(Exc.TypeError, `setdefault expected at most 2 arguments, got ${n - 1}`);
  const d = I32[a], k = I32[a + 1];
  const h = dictKeyHash(k);
  const ix = dictLookup(d, k, h);
  if (ix >= 0) { const v = dictEntryValue(d, ix); incref(v); return v; }
  const v = n === 3 ? I32[a + 2] : NONE;
  dictSetHashed(d, k, h, v);
  incref(v);
  return v;
});
M('pop', (a, n, kw) => {
  noKw('pop', kw);
  if (n < 2) raise(Exc.TypeError, `pop expected at least 1 argument, got ${n - 1}`);
  if (n > 3) raise(Exc.TypeError, `pop expected at most 2 arguments, got ${n - 1}`);
  const d = I32[a], k = I32[a + 1];
  const v = dictPop(d, k);
  if (v !== 0) return v;
  if (n === 3) { incref(I32[a + 2]); return I32[a + 2]; }
  return keyError(k);
});
M('popitem', (a, n, kw) => {
  argc('popitem', n - 1, kw, 0, 0);
  const d = I32[a];
  if (used(d) === 0) raise(Exc.KeyError, 'popitem(): dictionary is empty');
  let ix = I32[d + DICT.NENTRIES] - 1;
  while (ix >= 0 && dictEntryKey(d, ix) === 0) ix--;
  const k = dictEntryKey(d, ix);
  incref(k);
  const v = dictPop(d, k, dictEntryHash(d, ix));
  // trim the deleted tail so that a popitem loop stays O(n)
  while (I32[d + DICT.NENTRIES] > 0 && dictEntryKey(d, I32[d + DICT.NENTRIES] - 1) === 0) I32[d + DICT.NENTRIES]--;
  return tupleSteal([k, v]);
});
M('update', (a, n, kw) => {
  updateArgs(I32[a], a + 1, n - 1, kw, 'update');
  return NONE;
});
M('keys', (a, n, kw) => { argc('dict.keys', n - 1, kw, 0, 0); return newView(Kind.DICT_KEYS, I32[a]); });
M('values', (a, n, kw) => { argc('dict.values', n - 1, kw, 0, 0); return newView(Kind.DICT_VALUES, I32[a]); });
M('items', (a, n, kw) => { argc('dict.items', n - 1, kw, 0, 0); return newView(Kind.DICT_ITEMS, I32[a]); });
M('copy', (a, n, kw) => { argc('dict.copy', n - 1, kw, 0, 0); return dictCopy(I32[a]); });
M('clear', (a, n, kw) => { argc('dict.clear', n - 1, kw, 0, 0); dictClear(I32[a]); return NONE; });
M('__init__', (a, n, kw) => { updateArgs(I32[a], a + 1, n - 1, kw, 'dict'); return NONE; });
M('__getitem__', (a, n, kw) => { argc('__getitem__', n - 1, kw, 1, 1); return dictGetItem(I32[a], I32[a + 1]); });
M('__setitem__', (a, n, kw) => { argc('__setitem__', n - 1, kw, 2, 2); dictSet(I32[a], I32[a + 1], I32[a + 2]); return NONE; });
M('__delitem__', (a, n, kw) => { argc('__delitem__', n - 1, kw, 1, 1); dictDelItem(I32[a], I32[a + 1]); return NONE; });
M('__contains__', (a, n, kw) => { argc('__contains__', n - 1, kw, 1, 1); const k = I32[a + 1]; return bool(dictLookup(I32[a], k, dictKeyHash(k)) >= 0); });
M('__len__', (a, n, kw) => { argc('__len__', n - 1, kw, 0, 0); return newInt(used(I32[a])); });
M('__iter__', (a, n, kw) => { argc('__iter__', n - 1, kw, 0, 0); return newDictIter(Kind.DICT_KEYITER, I32[a]); });
M('__reversed__', (a, n, kw) => { argc('__reversed__', n - 1, kw, 0, 0); return reversedSnapshot(I32[a], 0); });
M('__or__', (a, n, kw) => { argc('__or__', n - 1, kw, 1, 1); return SeqOps.binary[Kind.DICT](I32[a], I32[a + 1], OP_OR); });
M('__ior__', (a, n, kw) => { argc('__ior__', n - 1, kw, 1, 1); return SeqOps.inplaceBinary[Kind.DICT](I32[a], I32[a + 1], OP_OR); });
M('__eq__', (a, n, kw) => { argc('__eq__', n - 1, kw, 1, 1); return Slots.richcmp[Kind.DICT](I32[a], I32[a + 1], CMP_EQ); });
