/**
 * @fileoverview The abstract object protocol: what `repr(x)`, `x.attr`, `x(...)`, `x[k]`, `iter(x)`, `hash(x)`,
 * `x == y` mean for any object. Builtin types plug in through the per-kind slot tables below (MicroPython's
 * type-slot idea: one table per operation, indexed by the layout Kind); instances of classes go through the
 * dunder methods found on their type. Not here: arithmetic (ops/number.ts), the eval loop (vm/interpreter.ts).
 *
 * Reference conventions (CPython's): functions returning a Ref return a NEW reference unless they say
 * "borrowed"; arguments are borrowed.
 */
import { I32, F64, type Ref } from './heap.js';
import {
  TYPE, TYPEOBJ, Kind, TF_HEAPTYPE, TF_HAS_GETATTR, TF_HAS_GETATTRIBUTE, TF_HAS_SETATTR, TF_EXCEPTION, TF_SLOTTED,
  T_TYPE, T_STR, T_INT, T_BOOL, T_FLOAT, T_FUNCTION, T_BUILTIN, T_NONE, T_TUPLE, T_OBJECT,
  NONE, TRUE, FALSE, NOTIMPLEMENTED, NUM, FLAGS, F_INT_BIG, BUILTIN, METHOD, DESCR, T_PROPERTY,
  T_STATICMETHOD, T_CLASSMETHOD, T_METHOD, MODULE, T_MODULE, TUPLE, TUPLE_ITEMS, HDR, T_SUPER, T_DICT,
} from './layout.js';
import { allocBlock, allocRaw } from './alloc.js';
import { incref, decref } from './refcount.js';
import { raise, raiseExc, Exc, PyRaise } from './errors.js';
import { strHash, strEq, strToJs, newStr, intern, isStr } from './objects/str.js';
import { intToBig, isBig } from './objects/int.js';
import { dictGetHashed, dictGetRefHashed, dictHasHashed, dictSet, dictPop, newDict } from './objects/dict.js';
import { FT } from './threadid.js';
import { swapAfterReaders } from './qsbr.js';
import { typeLookup, isSubtype, typeName, isSlotName } from './typeobj.js';
import { N, CMP_DUNDER } from './names.js';
import { FNS } from './slots.js';
import { intHash, floatHash } from './format.js';
import { callPython } from '../vm/call.js';

import { Slots } from './slots.js';
export { Slots };

export function typeOf(r: Ref): Ref {
  return I32[r + TYPE];
}
export function kindOf(r: Ref): Kind {
  return I32[I32[r + TYPE] + TYPEOBJ.KIND];
}
export function typeNameOf(r: Ref): string {
  return typeName(I32[r + TYPE]);
}
export function isHeapType(t: Ref): boolean {
  return (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) !== 0;
}
export function isType(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_TYPE || isSubtype(t, T_TYPE);
}
export function isInstance(r: Ref, t: Ref): boolean {
  const rt = I32[r + TYPE];
  return rt === t || isSubtype(rt, t);
}
export function isExceptionInstance(r: Ref): boolean {
  return (I32[I32[r + TYPE] + TYPEOBJ.TFLAGS] & TF_EXCEPTION) !== 0;
}
export function isExceptionType(r: Ref): boolean {
  return isType(r) && (I32[r + TYPEOBJ.TFLAGS] & TF_EXCEPTION) !== 0;
}
export function bool(b: boolean): Ref {
  return b ? TRUE : FALSE;
}
/** None with a new reference (immortal, so just NONE) */
export const none = (): Ref => NONE;

/**
 * For an instance of a class: the Python-level override of a dunder (a borrowed ref), or 0 when the type is
 * builtin or inherits the builtin behaviour.
 */
