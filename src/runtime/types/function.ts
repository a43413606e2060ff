/**
 * @fileoverview Attributes of functions (__name__, __doc__ from co_consts[0], __defaults__, __dict__ for
 * arbitrary attributes, ...), code objects (co_name, co_varnames, ...), bound methods (__self__, __func__,
 * passthrough to the function) and builtin functions (__name__, __qualname__, __self__).
 */
import { I32, type Ref } from '../heap.js';
import {
  TYPE, Kind, NONE, FUNCTION, CODE, METHOD, BUILTIN, TUPLE, TUPLE_ITEMS, T_STR, T_TUPLE, T_DICT, T_FUNCTION,
  T_MODULE, CELL, EMPTY_TUPLE, T_CELL, TRACEBACK,
} from '../layout.js';
import { incref, decref } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { strToJs, intern } from '../objects/str.js';
import { newInt } from '../objects/int.js';
import { newDict, dictGet, dictSet } from '../objects/dict.js';
import { getAttrSoft, setAttr, typeNameOf } from '../abstract.js';
import { Slots } from '../slots.js';
import { isSubtype } from '../typeobj.js';
import { N } from '../names.js';
import { dictPop } from '../objects/dict.js';
import { T_CODE } from '../layout.js';
import { defBuiltin, typeDict, argc } from '../builtinfn.js';
import { swapAfterReaders } from '../qsbr.js';
import { FT } from '../threadid.js';
import { newMethod } from '../abstract.js';

function newRef(v: Ref): Ref {
  incref(v);
  return v;
}
function orNone(v: Ref): Ref {
  return newRef(v === 0 ? NONE : v);
}

const S = {
  co_qualname: intern('co_qualname'), co_posonlyargcount: intern('co_posonlyargcount'),
  co_kwonlyargcount: intern('co_kwonlyargcount'), co_nlocals: intern('co_nlocals'), co_flags: intern('co_flags'),
  co_consts: intern('co_consts'), co_names: intern('co_names'), co_cellvars: intern('co_cellvars'),
  co_freevars: intern('co_freevars'), co_firstlineno: intern('co_firstlineno'), co_stacksize: intern('co_stacksize'),
  cell_contents: intern('cell_contents'), __type_params__: intern('__type_params__'),
  __annotations__: intern('__annotations__'), tb_lasti: intern('tb_lasti'),
};

/** the function's docstring: FUNCTION.DOC if set, else co_consts[0] when it is a str (borrowed) */
function funcDoc(f: Ref): Ref {
  const d = I32[f + FUNCTION.DOC];
  if (d !== 0 && d !== NONE) return d;
  const consts = I32[I32[f + FUNCTION.CODE] + CODE.CONSTS];
  if (I32[consts + TUPLE.SIZE] > 0) {
    const c0 = I32[consts + TUPLE_ITEMS];
    if (I32[c0 + TYPE] === T_STR) return c0;
  }
  return NONE;
}

/** a function's attribute dict (created on demand; borrowed) */
function funcDict(f: Ref): Ref {
  let d = I32[f + FUNCTION.DICT];
  if (d === 0) {
    d = newDict();
    if (FT) {
      // --gil=off: two threads giving a function its first attribute must end up with one dict
      const prev = Atomics.compareExchange(I32, f + FUNCTION.DICT, 0, d);
      if (prev !== 0) { decref(d); d = prev; }
    } else I32[f + FUNCTION.DICT] = d;
  }
  return d;
}

Slots.getattr[Kind.FUNCTION] = (f, name) => {
  switch (name) {
    case N.__name__: return newRef(I32[f + FUNCTION.NAME]);
    case N.__qualname__: return newRef(I32[f + FUNCTION.QUALNAME]);
    case N.__module__: return orNone(I32[f + FUNCTION.MODULE]);
    case N.__doc__: return newRef(funcDoc(f));
    case N.__defaults__: return orNone(I32[f + FUNCTION.DEFAULTS]);
    case N.__kwdefaults__: return orNone(I32[f + FUNCTION.KWDEFAULTS]);
    case N.__code__: return newRef(I32[f + FUNCTION.CODE]);
    case N.__closure__: return orNone(I32[f + FUNCTION.CLOSURE]);
    case N.__globals__: return newRef(I32[f + FUNCTION.GLOBALS]);
    case N.__dict__: return newRef(funcDict(f));
    case N.__builtins__: return 0;
  }
  const d = I32[f + FUNCTION.DICT];
  if (d !== 0) {
    const v = dictGet(d, name);
    if (v !== 0) return newRef(v);
  }
  if (name === S.__type_params__) return newRef(EMPTY_TUPLE);
  if (name === S.__annotations__) {
    const a = newDict();
    dictSet(funcDict(f), name, a);
    return a;
  }
  return 0;
};

function setField(f: Ref, field: number, v: Ref): void {
  if (v !== 0) incref(v);
  // a call in another thread may be reading the old value (the defaults tuple) without a count of its own
  swapAfterReaders(f + field, v);
}

