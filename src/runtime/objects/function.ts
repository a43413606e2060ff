/**
 * @fileoverview Python functions, cells, bound methods, and the property/staticmethod/classmethod descriptors.
 * Not here: calling a function (vm/call.ts).
 */
import { I32, type Ref } from '../heap.js';
import { allocBlock } from '../alloc.js';
import {
  FUNCTION, CELL, METHOD, DESCR, T_FUNCTION, T_CELL, CODE, Kind, NONE, HDR,
} from '../layout.js';
import { incref, xincref, registerDealloc, layoutDealloc } from '../refcount.js';

export function newFunction(code: Ref, globals: Ref, qualname: Ref, module: Ref): Ref {
  const f = allocBlock(T_FUNCTION, FUNCTION.WORDS);
  for (let i = HDR; i < FUNCTION.WORDS; i++) I32[f + i] = 0;
  incref(code); incref(globals);
  I32[f + FUNCTION.CODE] = code;
  I32[f + FUNCTION.GLOBALS] = globals;
  const name = I32[code + CODE.NAME];
  incref(name);
  I32[f + FUNCTION.NAME] = name;
  incref(qualname);
  I32[f + FUNCTION.QUALNAME] = qualname;
  xincref(module);
  I32[f + FUNCTION.MODULE] = module;
  I32[f + FUNCTION.DOC] = NONE;
  return f;
}

export function newCell(v: Ref): Ref {
  const c = allocBlock(T_CELL, CELL.WORDS);
  xincref(v);
  I32[c + CELL.REF] = v;
  return c;
}

/** property(fget, fset, fdel, doc), staticmethod(f), classmethod(f) */
export function newDescr(type: Ref, func: Ref, fset: Ref = 0, fdel: Ref = 0, doc: Ref = 0): Ref {
  const d = allocBlock(type, DESCR.WORDS);
  xincref(func); xincref(fset); xincref(fdel); xincref(doc);
  I32[d + DESCR.FUNC] = func;
  I32[d + DESCR.FSET] = fset;
  I32[d + DESCR.FDEL] = fdel;
  I32[d + DESCR.DOC] = doc;
  return d;
}

registerDealloc(Kind.FUNCTION, layoutDealloc(FUNCTION));
registerDealloc(Kind.CELL, layoutDealloc(CELL));
registerDealloc(Kind.METHOD, layoutDealloc(METHOD));
registerDealloc(Kind.PROPERTY, layoutDealloc(DESCR));
registerDealloc(Kind.STATICMETHOD, layoutDealloc(DESCR));
registerDealloc(Kind.CLASSMETHOD, layoutDealloc(DESCR));