export function userDunder(r: Ref, name: Ref): Ref {
  const t = I32[r + TYPE];
  if (!(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) return 0;
  const f = typeLookup(t, name);
  if (f === 0 || I32[f + TYPE] === T_BUILTIN) return 0;
  return f;
}

/** calls a dunder found on the type (borrowed f) with self and extra args */
export function callDunder(f: Ref, self: Ref, ...args: number[]): Ref {
  const ft = I32[f + TYPE];
  if (ft === T_STATICMETHOD) return callN(I32[f + DESCR.FUNC], args);
  if (ft === T_CLASSMETHOD) return callN(I32[f + DESCR.FUNC], [I32[self + TYPE], ...args]);
  if (ft !== T_FUNCTION && ft !== T_BUILTIN) {
    // some other descriptor or callable object stored on the class
    const bound = bindDescriptor(f, self, I32[self + TYPE]);
    try { return callN(bound, args); } finally { decref(bound); }
  }
  return callN(f, [self, ...args]);
}

// ------------------------------------------------------------------ calls
/** scratch argument stack for calls made from JS (a raw block in the heap; arguments must be heap words) */
const SCRATCH_WORDS = 1 << 16;
let scratch = 0;
let scratchTop = 0;
let scratchEnd = 0;

/** reserve k words of scratch (plus one in front for a bound self); returns the index of the first */
function scratchPush(k: number): number {
  if (scratch === 0) {
    scratch = allocRaw(SCRATCH_WORDS);
    scratchTop = scratch + HDR;
    scratchEnd = scratchTop + SCRATCH_WORDS;
  }
  const base = scratchTop + 1;
  if (base + k >= scratchEnd) raise(Exc.RecursionError, 'maximum recursion depth exceeded');
  scratchTop = base + k;
  return base;
}

/** callable(*args) from JS; args are borrowed */
export function callN(callable: Ref, args: ArrayLike<number>, kw: Ref = 0): Ref {
  if (scratch === 0) scratchPush(0); // allocate first: `saved` must be a position inside the block
  const saved = scratchTop;
  const base = scratchPush(args.length);
  for (let i = 0; i < args.length; i++) I32[base + i] = args[i];
  try {
    return call(callable, base, args.length, kw);
  } finally {
    scratchTop = saved;
  }
}

/** callable(*args, **{names: values}) from JS */
export function callKw(callable: Ref, args: number[], names: string[], values: number[]): Ref {
  if (names.length === 0) return callN(callable, args);
  const kw = allocTupleOfNames(names);
  try { return callN(callable, [...args, ...values], kw); } finally { decref(kw); }
}
function allocTupleOfNames(names: string[]): Ref {
  const t = allocBlock(T_TUPLE, TUPLE_ITEMS + names.length);
  I32[t + TUPLE.SIZE] = names.length;
  I32[t + TUPLE.HASH] = 0;
  for (let i = 0; i < names.length; i++) I32[t + TUPLE_ITEMS + i] = intern(names[i]);
  return t;
}

/**
 * Calls callable with n arguments at I32[a..a+n-1] (the last len(kw) are keyword values).
 * The word I32[a-1] must be writable scratch: a bound self is placed there.
 */
export function call(callable: Ref, a: number, n: number, kw: Ref): Ref {
  const t = I32[callable + TYPE];
  if (t === T_FUNCTION) return callPython(callable, a, n, kw);
  if (t === T_BUILTIN) {
    const self = I32[callable + BUILTIN.SELF];
    if (self !== 0) { I32[a - 1] = self; return FNS[I32[callable + BUILTIN.FN]](a - 1, n + 1, kw); }
    return FNS[I32[callable + BUILTIN.FN]](a, n, kw);
  }
  if (t === T_METHOD) {
    I32[a - 1] = I32[callable + METHOD.SELF];
    return call(I32[callable + METHOD.FUNC], a - 1, n + 1, kw);
  }
  if (t === T_TYPE || isSubtype(t, T_TYPE)) {
    // a metaclass's own __call__ decides what calling its classes does (it usually ends in type.__call__)
    if (t !== T_TYPE && (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
      const f = typeLookup(t, N.__call__);
      if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
        const bound = bindDescriptor(f, callable, t);
        try { return callWithArgsCopy(bound, a, n, kw); } finally { decref(bound); }
      }
    }
    return callType(callable, a, n, kw);
  }
  const kind = I32[t + TYPEOBJ.KIND];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__call__);
    if (f !== 0) {
      const bound = bindDescriptor(f, callable, t);
      try { return callWithArgsCopy(bound, a, n, kw); } finally { decref(bound); }
    }
  }
  const c = Slots.call[kind];
  if (c !== undefined) return c(callable, a, n, kw);
  return raise(Exc.TypeError, `'${typeName(t)}' object is not callable`);
}

/** call with the arguments copied to fresh scratch (when I32[a-1] may not be used) */
function callWithArgsCopy(callable: Ref, a: number, n: number, kw: Ref): Ref {
  const args = new Array<number>(n);
  for (let i = 0; i < n; i++) args[i] = I32[a + i];
  return callN(callable, args, kw);
}

