/**
 * @fileoverview The root of the type system as Python sees it: `object` (its dunder methods, callable as
 * `object.__setattr__(self, k, v)` or through `super()`), `type` (3-argument form, class attributes such as
 * __name__/__mro__/__dict__, mro()), `super` (zero-argument form reading the calling frame's __class__ cell),
 * and the descriptor types property, staticmethod and classmethod.
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  TYPE, TYPEOBJ, Kind, HDR, NONE, TRUE, FALSE, NOTIMPLEMENTED, T_OBJECT, T_TYPE, T_STR, T_TUPLE, T_DICT,
  T_FUNCTION, T_BUILTIN, T_PROPERTY, T_STATICMETHOD, T_CLASSMETHOD, T_SUPER, TF_HEAPTYPE, DESCR, SUPER,
  FRAME, FRAME_SLOTS, CODE, CELL, TUPLE, TUPLE_ITEMS, BUILTIN, TF_HAS_GETATTR, TF_HAS_SETATTR,
  TF_HAS_GETATTRIBUTE,
} from '../layout.js';
import { incref, decref, xincref, registerDealloc, layoutDealloc } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { strToJs, newStr, intern, strHash } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { tupleOf } from '../objects/tuple.js';
import { newList } from '../objects/list.js';
import { listAppend } from '../objects/list.js';
import {
  newDict, dictGet, dictGetHashed, dictGetRefHashed, dictSet, dictPop, dictNextEntry, dictEntryKey, dictEntryValue,
} from '../objects/dict.js';
import { callType, getAttr, getAttrSoft, genericSetAttr, bindDescriptor, newInstance, defaultRepr, reprJs, reprOf, isType, callN, call, typeNameOf, instanceDict, raiseAttributeError, newMethod, idHex } from '../abstract.js';
import { Slots } from '../slots.js';
import { newClass, typeLookup, typeName, isSubtype, mroItems } from '../typeobj.js';
import { defBuiltin, typeDict, bindArgs, argc, kwCount } from '../builtinfn.js';
import { N } from '../names.js';
import { currentFrame } from '../../vm/interpreter.js';
import { formatJs } from '../../vm/support.js';
import { isTrue } from '../abstract.js';
import { T_MODULE } from '../layout.js';

const OBJ = typeDict(T_OBJECT);
const TYP = typeDict(T_TYPE);

/** allocates the fixed part of an instance of (possibly heap) type t: words from its BASICSIZE */
export function allocInstance(t: Ref): Ref {
  const size = I32[t + TYPEOBJ.BASICSIZE];
  const r = allocBlock(t, size);
  for (let i = HDR; i < size; i++) I32[r + i] = 0;
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) incref(t);
  return r;
}

function newRef(v: Ref): Ref {
  incref(v);
  return v;
}

// ------------------------------------------------------------------ object
Slots.new[Kind.OBJECT] = (t, _a, n, kw) => {
  if (n > 0 || kwCount(kw) > 0) raise(Exc.TypeError, `${typeName(t)}() takes no arguments`);
  return allocInstance(t);
};

let objInit = 0, objNew = 0;
function objectInitRef(): Ref {
  if (objInit === 0) objInit = dictGet(I32[T_OBJECT + TYPEOBJ.DICT], N.__init__);
  return objInit;
}
function objectNewRef(): Ref {
  if (objNew === 0) objNew = dictGet(I32[T_OBJECT + TYPEOBJ.DICT], N.__new__);
  return objNew;
}

