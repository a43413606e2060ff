/**
 * @fileoverview Type objects: the static builtin types (fixed addresses, layout.ts typeRef), classes made by
 * `class` statements (heap types), the MRO, and attribute lookup along it.
 * The MRO tuple stored in TYPEOBJ.MRO leaves out the type itself (so a class does not hold a counted
 * reference to itself); `__mro__` adds it back. Not here: instance attribute access (abstract.ts).
 */
import { I32, type Ref } from './heap.js';
import { allocBlock, sizeClass } from './alloc.js';
import {
  TYPE, RC, FLAGS, LOCK, TYPEOBJ, Kind, typeRef, T_TYPE, T_OBJECT, TYPE_SLOT_WORDS, IMMORTAL_RC,
  TF_BASETYPE, TF_HEAPTYPE, TF_EXCEPTION, TF_HAS_GETATTR, TF_HAS_SETATTR, TF_HAS_GETATTRIBUTE, TF_SLOTTED, TF_HAS_DEL,
  INSTANCE, EXC, HDR, EMPTY_TUPLE, TUPLE, TUPLE_ITEMS, DICT, LIST, DEQUE, NONE, T_STR, F_DICT_OF_TYPE, CTL_TYPE_EPOCH,
} from './layout.js';
import { incref, decref, makeImmortal } from './refcount.js';
import { FT } from './threadid.js';
import { intern, strToJs, strHash } from './objects/str.js';
import { newDict, dictGet, dictGetHashed, dictGetBorrowedFT, dictSet, dictNextEntry, dictEntryKey, dictEntryValue } from './objects/dict.js';
import { tupleOf } from './objects/tuple.js';
import { raise, Exc } from './errors.js';
import { registerDealloc } from './refcount.js';

interface StaticType { kind: Kind; name: string; base: Kind | null; basetype: boolean; size: number; dictoffset?: number }