/** T(args): builtin types through Slots.new, classes through __new__/__init__ (type.__call__) */
export function callType(t: Ref, a: number, n: number, kw: Ref): Ref {
  if (t === T_TYPE && n === 1 && kw === 0) {
    const o = I32[a];
    incref(I32[o + TYPE]);
    return I32[o + TYPE];
  }
  if (!(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
    const f = Slots.new[I32[t + TYPEOBJ.KIND]];
    if (f === undefined) raise(Exc.TypeError, `cannot create '${typeName(t)}' instances`);
    return f(t, a, n, kw);
  }
  // a class: __new__ (user-defined or the builtin base's), then __init__
  const newf = typeLookup(t, N.__new__);
  let obj: Ref;
  if (newf !== 0 && I32[newf + TYPE] !== T_BUILTIN) {
    const fn = I32[newf + TYPE] === T_STATICMETHOD ? I32[newf + DESCR.FUNC] : newf;
    const args = [t];
    for (let i = 0; i < n; i++) args.push(I32[a + i]);
    obj = callN(fn, args, kw);
    if (!isInstance(obj, t)) return obj;
  } else {
    obj = newInstance(t, a, n, kw);
  }
  const init = typeLookup(t, N.__init__);
  if (init !== 0 && I32[init + TYPE] !== T_BUILTIN) {
    let res: Ref;
    try {
      const bound = bindDescriptor(init, obj, t);
      try { res = callWithArgsCopy(bound, a, n, kw); } finally { decref(bound); }
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (res !== NONE) {
      decref(res); decref(obj);
      raise(Exc.TypeError, `__init__() should return None, not '${typeNameOf(res)}'`);
    }
  }
  return obj;
}

/** allocates an instance of class t, running the builtin base's constructor for its layout */
export function newInstance(t: Ref, a: number, n: number, kw: Ref): Ref {
  const kind = I32[t + TYPEOBJ.KIND];
  if (kind !== Kind.OBJECT) {
    const f = Slots.new[kind];
    if (f !== undefined) return f(t, a, n, kw);
    raise(Exc.TypeError, `cannot create '${typeName(t)}' instances`);
  }
  if (n > 0 && typeLookup(t, N.__init__) === 0) {
    raise(Exc.TypeError, `${typeName(t)}() takes no arguments`);
  }
  const size = I32[t + TYPEOBJ.BASICSIZE];
  const r = allocBlock(t, size);
  for (let i = HDR; i < size; i++) I32[r + i] = 0;
  incref(t);
  return r;
}

// ------------------------------------------------------------------ attributes
/** descriptor binding: what `obj.attr` gives when the class attribute is d (borrowed); returns a new ref */
export function bindDescriptor(d: Ref, obj: Ref, objtype: Ref): Ref {
  const dt = I32[d + TYPE];
  if (dt === T_FUNCTION) return newMethod(d, obj);
  if (dt === T_BUILTIN) {
    if (I32[d + BUILTIN.SELF] !== 0) { incref(d); return d; }
    return bindBuiltin(d, obj);
  }
  if (dt === T_STATICMETHOD) { const f = I32[d + DESCR.FUNC]; incref(f); return f; }
  if (dt === T_CLASSMETHOD) return newMethod(I32[d + DESCR.FUNC], objtype);
  if (dt === T_PROPERTY) {
    const g = I32[d + DESCR.FUNC];
    if (g === 0 || g === NONE) raise(Exc.AttributeError, `property of '${typeName(objtype)}' object has no getter`);
    return callN(g, [obj]);
  }
  if (I32[dt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const get = typeLookup(dt, N.__get__);
    if (get !== 0) return callDunder(get, d, obj, objtype);
  }
  incref(d);
  return d;
}

export function newMethod(func: Ref, self: Ref): Ref {
  const m = allocBlock(T_METHOD, METHOD.WORDS);
  incref(func); incref(self);
  I32[m + METHOD.FUNC] = func;
  I32[m + METHOD.SELF] = self;
  return m;
}

function bindBuiltin(d: Ref, self: Ref): Ref {
  const b = allocBlock(T_BUILTIN, BUILTIN.WORDS);
  I32[b + BUILTIN.FN] = I32[d + BUILTIN.FN];
  incref(self);
  I32[b + BUILTIN.SELF] = self;
  const nm = I32[d + BUILTIN.NAME], qn = I32[d + BUILTIN.QUALNAME];
  incref(nm); incref(qn);
  I32[b + BUILTIN.NAME] = nm;
  I32[b + BUILTIN.QUALNAME] = qn;
  return b;
}

function isDataDescriptor(d: Ref): boolean {
  const dt = I32[d + TYPE];
  if (dt === T_PROPERTY) return true;
  if (I32[dt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) return typeLookup(dt, N.__set__) !== 0 || typeLookup(dt, N.__delete__) !== 0;
  return false;
}

/** the instance dict of r (borrowed), or 0 if it has none; created on first use when create is set */
export function instanceDict(r: Ref, create: boolean): Ref {
  const t = I32[r + TYPE];
  const off = I32[t + TYPEOBJ.DICTOFFSET];
  if (off === 0) return 0;
  let d = I32[r + off];
  if (d === 0 && create) {
    d = newDict();
    if (FT) {
      // --gil=off: two threads giving an object its first attribute must end up with one dict
      const prev = Atomics.compareExchange(I32, r + off, 0, d);
      if (prev !== 0) { decref(d); d = prev; }
    } else I32[r + off] = d;
  }
  return d;
}

/** obj.name (name: an interned str); returns a new ref, or 0 if missing and `soft` */
export function getAttrSoft(obj: Ref, name: Ref): Ref {
  const t = I32[obj + TYPE];
  const flags = I32[t + TYPEOBJ.TFLAGS];
  if (flags & TF_HAS_GETATTRIBUTE) {
    const ga = typeLookup(t, N.__getattribute__);
    if (ga !== 0 && I32[ga + TYPE] !== T_BUILTIN) {
      try { return callDunder(ga, obj, name); } catch (e) {
        if (e instanceof PyRaise && isInstance(e.exc, Exc.AttributeError) && (flags & TF_HAS_GETATTR)) {
          decref(e.exc);
          return callDunder(typeLookup(t, N.__getattr__), obj, name);
        }
        throw e;
      }
    }
  }
  if (t === T_TYPE || isSubtype(t, T_TYPE)) return typeGetAttr(obj, name);
  if (t === T_SUPER) {
    // super objects look past their own type: object's methods must not shadow the MRO search
    const v = Slots.getattr[Kind.SUPER](obj, name);
    if (v !== 0) return v;
  }
  if (t === T_MODULE) {
    if (FT) {
      const v = dictGetRefHashed(I32[obj + MODULE.DICT], name, strHash(name));
      if (v !== 0) return v;
    } else {
      const v = dictGetHashed(I32[obj + MODULE.DICT], name, strHash(name));
      if (v !== 0) { incref(v); return v; }
    }
  }
  const d = typeLookup(t, name);
  if (d !== 0 && isDataDescriptor(d)) return bindDescriptor(d, obj, t);
  const off = I32[t + TYPEOBJ.DICTOFFSET];
  if (off !== 0) {
    const idict = I32[obj + off];
    if (idict !== 0) {
      if (FT) {
        // --gil=off: another thread may replace and free the value between a borrowed read and the incref
        const v = dictGetRefHashed(idict, name, strHash(name));
        if (v !== 0) return v;
      } else {
        const v = dictGetHashed(idict, name, strHash(name));
        if (v !== 0) { incref(v); return v; }
      }
    }
  }
  if (d !== 0) return bindDescriptor(d, obj, t);
  const sg = Slots.getattr[I32[t + TYPEOBJ.KIND]];
  if (sg !== undefined) {
    const v = sg(obj, name);
    if (v !== 0) return v;
  }
  if (name === N.__class__) { incref(t); return t; }
  if (name === N.__dict__ && off !== 0 && !(flags & TF_SLOTTED)) { const dd = instanceDict(obj, true); incref(dd); return dd; }
  if (flags & TF_HAS_GETATTR) {
    const ga = typeLookup(t, N.__getattr__);
    if (ga !== 0) return callDunder(ga, obj, name);
  }
  return 0;
}

export function getAttr(obj: Ref, name: Ref): Ref {
  const v = getAttrSoft(obj, name);
  if (v !== 0) return v;
  return raiseAttributeError(obj, name);
}

export function raiseAttributeError(obj: Ref, name: Ref): never {
  const t = I32[obj + TYPE];
  const nm = strToJs(name);
  if (t === T_MODULE) {
    raise(Exc.AttributeError, `module '${strToJs(I32[obj + MODULE.NAME])}' has no attribute '${nm}'`);
  }
  if (t === T_TYPE || isSubtype(t, T_TYPE)) raise(Exc.AttributeError, `type object '${typeName(obj)}' has no attribute '${nm}'`);
  raise(Exc.AttributeError, `'${typeName(t)}' object has no attribute '${nm}'`);
}

/** attribute lookup on a type object */
function typeGetAttr(t: Ref, name: Ref): Ref {
  const meta = I32[t + TYPE];
  const md = meta !== T_TYPE ? typeLookup(meta, name) : 0;
  if (md !== 0 && isDataDescriptor(md)) return bindDescriptor(md, t, meta);
  const d = typeLookup(t, name);
  if (d !== 0) {
    const dt = I32[d + TYPE];
    if (dt === T_FUNCTION || dt === T_BUILTIN || dt === T_PROPERTY) { incref(d); return d; }
    if (dt === T_STATICMETHOD) { const f = I32[d + DESCR.FUNC]; incref(f); return f; }
    if (dt === T_CLASSMETHOD) return newMethod(I32[d + DESCR.FUNC], t);
    if (I32[dt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
      const get = typeLookup(dt, N.__get__);
      if (get !== 0) return callDunder(get, d, NONE, t);
    }
    incref(d);
    return d;
  }
  if (md !== 0) return bindDescriptor(md, t, meta);
  const sg = Slots.getattr[Kind.TYPE];
  if (sg !== undefined) {
    const v = sg(t, name);
    if (v !== 0) return v;
  }
  return 0;
}

/**
 * For LOAD_METHOD: if obj.name is a plain function found on the type (and not shadowed by the instance dict),
 * returns it borrowed and the caller passes obj as self; else returns 0 and the caller uses getAttr.
 */
export function lookupMethod(obj: Ref, name: Ref): Ref {
  const t = I32[obj + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HAS_GETATTRIBUTE) return 0;
  if (t === T_MODULE || t === T_TYPE || t === T_SUPER) return 0;
  const d = typeLookup(t, name);
  if (d === 0) return 0;
  const dt = I32[d + TYPE];
  if (dt !== T_FUNCTION && !(dt === T_BUILTIN && I32[d + BUILTIN.SELF] === 0)) return 0;
  const off = I32[t + TYPEOBJ.DICTOFFSET];
  if (off !== 0) {
    const idict = I32[obj + off];
    // (--gil=off: another thread may be resizing the dict; dictHasHashed probes it safely)
    if (idict !== 0 && (FT ? dictHasHashed(idict, name, strHash(name)) : dictGetHashed(idict, name, strHash(name)) !== 0)) return 0;
  }
  return d;
}

export function setAttr(obj: Ref, name: Ref, v: Ref): void {
  const t = I32[obj + TYPE];
  const flags = I32[t + TYPEOBJ.TFLAGS];
  if (flags & TF_HAS_SETATTR) {
    const sa = typeLookup(t, v === 0 ? N.__delattr__ : N.__setattr__);
    if (sa !== 0 && I32[sa + TYPE] !== T_BUILTIN) {
      const r = v === 0 ? callDunder(sa, obj, name) : callDunder(sa, obj, name, v);
      decref(r);
      return;
    }
  }
  genericSetAttr(obj, name, v);
}

/** obj.__class__ = nt: only between classes (heap types) with the same instance layout, as CPython */
function setClass(obj: Ref, t: Ref, nt: Ref): void {
  if (nt === 0) raise(Exc.TypeError, "can't delete __class__ attribute");
  if (!isType(nt)) raise(Exc.TypeError, `__class__ must be set to a class, not '${typeNameOf(nt)}' object`);
  const heap = (x: Ref) => (I32[x + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) !== 0;
  if (!heap(t) || !heap(nt)) {
    raise(Exc.TypeError, '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (I32[t + TYPEOBJ.KIND] !== I32[nt + TYPEOBJ.KIND] || I32[t + TYPEOBJ.BASICSIZE] !== I32[nt + TYPEOBJ.BASICSIZE]
    || I32[t + TYPEOBJ.DICTOFFSET] !== I32[nt + TYPEOBJ.DICTOFFSET]
    || (I32[t + TYPEOBJ.TFLAGS] & TF_SLOTTED) !== (I32[nt + TYPEOBJ.TFLAGS] & TF_SLOTTED)) {
    raise(Exc.TypeError, `__class__ assignment: '${typeName(nt)}' object layout differs from '${typeName(t)}'`);
  }
  incref(nt);
  swapAfterReaders(obj + TYPE, nt); // another thread may be looking a method up on the old class (--gil=off)
}

/** obj.__dict__ = d, or del obj.__dict__ (d = 0: a new empty dict comes with the next attribute), as CPython's
 *  subtype_setdict; the old dict may be in use by a lock-free reader (--gil=off) */
function setInstanceDictAttr(obj: Ref, off: number, d: Ref): void {
  if (d !== 0 && !isInstance(d, T_DICT)) raise(Exc.TypeError, `__dict__ must be set to a dictionary, not a '${typeNameOf(d)}'`);
  if (d !== 0) incref(d);
  swapAfterReaders(obj + off, d);
}

/** object.__setattr__ / __delattr__ (v = 0 deletes) */
export function genericSetAttr(obj: Ref, name: Ref, v: Ref): void {
  const t = I32[obj + TYPE];
  if (t === T_TYPE || isSubtype(t, T_TYPE)) {
    if (!(I32[obj + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
      raise(Exc.TypeError, `cannot set '${strToJs(name)}' attribute of immutable type '${typeName(obj)}'`);
    }
    const d = I32[obj + TYPEOBJ.DICT];
    // C.__name__ / __qualname__ live in the type object (reprs and tracebacks read them); C.__module__ in both
    if (v !== 0 && (name === N.__name__ || name === N.__qualname__ || name === N.__module__)) {
      if (name !== N.__module__ && I32[v + TYPE] !== T_STR) {
        raise(Exc.TypeError, `can only assign string to ${typeName(obj)}.${strToJs(name)}, not '${typeNameOf(v)}'`);
      }
      const field = name === N.__name__ ? TYPEOBJ.NAME : name === N.__qualname__ ? TYPEOBJ.QUALNAME : TYPEOBJ.MODULE;
      incref(v);
      swapAfterReaders(obj + field, v); // another thread may be formatting the class's name
      if (name !== N.__module__) return;
    }
    if (v === 0) {
      const old = dictPop(d, name);
      if (old === 0) raiseAttributeError(obj, name);
      decref(old);
    } else dictSet(d, name, v);
    return;
  }
  if (t === T_MODULE) {
    const d = I32[obj + MODULE.DICT];
    if (v === 0) {
      const old = dictPop(d, name);
      if (old === 0) raiseAttributeError(obj, name);
      decref(old);
    } else dictSet(d, name, v);
    return;
  }
  if (name === N.__class__) { setClass(obj, t, v); return; }
  if (name === N.__dict__) {
    const off = I32[t + TYPEOBJ.DICTOFFSET];
    if (off !== 0 && !(I32[t + TYPEOBJ.TFLAGS] & TF_SLOTTED)) { setInstanceDictAttr(obj, off, v); return; }
  }
  const desc = typeLookup(t, name);
  if (desc !== 0) {
    const dt = I32[desc + TYPE];
    if (dt === T_PROPERTY) {
      const f = I32[desc + (v === 0 ? DESCR.FDEL : DESCR.FSET)];
      if (f === 0 || f === NONE) {
        raise(Exc.AttributeError, `property '${strToJs(name)}' of '${typeName(t)}' object has no ${v === 0 ? 'deleter' : 'setter'}`);
      }
      decref(v === 0 ? callN(f, [obj]) : callN(f, [obj, v]));
      return;
    }
    if (I32[dt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
      const s = typeLookup(dt, v === 0 ? N.__delete__ : N.__set__);
      if (s !== 0) { decref(v === 0 ? callDunder(s, desc, obj) : callDunder(s, desc, obj, v)); return; }
    }
  }
  const ss = Slots.setattr[I32[t + TYPEOBJ.KIND]];
  if (ss !== undefined && ss(obj, name, v)) return;
  if (v !== 0 && (I32[t + TYPEOBJ.TFLAGS] & TF_SLOTTED) && !isSlotName(t, strToJs(name))) {
    raise(Exc.AttributeError, `'${typeName(t)}' object has no attribute '${strToJs(name)}' and no __dict__ for setting new attributes`);
  }
  const d = instanceDict(obj, true);
  if (d === 0) {
    if (desc !== 0) raise(Exc.AttributeError, `'${typeName(t)}' object attribute '${strToJs(name)}' is read-only`);
    raise(Exc.AttributeError, `'${typeName(t)}' object has no attribute '${strToJs(name)}' and no __dict__ for setting new attributes`);
  }
  if (v === 0) {
    const old = dictPop(d, name);
    if (old === 0) raiseAttributeError(obj, name);
    decref(old);
  } else dictSet(d, name, v);
}

// ------------------------------------------------------------------ hashing and equality
export function hashOf(r: Ref): number {
  const t = I32[r + TYPE];
  if (t === T_STR) return strHash(r);
  if (t === T_INT || t === T_BOOL) return intHash32(r);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__hash__);
    if (f === NONE) raise(Exc.TypeError, `unhashable type: '${typeName(t)}'`);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
      const h = callDunder(f, r);
      if (I32[h + TYPE] !== T_INT && I32[h + TYPE] !== T_BOOL) {
        decref(h);
        raise(Exc.TypeError, '__hash__ method should return an integer');
      }
      const v = intHash32(h);
      decref(h);
      return v;
    }
    // __eq__ defined without __hash__ makes instances unhashable (as CPython sets __hash__ = None)
    if (f === 0 || I32[f + TYPE] === T_BUILTIN) {
      const eq = typeLookup(t, N.__eq__);
      if (eq !== 0 && I32[eq + TYPE] !== T_BUILTIN && !definesHashAlongside(t)) {
        raise(Exc.TypeError, `unhashable type: '${typeName(t)}'`);
      }
    }
  }
  const h = Slots.hash[I32[t + TYPEOBJ.KIND]];
  if (h === undefined) raise(Exc.TypeError, `unhashable type: '${typeName(t)}'`);
  return h(r);
}

/**
 * hashOf(key) for a dict key or set element (`what`: 'a dict key' / 'a set element'): a TypeError from hashing
 * becomes CPython 3.14's "cannot use 'list' as a dict key (unhashable type: 'list')".
 */
export function hashKey(key: Ref, what: string): number {
  if (I32[key + TYPE] === T_STR) return strHash(key);
  try {
    return hashOf(key);
  } catch (e) {
    if (e instanceof PyRaise && I32[e.exc + TYPE] === Exc.TypeError) {
      let detail: string;
      try { detail = strJs(e.exc); } finally { decref(e.exc); }
      raise(Exc.TypeError, `cannot use '${typeNameOf(key)}' as ${what} (${detail})`);
    }
    throw e;
  }
}

/** true if the class that defines the nearest __eq__ also defines __hash__ */
function definesHashAlongside(t: Ref): boolean {
  const chain = [t, ...mroOf(t)];
  for (const c of chain) {
    const d = I32[c + TYPEOBJ.DICT];
    const hasEq = dictGetHashed(d, N.__eq__, strHash(N.__eq__)) !== 0;
    const hasHash = dictGetHashed(d, N.__hash__, strHash(N.__hash__)) !== 0;
    if (hasEq) return hasHash;
    if (hasHash) return true;
  }
  return true;
}
function mroOf(t: Ref): number[] {
  const m = I32[t + TYPEOBJ.MRO];
  const out: number[] = [];
  for (let i = 0; i < I32[m + TUPLE.SIZE]; i++) out.push(I32[m + TUPLE_ITEMS + i]);
  return out;
}

/** CPython's hash of an int, folded to the 32 bits dicts and sets store */
export function intHash32(r: Ref): number {
  if (!(I32[r + FLAGS] & F_INT_BIG)) {
    const v = F64[(r + NUM.VAL) >> 1];
    if (v >= -0x7fffffff && v <= 0x7fffffff) return v === -1 ? -2 : v;
  }
  return Number(BigInt.asIntN(32, intHash(intToBig(r))));
}
function readNum(r: Ref): number {
  return F64[(r + NUM.VAL) >> 1];
}

export function floatHash32(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) <= 0x7fffffff) return x === -1 ? -2 : x;
  return Number(BigInt.asIntN(32, floatHash(x)));
}

/** a == b for dict/set keys and `in` */
export function eqKey(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const ta = I32[a + TYPE];
  if (ta === T_STR && I32[b + TYPE] === T_STR) return strEq(a, b);
  return richCompareBool(a, b, CMP_EQ);
}

export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
const SWAPPED = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** a <op> b as a Python object (new ref) */
export function richCompare(a: Ref, b: Ref, op: number): Ref {
  const ta = I32[a + TYPE], tb = I32[b + TYPE];
  let checkedReverse = false;
  // a subclass of the left operand's type gets the first try at the reflected operation
  if (ta !== tb && isSubtype(tb, ta) && (I32[tb + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
    checkedReverse = true;
    const r = tryCompare(b, a, SWAPPED[op]);
    if (r !== NOTIMPLEMENTED) return r;
  }
  let r = tryCompare(a, b, op);
  if (r !== NOTIMPLEMENTED) return r;
  if (!checkedReverse) {
    r = tryCompare(b, a, SWAPPED[op]);
    if (r !== NOTIMPLEMENTED) return r;
  }
  if (op === CMP_EQ) return bool(a === b);
  if (op === CMP_NE) return bool(a !== b);
  return raise(Exc.TypeError, `'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(ta)}' and '${typeName(tb)}'`);
}

/** one side's comparison: NOTIMPLEMENTED (borrowed, immortal) or a new ref */
function tryCompare(a: Ref, b: Ref, op: number): Ref {
  const ta = I32[a + TYPE];
  if (I32[ta + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(ta, CMP_DUNDER[op]);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) return callDunder(f, a, b);
    if (op === CMP_NE) {
      const eq = typeLookup(ta, N.__eq__);
      if (eq !== 0 && I32[eq + TYPE] !== T_BUILTIN) {
        const r = callDunder(eq, a, b);
        if (r === NOTIMPLEMENTED) return r;
        const t = isTrue(r);
        decref(r);
        return bool(!t);
      }
    }
  }
  const f = Slots.richcmp[I32[ta + TYPEOBJ.KIND]];
  if (f !== undefined) return f(a, b, op);
  return NOTIMPLEMENTED;
}

export function richCompareBool(a: Ref, b: Ref, op: number): boolean {
  if (a === b) {
    if (op === CMP_EQ) return true;
    if (op === CMP_NE) return false;
  }
  const r = richCompare(a, b, op);
  if (r === TRUE) return true;
  if (r === FALSE) return false;
  const v = isTrue(r);
  decref(r);
  return v;
}

// ------------------------------------------------------------------ truth, length
export function isTrue(r: Ref): boolean {
  if (r === TRUE) return true;
  if (r === FALSE || r === NONE) return false;
  const t = I32[r + TYPE];
  if (t === T_INT || t === T_FLOAT) return isBig(r) || readNum(r) !== 0;
  if (t === T_STR) return I32[r + HDR] !== 0;
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__bool__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
      const v = callDunder(f, r);
      if (v !== TRUE && v !== FALSE) {
        decref(v);
        raise(Exc.TypeError, `__bool__ should return bool, returned ${typeNameOf(v)}`);
      }
      return v === TRUE;
    }
    const l = typeLookup(t, N.__len__);
    if (l !== 0 && I32[l + TYPE] !== T_BUILTIN) return lenOf(r) !== 0;
  }
  const b = Slots.bool[I32[t + TYPEOBJ.KIND]];
  if (b !== undefined) return b(r);
  const ln = Slots.len[I32[t + TYPEOBJ.KIND]];
  if (ln !== undefined) return ln(r) !== 0;
  return true;
}

export function lenOf(r: Ref): number {
  const t = I32[r + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__len__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
      const v = callDunder(f, r);
      const vt = I32[v + TYPE];
      if (vt !== T_INT && vt !== T_BOOL) {
        decref(v);
        raise(Exc.TypeError, `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
      }
      const n = readNum(v);
      decref(v);
      if (n < 0) raise(Exc.ValueError, '__len__() should return >= 0');
      return n;
    }
  }
  const f = Slots.len[I32[t + TYPEOBJ.KIND]];
  if (f === undefined) raise(Exc.TypeError, `object of type '${typeName(t)}' has no len()`);
  return f(r);
}

// ------------------------------------------------------------------ iteration
export function getIter(r: Ref): Ref {
  const t = I32[r + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__iter__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
      const it = callDunder(f, r);
      const itt = I32[it + TYPE];
      if (!hasNext(itt)) {
        decref(it);
        raise(Exc.TypeError, `iter() returned non-iterator of type '${typeName(itt)}'`);
      }
      return it;
    }
    if (f === 0) {
      const gi = typeLookup(t, N.__getitem__);
      if (gi !== 0 && I32[gi + TYPE] !== T_BUILTIN) return seqIter(r);
    }
  }
  const f = Slots.iter[I32[t + TYPEOBJ.KIND]];
  if (f === undefined) raise(Exc.TypeError, `'${typeName(t)}' object is not iterable`);
  return f(r);
}

function hasNext(t: Ref): boolean {
  if (Slots.next[I32[t + TYPEOBJ.KIND]] !== undefined) return true;
  return typeLookup(t, N.__next__) !== 0;
}

export function setSeqIter(f: (r: Ref) => Ref): void { Slots.seqIter = f; }
function seqIter(r: Ref): Ref { return Slots.seqIter(r); }

/** next item of an iterator (new ref), or 0 when exhausted */
export function iterNext(it: Ref): Ref {
  const t = I32[it + TYPE];
  const f = Slots.next[I32[t + TYPEOBJ.KIND]];
  if (f !== undefined && !(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) return f(it);
  const nx = typeLookup(t, N.__next__);
  if (nx === 0 || I32[nx + TYPE] === T_BUILTIN) {
    if (f !== undefined) return f(it);
    raise(Exc.TypeError, `'${typeName(t)}' object is not an iterator`);
  }
  try {
    return callDunder(nx, it);
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.StopIteration)) {
      decref(e.exc);
      return 0;
    }
    throw e;
  }
}

/** all items of an iterable as new refs (the caller decrefs them) */
export function iterToArray(r: Ref): number[] {
  const it = getIter(r);
  const out: number[] = [];
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) out.push(v);
  } catch (e) {
    for (const v of out) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}

// ------------------------------------------------------------------ subscripts and containment
export function getItem(c: Ref, k: Ref): Ref {
  const t = I32[c + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__getitem__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) return callDunder(f, c, k);
  }
  const f = Slots.getitem[I32[t + TYPEOBJ.KIND]];
  if (f === undefined) {
    if (t === T_TYPE || isSubtype(t, T_TYPE)) {
      const cg = typeLookup(c, N.__class_getitem__);
      if (cg !== 0) return callDunder(cg, c, k);
      if (c === T_TYPE || isHeapOrGeneric(c)) { incref(c); return c; }
      raise(Exc.TypeError, `type '${typeName(c)}' is not subscriptable`);
    }
    raise(Exc.TypeError, `'${typeName(t)}' object is not subscriptable`);
  }
  return f(c, k);
}
function isHeapOrGeneric(t: Ref): boolean {
  // list[int], dict[str, int] ... in annotations-free code: subscripting a builtin container type yields it
  const k = I32[t + TYPEOBJ.KIND];
  return k === Kind.LIST || k === Kind.DICT || k === Kind.TUPLE || k === Kind.SET || k === Kind.FROZENSET || t === T_OBJECT;
}

export function setItem(c: Ref, k: Ref, v: Ref): void {
  const t = I32[c + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__setitem__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) { decref(callDunder(f, c, k, v)); return; }
  }
  const f = Slots.setitem[I32[t + TYPEOBJ.KIND]];
  if (f === undefined) raise(Exc.TypeError, `'${typeName(t)}' object does not support item assignment`);
  f(c, k, v);
}

export function delItem(c: Ref, k: Ref): void {
  const t = I32[c + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__delitem__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) { decref(callDunder(f, c, k)); return; }
  }
  const f = Slots.delitem[I32[t + TYPEOBJ.KIND]];
  if (f === undefined) raise(Exc.TypeError, `'${typeName(t)}' object doesn't support item deletion`);
  f(c, k);
}

/** v in c */
export function contains(c: Ref, v: Ref): boolean {
  const t = I32[c + TYPE];
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__contains__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) {
      const r = callDunder(f, c, v);
      const b = isTrue(r);
      decref(r);
      return b;
    }
  }
  const f = Slots.contains[I32[t + TYPEOBJ.KIND]];
  if (f !== undefined && userDunder(c, N.__iter__) === 0) return f(c, v);
  // fall back to iteration
  let it: Ref;
  try {
    it = getIter(c);
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.TypeError)) {
      decref(e.exc);
      raise(Exc.TypeError, `argument of type '${typeName(t)}' is not a container or iterable`);
    }
    throw e;
  }
  try {
    for (let x = iterNext(it); x !== 0; x = iterNext(it)) {
      const eq = x === v || richCompareBool(x, v, CMP_EQ);
      decref(x);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

// ------------------------------------------------------------------ repr and str
const reprActive = new Set<number>();

/** calls a user __repr__/__str__ (borrowed f) and returns its str result as a JS string */
function callStrDunder(f: Ref, r: Ref, name: string): string {
  const s = callDunder(f, r);
  if (I32[s + TYPE] !== T_STR) {
    decref(s);
    raise(Exc.TypeError, `${name} returned non-string (type ${typeNameOf(s)})`);
  }
  const js = strToJs(s);
  decref(s);
  return js;
}

/** repr(r) as a JS string */
export function reprJs(r: Ref): string {
  const t = I32[r + TYPE];
  if (t === T_STR) return Slots.repr[Kind.STR](r);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__repr__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) return callStrDunder(f, r, '__repr__');
  }
  const f = Slots.repr[I32[t + TYPEOBJ.KIND]];
  if (f !== undefined) return f(r);
  return defaultRepr(r);
}

export function defaultRepr(r: Ref): string {
  const t = I32[r + TYPE];
  const mod = I32[t + TYPEOBJ.MODULE];
  const modName = mod !== 0 && isStr(mod) ? strToJs(mod) : 'builtins';
  const qn = I32[t + TYPEOBJ.QUALNAME] ? strToJs(I32[t + TYPEOBJ.QUALNAME]) : typeName(t);
  return `<${modName === 'builtins' ? '' : modName + '.'}${qn} object at ${idHex(r)}>`;
}
export function idHex(r: Ref): string {
  return '0x' + (0x7f0000000000 + r * 4).toString(16);
}

/** repr for containers: guards against self-reference, `[...]` */
export function reprGuard(r: Ref, inner: () => string, onCycle: string): string {
  if (reprActive.has(r)) return onCycle;
  reprActive.add(r);
  try {
    return inner();
  } finally {
    reprActive.delete(r);
  }
}

/** str(r) as a JS string */
export function strJs(r: Ref): string {
  const t = I32[r + TYPE];
  if (t === T_STR) return strToJs(r);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) {
    const f = typeLookup(t, N.__str__);
    if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) return callStrDunder(f, r, '__str__');
  }
  const f = Slots.str[I32[t + TYPEOBJ.KIND]];
  if (f !== undefined) return f(r);
  return reprJs(r);
}

/** str(r) as a str object (new ref) */
export function strOf(r: Ref): Ref {
  if (I32[r + TYPE] === T_STR) { incref(r); return r; }
  return newStr(strJs(r));
}
export function reprOf(r: Ref): Ref {
  return newStr(reprJs(r));
}