defBuiltin(OBJ, '__init__', (a, n) => {
  if (n > 1) {
    const t = I32[I32[a] + TYPE];
    if (typeLookup(t, N.__init__) !== objectInitRef()) {
      raise(Exc.TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (typeLookup(t, N.__new__) === objectNewRef()) raise(Exc.TypeError, `${typeName(t)}() takes no arguments`);
  }
  return NONE;
}, 'object');

defBuiltin(OBJ, '__new__', (a, n, kw) => {
  if (n < 1) raise(Exc.TypeError, 'object.__new__(): not enough arguments');
  const t = I32[a];
  if (!isType(t)) raise(Exc.TypeError, `object.__new__(X): X is not a type object (${typeNameOf(t)})`);
  const kind = I32[t + TYPEOBJ.KIND];
  if (kind !== Kind.OBJECT) return newInstance(t, a + 1, n - 1, kw);
  if (n > 1) {
    if (typeLookup(t, N.__new__) !== objectNewRef()) {
      raise(Exc.TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (typeLookup(t, N.__init__) === objectInitRef()) raise(Exc.TypeError, `${typeName(t)}() takes no arguments`);
  }
  return allocInstance(t);
}, 'object');

/** the builtin (slot) repr of r, ignoring Python overrides */
function slotRepr(r: Ref): string {
  const f = Slots.repr[I32[I32[r + TYPE] + TYPEOBJ.KIND]];
  return f !== undefined ? f(r) : defaultRepr(r);
}
defBuiltin(OBJ, '__repr__', (a, n, kw) => {
  argc('object.__repr__', n, kw, 1, 1);
  const r = I32[a];
  return newStr(I32[I32[r + TYPE] + TYPEOBJ.KIND] === Kind.OBJECT ? defaultRepr(r) : slotRepr(r));
}, 'object');
defBuiltin(OBJ, '__str__', (a, n, kw) => {
  argc('object.__str__', n, kw, 1, 1);
  return reprOf(I32[a]);
}, 'object');

function defCompare(name: string, op: number): void {
  defBuiltin(OBJ, name, (a, n, kw) => {
    argc(`object.${name}`, n, kw, 2, 2);
    const x = I32[a], y = I32[a + 1];
    const f = Slots.richcmp[I32[I32[x + TYPE] + TYPEOBJ.KIND]];
    if (f !== undefined) return f(x, y, op);
    if (op === 2) return x === y ? TRUE : NOTIMPLEMENTED;
    if (op === 3) {
      // object.__ne__ inverts __eq__
      const eq = typeLookup(I32[x + TYPE], N.__eq__);
      if (eq !== 0 && I32[eq + TYPE] !== T_BUILTIN) {
        const bound = bindDescriptor(eq, x, I32[x + TYPE]);
        let r: Ref;
        try { r = callN(bound, [y]); } finally { decref(bound); }
        if (r === NOTIMPLEMENTED) return r;
        const t = r === TRUE ? true : r === FALSE ? false : isTrueRef(r);
        decref(r);
        return t ? FALSE : TRUE;
      }
      return x === y ? FALSE : NOTIMPLEMENTED;
    }
    return NOTIMPLEMENTED;
  }, 'object');
}
function isTrueRef(r: Ref): boolean { return isTrue(r); }
defCompare('__lt__', 0);
defCompare('__le__', 1);
defCompare('__eq__', 2);
defCompare('__ne__', 3);
defCompare('__gt__', 4);
defCompare('__ge__', 5);

defBuiltin(OBJ, '__hash__', (a, n, kw) => {
  argc('object.__hash__', n, kw, 1, 1);
  const r = I32[a];
  const h = Slots.hash[I32[I32[r + TYPE] + TYPEOBJ.KIND]];
  if (h === undefined) raise(Exc.TypeError, `unhashable type: '${typeNameOf(r)}'`);
  return newInt(h(r));
}, 'object');

/** object.__getattribute__: the generic lookup without __getattribute__/__getattr__ hooks */
export function genericGetAttr(obj: Ref, name: Ref): Ref {
  const t = I32[obj + TYPE];
  if (isType(obj) || I32[t + TYPEOBJ.KIND] === Kind.MODULE || !(I32[t + TYPEOBJ.TFLAGS] & (TF_HAS_GETATTR | TF_HAS_GETATTRIBUTE))) {
    return getAttr(obj, name);
  }
  const d = typeLookup(t, name);
  if (d !== 0 && isDataDescr(d)) return bindDescriptor(d, obj, t);
  const idict = instanceDict(obj, false);
  if (idict !== 0) {
    // a new reference read safely under --gil=off too (another thread may rebind the attribute meanwhile)
    const v = dictGetRefHashed(idict, name, strHash(name));
    if (v !== 0) return v;
  }
  if (d !== 0) return bindDescriptor(d, obj, t);
  const sg = Slots.getattr[I32[t + TYPEOBJ.KIND]];
  if (sg !== undefined) {
    const v = sg(obj, name);
    if (v !== 0) return v;
  }
  if (name === N.__class__) return newRef(t);
  if (name === N.__dict__ && I32[t + TYPEOBJ.DICTOFFSET] !== 0) return newRef(instanceDict(obj, true));
  return raiseAttributeError(obj, name);
}
function isDataDescr(d: Ref): boolean {
  const dt = I32[d + TYPE];
  if (dt === T_PROPERTY) return true;
  if (I32[dt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) return typeLookup(dt, N.__set__) !== 0 || typeLookup(dt, N.__delete__) !== 0;
  return false;
}
function attrName(r: Ref): Ref {
  if (I32[r + TYPE] !== T_STR && !isSubtype(I32[r + TYPE], T_STR)) {
    raise(Exc.TypeError, `attribute name must be string, not '${typeNameOf(r)}'`);
  }
  return intern(strToJs(r));
}
defBuiltin(OBJ, '__getattribute__', (a, n, kw) => {
  argc('object.__getattribute__', n, kw, 2, 2);
  return genericGetAttr(I32[a], attrName(I32[a + 1]));
}, 'object');
defBuiltin(OBJ, '__setattr__', (a, n, kw) => {
  argc('object.__setattr__', n, kw, 3, 3);
  genericSetAttr(I32[a], attrName(I32[a + 1]), I32[a + 2]);
  return NONE;
}, 'object');
defBuiltin(OBJ, '__delattr__', (a, n, kw) => {
  argc('object.__delattr__', n, kw, 2, 2);
  genericSetAttr(I32[a], attrName(I32[a + 1]), 0);
  return NONE;
}, 'object');
defBuiltin(OBJ, '__init_subclass__', () => NONE, 'object');
defBuiltin(OBJ, '__format__', (a, n, kw) => {
  argc('object.__format__', n, kw, 2, 2);
  const spec = I32[a + 1];
  if (I32[spec + TYPE] !== T_STR) raise(Exc.TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
  const s = strToJs(spec);
  const self = I32[a];
  if (I32[I32[self + TYPE] + TYPEOBJ.KIND] !== Kind.OBJECT) return newStr(formatJs(self, s));
  if (s !== '') raise(Exc.TypeError, `unsupported format string passed to ${typeNameOf(self)}.__format__`);
  const str = getAttrSoft(self, N.__str__);
  if (str === 0) return reprOf(self);
  try { return callN(str, []); } finally { decref(str); }
}, 'object');
defBuiltin(OBJ, '__dir__', (a, n, kw) => {
  argc('object.__dir__', n, kw, 1, 1);
  const names = dirNames(I32[a]);
  const l = newList(0);
  for (const s of names) listAppend(l, intern(s));
  return l;
}, 'object');
defBuiltin(OBJ, '__reduce_ex__', () => raise(Exc.TypeError, 'cannot pickle objects in minipy'), 'object');
defBuiltin(OBJ, '__sizeof__', (a) => newInt(16 + 8 * (I32[I32[a] + TYPE] === T_OBJECT ? 0 : 1)), 'object');

/** the attribute names dir(obj) lists: instance dict, then the type and its MRO (sorted, unique) */
export function dirNames(obj: Ref): string[] {
  const out = new Set<string>();
  const addDict = (d: Ref): void => {
    if (d === 0) return;
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
      const k = dictEntryKey(d, ix);
      if (I32[k + TYPE] === T_STR) out.add(strToJs(k));
    }
  };
  if (isType(obj)) {
    for (const c of [obj, ...mroItems(obj)]) addDict(I32[c + TYPEOBJ.DICT]);
    for (const s of ['__name__', '__qualname__', '__module__', '__mro__', '__bases__', '__base__', '__dict__', '__doc__', '__class__']) {
      if (s !== '__mro__' && s !== '__bases__' && s !== '__base__' && s !== '__name__' && s !== '__qualname__') out.add(s);
    }
  } else if (I32[obj + TYPE] === typeRefModule()) {
    addDict(I32[obj + HDR]);
  } else {
    addDict(instanceDict(obj, false));
    const t = I32[obj + TYPE];
    for (const c of [t, ...mroItems(t)]) addDict(I32[c + TYPEOBJ.DICT]);
    out.add('__class__');
    if (I32[t + TYPEOBJ.DICTOFFSET] !== 0) { out.add('__dict__'); }
    if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) { out.add('__module__'); out.add('__doc__'); out.add('__weakref__'); }
  }
  return [...out].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
function typeRefModule(): Ref { return T_MODULE; }

// ------------------------------------------------------------------ type
Slots.new[Kind.TYPE] = (meta, a, n, kw) => {
  const npos = n - kwCount(kw);
  if (meta === T_TYPE && npos === 1 && kwCount(kw) === 0) return newRef(I32[I32[a] + TYPE]);
  if (npos !== 3) raise(Exc.TypeError, 'type() takes 1 or 3 arguments');
  const name = I32[a], bases = I32[a + 1], ns = I32[a + 2];
  if (I32[name + TYPE] !== T_STR) raise(Exc.TypeError, `type.__new__() argument 1 must be str, not ${typeNameOf(name)}`);
  if (I32[bases + TYPE] !== T_TUPLE) raise(Exc.TypeError, `type.__new__() argument 2 must be tuple, not ${typeNameOf(bases)}`);
  if (I32[ns + TYPE] !== T_DICT && !isSubtype(I32[ns + TYPE], T_DICT)) {
    raise(Exc.TypeError, `type.__new__() argument 3 must be dict, not ${typeNameOf(ns)}`);
  }
  const bl: number[] = [];
  for (let i = 0; i < I32[bases + TUPLE.SIZE]; i++) bl.push(I32[bases + TUPLE_ITEMS + i]);
  // the most derived metaclass of the bases wins
  let m = meta;
  for (const b of bl) {
    const bt = I32[b + TYPE];
    if (isSubtype(bt, m)) m = bt;
  }
  const cls = newClass(m, strToJs(name), bl, ns);
  // __qualname__ and __module__ from the namespace (or the calling module)
  const d = I32[cls + TYPEOBJ.DICT];
  const qn = dictGet(ns, N.__qualname__);
  if (qn !== 0 && I32[qn + TYPE] === T_STR) {
    I32[cls + TYPEOBJ.QUALNAME] = intern(strToJs(qn));
    const old = dictPop(d, N.__qualname__);
    if (old) decref(old);
  }
  let mod = dictGet(ns, N.__module__);
  if (mod === 0 && currentFrame !== 0) {
    mod = dictGet(I32[currentFrame + FRAME.GLOBALS], N.__name__);
    if (mod !== 0) dictSet(d, N.__module__, mod);
  }
  if (mod !== 0) { incref(mod); I32[cls + TYPEOBJ.MODULE] = mod; }
  if (dictGet(d, N.__doc__) === 0) dictSet(d, N.__doc__, NONE);
  return cls;
};

defBuiltin(TYP, '__new__', (a, n, kw) => {
  if (n < 1) raise(Exc.TypeError, 'type.__new__(): not enough arguments');
  const meta = I32[a];
  if (!isType(meta) || !isSubtype(meta, T_TYPE)) raise(Exc.TypeError, `type.__new__(X): X is not a type object (${typeNameOf(meta)})`);
  return Slots.new[Kind.TYPE](meta, a + 1, n - 1, kw);
}, 'type');
defBuiltin(TYP, '__init__', () => NONE, 'type');
defBuiltin(TYP, '__call__', (a, n, kw) => {
  if (n < 1) raise(Exc.TypeError, 'type.__call__(): not enough arguments');
  if (!isType(I32[a])) return call(I32[a], a + 1, n - 1, kw);
  return callType(I32[a], a + 1, n - 1, kw);
}, 'type');
defBuiltin(TYP, 'mro', (a, n, kw) => {
  argc('mro', n, kw, 1, 1);
  const t = I32[a];
  const l = newList(0);
  listAppend(l, t);
  for (const c of mroItems(t)) listAppend(l, c);
  return l;
}, 'type');
defBuiltin(TYP, '__subclasses__', () => newList(0), 'type');
defBuiltin(TYP, '__instancecheck__', (a, n, kw) => {
  argc('__instancecheck__', n, kw, 2, 2);
  return isSubtype(I32[I32[a + 1] + TYPE], I32[a]) ? TRUE : FALSE;
}, 'type');
defBuiltin(TYP, '__subclasscheck__', (a, n, kw) => {
  argc('__subclasscheck__', n, kw, 2, 2);
  return isSubtype(I32[a + 1], I32[a]) ? TRUE : FALSE;
}, 'type');
defBuiltin(TYP, '__repr__', (a, n, kw) => {
  argc('type.__repr__', n, kw, 1, 1);
  return newStr(Slots.repr[Kind.TYPE](I32[a]));
}, 'type');

const TA = {
  __text_signature__: intern('__text_signature__'), __abstractmethods__: intern('__abstractmethods__'),
  __type_params__: intern('__type_params__'),
};

Slots.getattr[Kind.TYPE] = (t, name) => {
  switch (name) {
    case N.__name__: return newRef(I32[t + TYPEOBJ.NAME]);
    case N.__qualname__: return newRef(I32[t + TYPEOBJ.QUALNAME]);
    case N.__module__: {
      const m = I32[t + TYPEOBJ.MODULE];
      return newRef(m !== 0 ? m : intern('builtins'));
    }
    case N.__mro__: return tupleOf([t, ...mroItems(t)]);
    case N.__bases__: return newRef(I32[t + TYPEOBJ.BASES]);
    case N.__base__: return newRef(I32[t + TYPEOBJ.BASE] || NONE);
    case N.__class__: return newRef(I32[t + TYPE]);
    case N.__doc__: return newRef(NONE);
    case N.__dict__: {
      const d = newDict();
      const src = I32[t + TYPEOBJ.DICT];
      for (let ix = dictNextEntry(src, 0); ix >= 0; ix = dictNextEntry(src, ix + 1)) {
        dictSet(d, dictEntryKey(src, ix), dictEntryValue(src, ix));
      }
      return d;
    }
    case TA.__type_params__: return tupleOf([]);
  }
  // methods of type (mro, __subclasses__, ...) bound to the class
  const meta = I32[t + TYPE];
  const m = typeLookup(meta, name);
  if (m !== 0 && I32[m + TYPE] === T_BUILTIN && I32[m + BUILTIN.SELF] === 0) return bindDescriptor(m, t, meta);
  return 0;
};

// ------------------------------------------------------------------ super
registerDealloc(Kind.SUPER, layoutDealloc(SUPER));

function newSuper(type: Ref, cls: Ref, obj: Ref): Ref {
  if (!isType(cls)) raise(Exc.TypeError, `super() argument 1 must be a type, not ${typeNameOf(cls)}`);
  let objtype: Ref;
  if (isType(obj) && isSubtype(obj, cls)) objtype = obj;
  else if (isSubtype(I32[obj + TYPE], cls)) objtype = I32[obj + TYPE];
  else raise(Exc.TypeError, 'super(type, obj): obj must be an instance or subtype of type');
  const s = allocInstance(type);
  incref(cls); incref(obj); incref(objtype);
  I32[s + SUPER.TYPE] = cls;
  I32[s + SUPER.OBJ] = obj;
  I32[s + SUPER.OBJTYPE] = objtype;
  return s;
}

Slots.new[Kind.SUPER] = (t, a, n, kw) => {
  if (kwCount(kw) > 0) raise(Exc.TypeError, 'super() takes no keyword arguments');
  if (n === 2) return newSuper(t, I32[a], I32[a + 1]);
  if (n === 1) raise(Exc.TypeError, 'super() with one argument is not supported by minipy');
  if (n > 2) raise(Exc.TypeError, `super() takes at most 2 arguments (${n} given)`);
  const f = currentFrame;
  if (f === 0) raise(Exc.RuntimeError, 'super(): no current frame');
  const code = I32[f + FRAME.CODE];
  if (I32[code + CODE.ARGCOUNT] === 0 && !(I32[code + CODE.CFLAGS] & 0x4)) raise(Exc.RuntimeError, 'super(): no arguments');
  const fast = f + FRAME_SLOTS;
  const nlocals = I32[f + FRAME.NLOCALS];
  const ncells = I32[code + CODE.NCELLS], nfree = I32[code + CODE.NFREE];
  const ncellvars = ncells - nfree;
  let first = I32[fast];
  const c2a = I32[code + CODE.CELL2ARG] + HDR;
  for (let i = 0; i < ncellvars; i++) {
    if (I32[c2a + i] === 0) {
      const cell = I32[fast + nlocals + i];
      if (cell !== 0) first = I32[cell + CELL.REF];
      break;
    }
  }
  if (first === 0) raise(Exc.RuntimeError, 'super(): arg[0] deleted');
  const freevars = I32[code + CODE.FREEVARS];
  let cls = 0;
  for (let j = 0; j < nfree; j++) {
    if (I32[freevars + TUPLE_ITEMS + j] === N.__class__) {
      const cell = I32[fast + nlocals + ncellvars + j];
      if (cell === 0) break;
      cls = I32[cell + CELL.REF];
      if (cls === 0) raise(Exc.RuntimeError, 'super(): empty __class__ cell');
      break;
    }
  }
  if (cls === 0) raise(Exc.RuntimeError, 'super(): __class__ cell not found');
  return newSuper(t, cls, first);
};

Slots.getattr[Kind.SUPER] = (s, name) => {
  const start = I32[s + SUPER.TYPE], obj = I32[s + SUPER.OBJ], objtype = I32[s + SUPER.OBJTYPE];
  if (name !== N.__class__) {
    const chain = [objtype, ...mroItems(objtype)];
    let i = chain.indexOf(start);
    const h = strHash(name);
    for (i++; i < chain.length; i++) {
      const d = dictGetHashed(I32[chain[i] + TYPEOBJ.DICT], name, h);
      if (d === 0) continue;
      const dt = I32[d + TYPE];
      const objIsType = obj === objtype;
      if (dt === T_BUILTIN && I32[d + BUILTIN.SELF] === 0 && (name === N.__new__ || (objIsType && name !== N.__init_subclass__))) {
        return newRef(d);
      }
      if (objIsType) {
        if (dt === T_FUNCTION) return newRef(d);
        if (dt === T_CLASSMETHOD) return newMethod(I32[d + DESCR.FUNC], obj);
        if (dt === T_BUILTIN && name === N.__init_subclass__) return bindDescriptor(d, obj, objtype);
      }
      return bindDescriptor(d, obj, objtype);
    }
  }
  return 0;
};
Slots.repr[Kind.SUPER] = (s) => {
  const obj = I32[s + SUPER.OBJ];
  const objDesc = obj === I32[s + SUPER.OBJTYPE] ? reprJs(obj) : `<${typeName(I32[obj + TYPE])} object>`;
  return `<super: ${reprJs(I32[s + SUPER.TYPE])}, ${objDesc}>`;
};

// ------------------------------------------------------------------ property
function newDescrOf(t: Ref, f: Ref, fset: Ref, fdel: Ref, doc: Ref): Ref {
  const d = allocInstance(t);
  const norm = (x: Ref): Ref => (x === NONE ? 0 : x);
  f = norm(f); fset = norm(fset); fdel = norm(fdel);
  xincref(f); xincref(fset); xincref(fdel); xincref(doc);
  I32[d + DESCR.FUNC] = f;
  I32[d + DESCR.FSET] = fset;
  I32[d + DESCR.FDEL] = fdel;
  I32[d + DESCR.DOC] = doc;
  return d;
}
/** the doc of a property: the given doc, else fget.__doc__ */
function docOf(fget: Ref, doc: Ref): Ref {
  if (doc !== 0 && doc !== NONE) { incref(doc); return doc; }
  if (fget === 0 || fget === NONE) return 0;
  const v = getAttrSoft(fget, N.__doc__);
  if (v === NONE) return 0;
  return v;
}
Slots.new[Kind.PROPERTY] = (t, a, n, kw) => {
  const [fget, fset, fdel, doc] = bindArgs('property', a, n, kw, ['fget', 'fset', 'fdel', 'doc']);
  const dv = docOf(fget, doc);
  const p = newDescrOf(t, fget, fset, fdel, dv);
  if (dv !== 0) decref(dv);
  return p;
};
const PROP = typeDict(T_PROPERTY);
function propCopy(p: Ref, which: number, f: Ref): Ref {
  const fget = which === 0 ? f : I32[p + DESCR.FUNC];
  const fset = which === 1 ? f : I32[p + DESCR.FSET];
  const fdel = which === 2 ? f : I32[p + DESCR.FDEL];
  let doc = I32[p + DESCR.DOC];
  let own = false;
  if (which === 0 && doc === 0) { doc = docOf(fget, 0); own = true; }
  const r = newDescrOf(I32[p + TYPE], fget, fset, fdel, doc);
  if (own && doc !== 0) decref(doc);
  return r;
}
defBuiltin(PROP, 'getter', (a, n, kw) => { argc('getter', n, kw, 2, 2); return propCopy(I32[a], 0, I32[a + 1]); }, 'property');
defBuiltin(PROP, 'setter', (a, n, kw) => { argc('setter', n, kw, 2, 2); return propCopy(I32[a], 1, I32[a + 1]); }, 'property');
defBuiltin(PROP, 'deleter', (a, n, kw) => { argc('deleter', n, kw, 2, 2); return propCopy(I32[a], 2, I32[a + 1]); }, 'property');
defBuiltin(PROP, '__get__', (a, n, kw) => {
  argc('__get__', n, kw, 2, 3);
  const p = I32[a], obj = I32[a + 1];
  if (obj === NONE) return newRef(p);
  return bindDescriptor(p, obj, n > 2 ? I32[a + 2] : I32[obj + TYPE]);
}, 'property');
defBuiltin(PROP, '__set__', (a, n, kw) => {
  argc('__set__', n, kw, 3, 3);
  const f = I32[I32[a] + DESCR.FSET];
  if (f === 0) raise(Exc.AttributeError, "property has no setter");
  decref(callN(f, [I32[a + 1], I32[a + 2]]));
  return NONE;
}, 'property');
defBuiltin(PROP, '__delete__', (a, n, kw) => {
  argc('__delete__', n, kw, 2, 2);
  const f = I32[I32[a] + DESCR.FDEL];
  if (f === 0) raise(Exc.AttributeError, "property has no deleter");
  decref(callN(f, [I32[a + 1]]));
  return NONE;
}, 'property');

Slots.getattr[Kind.PROPERTY] = (p, name) => {
  const orNone = (v: Ref): Ref => newRef(v === 0 ? NONE : v);
  if (name === N.fget) return orNone(I32[p + DESCR.FUNC]);
  if (name === N.fset) return orNone(I32[p + DESCR.FSET]);
  if (name === N.fdel) return orNone(I32[p + DESCR.FDEL]);
  if (name === N.__doc__) return orNone(I32[p + DESCR.DOC]);
  if (name === N.__isabstractmethod__) return FALSE;
  if (name === N.__name__) {
    const g = I32[p + DESCR.FUNC];
    if (g !== 0) return getAttrSoft(g, N.__name__);
  }
  return 0;
};
Slots.setattr[Kind.PROPERTY] = (p, name, v) => {
  if (name === N.__doc__) {
    const old = I32[p + DESCR.DOC];
    xincref(v);
    I32[p + DESCR.DOC] = v;
    if (old) decref(old);
    return true;
  }
  return false;
};

// ------------------------------------------------------------------ staticmethod, classmethod
for (const [kind, tname] of [[Kind.STATICMETHOD, 'staticmethod'], [Kind.CLASSMETHOD, 'classmethod']] as const) {
  Slots.new[kind] = (t, a, n, kw) => {
    if (kwCount(kw) > 0) raise(Exc.TypeError, `${tname}() takes no keyword arguments`);
    if (n !== 1) raise(Exc.TypeError, `${tname} expected 1 argument, got ${n}`);
    return newDescrOf(t, I32[a], 0, 0, 0);
  };
  Slots.getattr[kind] = (d, name) => {
    const f = I32[d + DESCR.FUNC];
    if (name === N.__func__ || name === N.__wrapped__) return newRef(f);
    if (name === N.__isabstractmethod__) return FALSE;
    if (name === N.__name__ || name === N.__qualname__ || name === N.__doc__ || name === N.__module__) return getAttrSoft(f, name);
    return 0;
  };
  Slots.repr[kind] = (d) => `<${tname}(${reprJs(I32[d + DESCR.FUNC])})>`;
  defBuiltin(typeDict(kind === Kind.STATICMETHOD ? T_STATICMETHOD : T_CLASSMETHOD), '__get__', (a, n, kw) => {
    argc('__get__', n, kw, 2, 3);
    const d = I32[a], obj = I32[a + 1];
    const f = I32[d + DESCR.FUNC];
    if (kind === Kind.STATICMETHOD) return newRef(f);
    const owner = n > 2 && I32[a + 2] !== NONE ? I32[a + 2] : I32[obj + TYPE];
    return newMethod(f, owner);
  }, tname);
}
Slots.call[Kind.STATICMETHOD] = (d, a, n, kw) => call(I32[d + DESCR.FUNC], a, n, kw);