/** the builtin types that have fixed addresses; `size` is the basic size of an instance in words */
export const STATIC_TYPES: StaticType[] = [
  { kind: Kind.OBJECT, name: 'object', base: null, basetype: true, size: HDR },
  { kind: Kind.TYPE, name: 'type', base: Kind.OBJECT, basetype: true, size: TYPEOBJ.WORDS },
  { kind: Kind.INT, name: 'int', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.BOOL, name: 'bool', base: Kind.INT, basetype: false, size: 6 },
  { kind: Kind.FLOAT, name: 'float', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.STR, name: 'str', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.BYTES, name: 'bytes', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.TUPLE, name: 'tuple', base: Kind.OBJECT, basetype: true, size: TUPLE_ITEMS },
  { kind: Kind.LIST, name: 'list', base: Kind.OBJECT, basetype: true, size: LIST.WORDS },
  { kind: Kind.DICT, name: 'dict', base: Kind.OBJECT, basetype: true, size: DICT.WORDS },
  { kind: Kind.SET, name: 'set', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.FROZENSET, name: 'frozenset', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.RANGE, name: 'range', base: Kind.OBJECT, basetype: false, size: 8 },
  { kind: Kind.SLICE, name: 'slice', base: Kind.OBJECT, basetype: false, size: 8 },
  { kind: Kind.NONE, name: 'NoneType', base: Kind.OBJECT, basetype: false, size: HDR },
  { kind: Kind.ELLIPSIS, name: 'ellipsis', base: Kind.OBJECT, basetype: false, size: HDR },
  { kind: Kind.NOTIMPL, name: 'NotImplementedType', base: Kind.OBJECT, basetype: false, size: HDR },
  { kind: Kind.FUNCTION, name: 'function', base: Kind.OBJECT, basetype: false, size: 16 },
  { kind: Kind.BUILTIN, name: 'builtin_function_or_method', base: Kind.OBJECT, basetype: false, size: 8 },
  { kind: Kind.METHOD, name: 'method', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.CODE, name: 'code', base: Kind.OBJECT, basetype: false, size: 28 },
  { kind: Kind.CELL, name: 'cell', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.MODULE, name: 'module', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.GENERATOR, name: 'generator', base: Kind.OBJECT, basetype: false, size: 8 },
  { kind: Kind.FRAME, name: 'frame', base: Kind.OBJECT, basetype: false, size: 16 },
  { kind: Kind.TRACEBACK, name: 'traceback', base: Kind.OBJECT, basetype: false, size: 8 },
  { kind: Kind.PROPERTY, name: 'property', base: Kind.OBJECT, basetype: true, size: 8 },
  { kind: Kind.STATICMETHOD, name: 'staticmethod', base: Kind.OBJECT, basetype: true, size: 8 },
  { kind: Kind.CLASSMETHOD, name: 'classmethod', base: Kind.OBJECT, basetype: true, size: 8 },
  { kind: Kind.SUPER, name: 'super', base: Kind.OBJECT, basetype: true, size: 8 },
  { kind: Kind.EXCEPTION, name: 'BaseException', base: Kind.OBJECT, basetype: true, size: EXC.WORDS, dictoffset: EXC.DICT },
  { kind: Kind.LIST_ITER, name: 'list_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.TUPLE_ITER, name: 'tuple_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.STR_ITER, name: 'str_ascii_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.RANGE_ITER, name: 'range_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.DICT_KEYITER, name: 'dict_keyiterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.DICT_VALUEITER, name: 'dict_valueiterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.DICT_ITEMITER, name: 'dict_itemiterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.SET_ITER, name: 'set_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.BYTES_ITER, name: 'bytes_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.REVERSED, name: 'reversed', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.ENUMERATE, name: 'enumerate', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.ZIP, name: 'zip', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.MAP, name: 'map', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.FILTER, name: 'filter', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.CALLABLE_ITER, name: 'callable_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.SEQ_ITER, name: 'iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.DICT_KEYS, name: 'dict_keys', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.DICT_VALUES, name: 'dict_values', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.DICT_ITEMS, name: 'dict_items', base: Kind.OBJECT, basetype: false, size: 6 },
  { kind: Kind.DEQUE, name: 'deque', base: Kind.OBJECT, basetype: true, size: DEQUE.WORDS, dictoffset: DEQUE.DICT },
  { kind: Kind.DEQUE_ITER, name: '_collections._deque_iterator', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.DEFAULTDICT, name: 'defaultdict', base: Kind.DICT, basetype: true, size: DICT.WORDS + 1 },
  { kind: Kind.FILE, name: '_io.TextIOWrapper', base: Kind.OBJECT, basetype: false, size: 10 },
  { kind: Kind.RANDOM, name: 'Random', base: Kind.OBJECT, basetype: true, size: 6 },
  { kind: Kind.COUNT, name: 'itertools.count', base: Kind.OBJECT, basetype: false, size: 12 },
  { kind: Kind.THREAD_LOCK, name: '_thread.lock', base: Kind.OBJECT, basetype: false, size: 6 },
];

function writeTypeHeader(t: Ref): void {
  I32[t + TYPE] = T_TYPE;
  I32[t + RC] = IMMORTAL_RC;
  I32[t + FLAGS] = sizeClass(TYPE_SLOT_WORDS);
  I32[t + LOCK] = 0;
}

/** Fills the static type objects (only in the thread that creates the heap). */
export function initStaticTypes(): void {
  for (const st of STATIC_TYPES) writeTypeHeader(typeRef(st.kind));
  for (const st of STATIC_TYPES) {
    const t = typeRef(st.kind);
    const dict = newDict();
    makeImmortal(dict);
    const name = st.name.includes('.') ? st.name.slice(st.name.lastIndexOf('.') + 1) : st.name;
    I32[t + TYPEOBJ.NAME] = intern(name);
    I32[t + TYPEOBJ.QUALNAME] = intern(name);
    I32[t + TYPEOBJ.MODULE] = intern(st.name.includes('.') ? st.name.slice(0, st.name.lastIndexOf('.')) : 'builtins');
    I32[t + TYPEOBJ.DICT] = dict;
    I32[t + TYPEOBJ.KIND] = st.kind;
    I32[t + TYPEOBJ.TFLAGS] = (st.basetype ? TF_BASETYPE : 0) | (st.kind === Kind.EXCEPTION ? TF_EXCEPTION : 0);
    I32[t + TYPEOBJ.DICTOFFSET] = st.dictoffset ?? 0;
    I32[t + TYPEOBJ.BASICSIZE] = st.size;
    if (st.base === null) {
      I32[t + TYPEOBJ.BASE] = 0;
      I32[t + TYPEOBJ.BASES] = EMPTY_TUPLE;
      I32[t + TYPEOBJ.MRO] = EMPTY_TUPLE;
    } else {
      const b = typeRef(st.base);
      I32[t + TYPEOBJ.BASE] = b;
      const bases = tupleOf([b]); makeImmortal(bases);
      I32[t + TYPEOBJ.BASES] = bases;
      const mro = tupleOf([b, ...mroItems(b)]); makeImmortal(mro);
      I32[t + TYPEOBJ.MRO] = mro;
    }
  }
}

/** the stored MRO (without t itself) */
export function mroItems(t: Ref): number[] {
  const m = I32[t + TYPEOBJ.MRO];
  const n = I32[m + TUPLE.SIZE];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = I32[m + TUPLE_ITEMS + i];
  return out;
}

/** borrowed attribute `name` (an interned str) found in t's MRO dicts, or 0 */
/*
 * The type cache (CPython's Objects/typeobject.c type cache): typeLookup's answers, per thread, in a direct-mapped
 * table keyed by (class, name). Names are interned strs, immortal, so a ref names one string forever; a name that
 * is not immortal is never cached. An entry is valid while the heap-wide epoch CTL_TYPE_EPOCH is the one it was
 * made under. The epoch moves when a class is made (its ref may be a freed class's) and when a dict that an entry
 * was read from changes: a lookup marks every dict on the class's MRO with F_DICT_OF_TYPE before it reads them,
 * and dict.ts bumps the epoch on any change to a marked dict (typeDictChanged). Misses are cached too: an
 * instance attribute lookup first asks the class for a data descriptor, and usually finds none.
 */
const TC_BITS = 12;
const tcType = new Int32Array(1 << TC_BITS);
const tcName = new Int32Array(1 << TC_BITS);
const tcValue = new Int32Array(1 << TC_BITS);
const tcEpoch = new Int32Array(1 << TC_BITS).fill(-1);

/** a class namespace (a dict marked F_DICT_OF_TYPE) changed: every type cache entry is stale */
export function typeDictChanged(): void {
  Atomics.add(I32, CTL_TYPE_EPOCH, 1);
}

/** the attribute `name` of class t along its MRO (a borrowed ref), or 0 */
export function typeLookup(t: Ref, name: Ref): Ref {
  const epoch = FT ? Atomics.load(I32, CTL_TYPE_EPOCH) : I32[CTL_TYPE_EPOCH];
  const i = (Math.imul(t, 0x9e3779b1) ^ Math.imul(name, 0x85ebca6b)) >>> (32 - TC_BITS);
  if (tcType[i] === t && tcName[i] === name && tcEpoch[i] === epoch) return tcValue[i];
  const v = typeLookupUncached(t, name);
  if (I32[name + RC] < 0) {
    tcType[i] = t;
    tcName[i] = name;
    tcValue[i] = v;
    tcEpoch[i] = epoch;
  }
  return v;
}

/** marks d as a namespace a cache entry depends on (before it is read: a change after the mark bumps the epoch) */
function markTypeDict(d: Ref): void {
  if ((I32[d + FLAGS] & F_DICT_OF_TYPE) === 0) Atomics.or(I32, d + FLAGS, F_DICT_OF_TYPE);
}

function typeLookupUncached(t: Ref, name: Ref): Ref {
  const h = strHash(name);
  const m = I32[t + TYPEOBJ.MRO];
  const n = I32[m + TUPLE.SIZE];
  markTypeDict(I32[t + TYPEOBJ.DICT]);
  for (let i = 0; i < n; i++) markTypeDict(I32[I32[m + TUPLE_ITEMS + i] + TYPEOBJ.DICT]);
  if (FT) return typeLookupFT(t, name, h);
  let v = dictGetHashed(I32[t + TYPEOBJ.DICT], name, h);
  if (v !== 0) return v;
  for (let i = 0; i < n; i++) {
    v = dictGetHashed(I32[I32[m + TUPLE_ITEMS + i] + TYPEOBJ.DICT], name, h);
    if (v !== 0) return v;
  }
  return 0;
}

/** --gil=off: the same search, each class dict probed lock-free when it can (dictGetBorrowedFT) */
function typeLookupFT(t: Ref, name: Ref, h: number): Ref {
  let v = dictGetBorrowedFT(I32[t + TYPEOBJ.DICT], name, h);
  if (v !== 0) return v;
  const m = I32[t + TYPEOBJ.MRO];
  const n = I32[m + TUPLE.SIZE];
  for (let i = 0; i < n; i++) {
    v = dictGetBorrowedFT(I32[I32[m + TUPLE_ITEMS + i] + TYPEOBJ.DICT], name, h);
    if (v !== 0) return v;
  }
  return 0;
}

export function isSubtype(a: Ref, b: Ref): boolean {
  if (a === b || b === T_OBJECT) return true;
  const m = I32[a + TYPEOBJ.MRO];
  const n = I32[m + TUPLE.SIZE];
  for (let i = 0; i < n; i++) if (I32[m + TUPLE_ITEMS + i] === b) return true;
  return false;
}

export function typeName(t: Ref): string {
  return strToJs(I32[t + TYPEOBJ.NAME]);
}
/** the type's name as CPython prints it in messages: qualified with the module for non-builtins */
export function typeKind(t: Ref): Kind {
  return I32[t + TYPEOBJ.KIND];
}

// ------------------------------------------------------------------ classes (heap types)
function c3merge(seqs: number[][]): number[] | null {
  const out: number[] = [];
  seqs = seqs.map((s) => s.slice()).filter((s) => s.length);
  while (seqs.length) {
    let cand = 0;
    for (const s of seqs) {
      const c = s[0];
      if (!seqs.some((o) => o.indexOf(c) > 0)) { cand = c; break; }
    }
    if (cand === 0) return null;
    out.push(cand);
    for (const s of seqs) if (s[0] === cand) s.shift();
    seqs = seqs.filter((s) => s.length);
  }
  return out;
}

const SLOT_GETATTR = '__getattr__', SLOT_SETATTR = '__setattr__', SLOT_DELATTR = '__delattr__', SLOT_GETATTRIBUTE = '__getattribute__';

/** Creates a class: metatype(name, bases, ns). bases: borrowed type refs; ns: a dict copied into the class. */
export function newClass(meta: Ref, name: string, bases: number[], ns: Ref): Ref {
  if (bases.length === 0) bases = [T_OBJECT];
  for (const b of bases) {
    if (I32[b + TYPE] !== T_TYPE && !isSubtype(I32[b + TYPE], T_TYPE)) raise(Exc.TypeError, 'bases must be types');
    if (!(I32[b + TYPEOBJ.TFLAGS] & TF_BASETYPE)) {
      raise(Exc.TypeError, `type '${typeName(b)}' is not an acceptable base type`);
    }
  }
  const merged = c3merge([...bases.map((b) => [b, ...mroItems(b)]), bases.slice()]);
  if (merged === null) {
    raise(Exc.TypeError, `Cannot create a consistent method resolution order (MRO) for bases ${bases.map(typeName).join(', ')}`);
  }
  // the "solid base": the base with the largest builtin layout decides this class's layout
  let solid = bases[0];
  for (const b of bases) if (I32[b + TYPEOBJ.BASICSIZE] > I32[solid + TYPEOBJ.BASICSIZE]) solid = b;
  const t = allocBlock(meta, TYPE_SLOT_WORDS);
  typeDictChanged(); // t may be the ref of a freed class that cache entries still name
  incref(meta);
  for (let i = HDR; i < TYPE_SLOT_WORDS; i++) I32[t + i] = 0;
  const nm = intern(name);
  I32[t + TYPEOBJ.NAME] = nm;
  I32[t + TYPEOBJ.QUALNAME] = nm;
  I32[t + TYPEOBJ.BASES] = tupleOf(bases);
  I32[t + TYPEOBJ.MRO] = tupleOf(merged!);
  I32[t + TYPEOBJ.BASE] = solid;
  I32[t + TYPEOBJ.KIND] = I32[solid + TYPEOBJ.KIND];
  let flags = TF_HEAPTYPE | TF_BASETYPE;
  for (const b of bases) flags |= I32[b + TYPEOBJ.TFLAGS] & (TF_EXCEPTION | TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_GETATTRIBUTE | TF_HAS_DEL);
  let dictoffset = I32[solid + TYPEOBJ.DICTOFFSET];
  let size = I32[solid + TYPEOBJ.BASICSIZE];
  if (dictoffset === 0 && I32[solid + TYPEOBJ.KIND] !== Kind.TUPLE) {
    dictoffset = size;
    size += 1;
  }
  if (I32[solid + TYPEOBJ.KIND] === Kind.OBJECT && dictoffset === 0) { dictoffset = INSTANCE.DICT; size = INSTANCE.WORDS; }
  I32[t + TYPEOBJ.DICTOFFSET] = dictoffset;
  I32[t + TYPEOBJ.BASICSIZE] = size;
  const dict = newDict();
  I32[t + TYPEOBJ.DICT] = dict;
  for (let ix = dictNextEntry(ns, 0); ix >= 0; ix = dictNextEntry(ns, ix + 1)) {
    const k = dictEntryKey(ns, ix);
    const ks = strToJs(k);
    if (ks === SLOT_GETATTR) flags |= TF_HAS_GETATTR;
    if (ks === SLOT_SETATTR || ks === SLOT_DELATTR) flags |= TF_HAS_SETATTR;
    if (ks === SLOT_GETATTRIBUTE) flags |= TF_HAS_GETATTRIBUTE;
    if (ks === '__del__') flags |= TF_HAS_DEL;
  }
  if (I32[solid + TYPEOBJ.KIND] === Kind.OBJECT && slotsWithoutDict(ns)
    && bases.every((b) => !(I32[b + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) ? b === T_OBJECT : (I32[b + TYPEOBJ.TFLAGS] & TF_SLOTTED) !== 0)) {
    flags |= TF_SLOTTED;
  }
  I32[t + TYPEOBJ.TFLAGS] = flags;
  copyNamespace(dict, ns);
  // a class that defines __eq__ without __hash__ is unhashable, even if a base defines __hash__ (CPython's
  // type_ready sets __hash__ = None in the class dict, so `C.__hash__ is None`)
  if (dictGet(dict, intern('__eq__')) !== 0 && dictGet(dict, intern('__hash__')) === 0) dictSet(dict, intern('__hash__'), NONE);
  // --gil=off: every instance counts a reference to its class, from every thread: immortal classes (as 3.13t)
  if (FT) makeImmortal(t);
  return t;
}

/** the class body sets __slots__ (a str or a tuple/list of str) and '__dict__' is not one of them */
function slotsWithoutDict(ns: Ref): boolean {
  const sl = dictGet(ns, intern('__slots__'));
  if (sl === 0) return false;
  const names = slotNames(sl);
  return names !== null && !names.includes('__dict__');
}

/** the names in a __slots__ value, or null if it is not a str / tuple / list of str */
export function slotNames(sl: Ref): string[] | null {
  const st = I32[sl + TYPE];
  if (st === T_STR) return [strToJs(sl)];
  let items: number[];
  if (st === typeRef(Kind.TUPLE)) {
    items = [];
    for (let i = 0; i < I32[sl + TUPLE.SIZE]; i++) items.push(I32[sl + TUPLE_ITEMS + i]);
  } else if (st === typeRef(Kind.LIST)) {
    items = [];
    for (let i = 0; i < I32[sl + LIST.SIZE]; i++) items.push(I32[I32[sl + LIST.ITEMS] + HDR + i]);
  } else return null;
  const out: string[] = [];
  for (const it of items) {
    if (I32[it + TYPE] !== T_STR) return null;
    out.push(strToJs(it));
  }
  return out;
}

/** for a TF_SLOTTED type: is `name` one of the __slots__ of a class in its MRO? */
export function isSlotName(t: Ref, name: string): boolean {
  const mro = I32[t + TYPEOBJ.MRO]; // leaves out t itself
  const key = intern('__slots__');
  for (let i = -1; i < I32[mro + TUPLE.SIZE]; i++) {
    const c = i < 0 ? t : I32[mro + TUPLE_ITEMS + i];
    if (!(I32[c + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) continue;
    const sl = dictGet(I32[c + TYPEOBJ.DICT], key);
    if (sl !== 0 && slotNames(sl)?.includes(name)) return true;
  }
  return false;
}

function copyNamespace(dst: Ref, ns: Ref): void {
  for (let ix = dictNextEntry(ns, 0); ix >= 0; ix = dictNextEntry(ns, ix + 1)) {
    dictSet(dst, dictEntryKey(ns, ix), dictEntryValue(ns, ix));
  }
}

/** decref the parts of a heap type when it dies */
export function deallocType(t: Ref): void {
  for (const f of [TYPEOBJ.BASES, TYPEOBJ.MRO, TYPEOBJ.DICT, TYPEOBJ.NAME, TYPEOBJ.QUALNAME, TYPEOBJ.MODULE]) {
    const v = I32[t + f];
    if (v) { I32[t + f] = 0; decref(v); }
  }
}


registerDealloc(Kind.TYPE, deallocType);