Slots.setattr[Kind.FUNCTION] = (f, name, v) => {
  const need = (ok: boolean, what: string): void => {
    if (!ok) raise(Exc.TypeError, `${strToJs(name)} must be set to ${what}`);
  };
  switch (name) {
    case N.__name__:
    case N.__qualname__:
      need(v !== 0 && I32[v + TYPE] === T_STR, 'a string object');
      setField(f, name === N.__name__ ? FUNCTION.NAME : FUNCTION.QUALNAME, intern(strToJs(v)));
      return true;
    case N.__doc__: setField(f, FUNCTION.DOC, v === 0 ? NONE : v); return true;
    case N.__module__: setField(f, FUNCTION.MODULE, v === 0 ? NONE : v); return true;
    case N.__defaults__:
      need(v === 0 || v === NONE || I32[v + TYPE] === T_TUPLE, 'a tuple');
      setField(f, FUNCTION.DEFAULTS, v === NONE ? 0 : v);
      return true;
    case N.__kwdefaults__:
      need(v === 0 || v === NONE || I32[v + TYPE] === T_DICT, 'a dict');
      setField(f, FUNCTION.KWDEFAULTS, v === NONE ? 0 : v);
      return true;
    case N.__code__:
      need(v !== 0 && I32[v + TYPE] === typeRefCode(), 'a code object');
      setField(f, FUNCTION.CODE, v);
      return true;
    case N.__dict__:
      if (v === 0) raise(Exc.TypeError, 'cannot delete __dict__');
      need(I32[v + TYPE] === T_DICT || isSubtype(I32[v + TYPE], T_DICT), `a dictionary, not a '${typeNameOf(v)}'`);
      setField(f, FUNCTION.DICT, v);
      return true;
  }
  const d = funcDict(f);
  if (v === 0) {
    if (dictGet(d, name) === 0) raise(Exc.AttributeError, `'function' object has no attribute '${strToJs(name)}'`);
    dictDel(d, name);
  } else dictSet(d, name, v);
  return true;
};
function dictDel(d: Ref, k: Ref): void {
  const old = dictPop(d, k);
  if (old) decref(old);
}
function typeRefCode(): Ref { return T_CODE; }

// ------------------------------------------------------------------ code objects
function intOf(v: number): Ref { return newInt(v); }
Slots.getattr[Kind.CODE] = (c, name) => {
  switch (name) {
    case N.co_name: return newRef(I32[c + CODE.NAME]);
    case S.co_qualname: return newRef(I32[c + CODE.QUALNAME]);
    case N.co_filename: return newRef(I32[c + CODE.FILENAME]);
    case N.co_varnames: return newRef(I32[c + CODE.VARNAMES]);
    case N.co_argcount: return intOf(I32[c + CODE.ARGCOUNT]);
    case S.co_posonlyargcount: return intOf(I32[c + CODE.POSONLY]);
    case S.co_kwonlyargcount: return intOf(I32[c + CODE.KWONLY]);
    case S.co_nlocals: return intOf(I32[c + CODE.NLOCALS]);
    case S.co_flags: return intOf(I32[c + CODE.CFLAGS]);
    case S.co_consts: return newRef(I32[c + CODE.CONSTS]);
    case S.co_names: return newRef(I32[c + CODE.NAMES]);
    case S.co_cellvars: return newRef(I32[c + CODE.CELLVARS]);
    case S.co_freevars: return newRef(I32[c + CODE.FREEVARS]);
    case S.co_firstlineno: return intOf(I32[c + CODE.FIRSTLINENO]);
    case S.co_stacksize: return intOf(I32[c + CODE.STACKSIZE]);
  }
  return 0;
};

// ------------------------------------------------------------------ cells and tracebacks
Slots.getattr[Kind.CELL] = (c, name) => {
  if (name === S.cell_contents) {
    const v = I32[c + CELL.REF];
    if (v === 0) raise(Exc.ValueError, 'Cell is empty');
    return newRef(v);
  }
  return 0;
};
Slots.getattr[Kind.TRACEBACK] = (tb, name) => {
  if (name === N.tb_next) return orNone(I32[tb + TRACEBACK.NEXT]);
  if (name === N.tb_lineno) return intOf(I32[tb + TRACEBACK.LINENO]);
  if (name === S.tb_lasti) return intOf(I32[tb + TRACEBACK.LASTI] * 2);
  return 0;
};

// ------------------------------------------------------------------ bound methods
Slots.getattr[Kind.METHOD] = (m, name) => {
  if (name === N.__self__) return newRef(I32[m + METHOD.SELF]);
  if (name === N.__func__) return newRef(I32[m + METHOD.FUNC]);
  // everything else from the function (__name__, __doc__, __qualname__, __module__, its dict)
  return getAttrSoft(I32[m + METHOD.FUNC], name);
};
Slots.setattr[Kind.METHOD] = (m, name) => {
  raise(Exc.AttributeError, `'method' object has no attribute '${strToJs(name)}'`);
  void m;
};

// ------------------------------------------------------------------ builtin functions and methods
Slots.getattr[Kind.BUILTIN] = (b, name) => {
  switch (name) {
    case N.__name__: return newRef(I32[b + BUILTIN.NAME]);
    case N.__qualname__: return newRef(I32[b + BUILTIN.QUALNAME]);
    case N.__doc__: return NONE;
    case N.__self__: {
      const s = I32[b + BUILTIN.SELF];
      return orNone(s);
    }
    case N.__module__: {
      const s = I32[b + BUILTIN.SELF];
      if (s === 0) {
        const qn = strToJs(I32[b + BUILTIN.QUALNAME]);
        return qn.includes('.') ? NONE : newRef(intern('builtins'));
      }
      if (I32[s + TYPE] === T_MODULE) return getAttrSoft(s, N.__name__);
      return NONE;
    }
    case S.__annotations__: return newDict();
  }
  return 0;
};


// function.__get__(obj, type=None): a method bound to obj; unbound access (obj None) gives the function itself
defBuiltin(typeDict(T_FUNCTION), '__get__', (a, n, kw) => {
  argc('__get__', n - 1, kw, 1, 2);
  const f = I32[a], obj = I32[a + 1];
  if (obj === NONE) {
    if (n > 2 && I32[a + 2] !== NONE) { incref(f); return f; }
    raise(Exc.TypeError, '__get__(None, None) is invalid');
  }
  return newMethod(f, obj);
}, 'function');
