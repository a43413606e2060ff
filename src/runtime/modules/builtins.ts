/**
 * @fileoverview The builtins module: registers it and the functions that have no better home.
 * Type constructors (int, str, list, ...) live with their types in runtime/types/; the builtin exception
 * types are added here.
 */
import { FT } from '../threadid.js';
import { I32, type Ref } from '../heap.js';
import { TYPE, NONE, T_STR, CTL_BUILTINS, Kind, typeRef, T_OBJECT, ELLIPSIS, NOTIMPLEMENTED } from '../layout.js';
import { decref } from '../refcount.js';
import { raise, Exc, EXC_HIERARCHY } from '../errors.js';
import { strToJs, intern } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { strJs, reprOf, lenOf, callN, getAttr, typeNameOf, isTrue } from '../abstract.js';
import { newInt } from '../objects/int.js';
import { defBuiltin, bindArgs, argc, installModuleBuiltins } from '../builtinfn.js';
import { registerModule, moduleDict } from '../../vm/import.js';
import { writeText, flushFd } from '../stdio.js';
import { STATIC_TYPES } from '../typeobj.js';
import { N } from '../names.js';
import { newStr as newStrJs } from '../objects/str.js';
import { F64 } from '../heap.js';
import {
  TUPLE, TUPLE_ITEMS, ITER, LIST, HDR, FRAME, FRAME_SLOTS, CODE, CELL, TYPEOBJ, TF_HEAPTYPE, T_INT, T_BOOL,
  T_FLOAT, T_TUPLE, T_LIST, T_DICT, T_BYTES, T_TYPE, T_FUNCTION, T_BUILTIN, T_METHOD, TRUE, FALSE,
  EMPTY_TUPLE, MODULE, T_MODULE,
} from '../layout.js';
import { incref } from '../refcount.js';
import { PyRaise } from '../errors.js';
import { newStr, strHash, strLen, strCharAt, newStrFromCodePoints } from '../objects/str.js';
import { newIntFromBig, newIntFromNumber, intToBig, isBig, MAX_SAFE } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { tupleOf, tupleSteal } from '../objects/tuple.js';
import { newList, listAppendSteal, listAppend } from '../objects/list.js';
import { newDict, dictGet, dictNextEntry, dictEntryKey, dictSize } from '../objects/dict.js';
import { bytesToArray } from '../objects/bytes.js';
import { newExceptionArgs } from '../objects/exception.js';
import {
  getAttrSoft, setAttr, isInstance, isType, getIter, iterNext, iterToArray, richCompareBool, CMP_LT, CMP_GT,
  CMP_EQ, hashOf, callDunder, userDunder, getItem, reprJs, idHex, raiseAttributeError, instanceDict,
} from '../abstract.js';
import { Slots } from '../slots.js';
import { binaryOp, numberBinary, absolute, OP_ADD, OP_POW } from '../ops/number.js';
import { typeLookup, isSubtype, typeName } from '../typeobj.js';
import { kwCount, noKw, typeDict } from '../builtinfn.js';
import { intToString } from '../format.js';
import { formatJs, asciiJs } from '../../vm/support.js';
import { currentFrame } from '../../vm/interpreter.js';
import { compileOrRaise, compileEval, EVAL_RESULT, execCode, importName } from '../../vm/import.js';
import { readLine } from '../stdio.js';
import { newIter, exhaust, latin1Char, itemOrEnd } from '../types/core.js';
import { listSort } from '../types/list.js';
import { indexOf, divmodOf, powMod, roundNumber, numberHash } from '../types/number.js';
import { dirNames } from '../types/object.js';
import { openFile } from './io.js';
import { isUnion, unionArgs } from './types.js';
import { genSend } from '../../vm/generator.js';
import { T_GENERATOR } from '../layout.js';
import { dictPop } from '../objects/dict.js';

/** the builtins namespace (valid after startup) */
export const B = (): Ref => moduleDict(I32[CTL_BUILTINS]);

registerModule('builtins', (_m, d) => {
  for (const st of STATIC_TYPES) {
    if (st.name.includes('.') || st.name.includes('_iterator') || st.kind === Kind.NONE) continue;
    dictSet(d, intern(st.name), typeRef(st.kind));
  }
  for (const [name] of EXC_HIERARCHY) dictSet(d, intern(name), Exc[name]);
  dictSet(d, intern('EnvironmentError'), Exc.OSError);
  dictSet(d, intern('IOError'), Exc.OSError);
  dictSet(d, intern('Ellipsis'), ELLIPSIS);
  dictSet(d, intern('NotImplemented'), NOTIMPLEMENTED);
  installModuleBuiltins('builtins', d);
  void T_OBJECT;
});

const PRINT_PARAMS = ['sep', 'end', 'file', 'flush'];
defBuiltin('builtins', 'print', (a, n, kw) => {
  const nkw = kw === 0 ? 0 : I32[kw + 4];
  const npos = n - nkw;
  const opts = bindArgs('print', a + npos, nkw, kw, PRINT_PARAMS, 0);
  const sepR = opts[0], endR = opts[1], file = opts[2], flush = opts[3];
  if (sepR !== 0 && sepR !== NONE && I32[sepR + TYPE] !== T_STR) raise(Exc.TypeError, `sep must be None or a string, not ${typeNameOf(sepR)}`);
  if (endR !== 0 && endR !== NONE && I32[endR + TYPE] !== T_STR) raise(Exc.TypeError, `end must be None or a string, not ${typeNameOf(endR)}`);
  const sep = sepR === 0 || sepR === NONE ? ' ' : strToJs(sepR);
  const end = endR === 0 || endR === NONE ? '\n' : strToJs(endR);
  let s = '';
  for (let i = 0; i < npos; i++) {
    if (i) s += sep;
    s += strJs(I32[a + i]);
  }
  s += end;
  if (file === 0 || file === NONE) {
    writeText(1, s);
    if (flush !== 0 && isTrue(flush)) flushFd(1);
  } else {
    const w = getAttr(file, N.write);
    const str = newStrJs(s);
    try { decref(callN(w, [str])); } finally { decref(str); decref(w); }
  }
  return NONE;
});

defBuiltin('builtins', 'repr', (a, n, kw) => {
  argc('repr', n, kw, 1, 1);
  return reprOf(I32[a]);
});

defBuiltin('builtins', 'len', (a, n, kw) => {
  argc('len', n, kw, 1, 1);
  return newInt(lenOf(I32[a]));
});

// ====================================================================== the rest of the builtin functions

const def = (name: string, impl: (a: number, n: number, kw: Ref) => Ref): void => { defBuiltin('builtins', name, impl); };
function newRef(v: Ref): Ref { incref(v); return v; }
function nameArg(r: Ref): Ref {
  if (I32[r + TYPE] !== T_STR && !isSubtype(I32[r + TYPE], T_STR)) {
    raise(Exc.TypeError, `attribute name must be string, not '${typeNameOf(r)}'`);
  }
  return intern(strToJs(r));
}
function catchAttr<T>(f: () => T, onMissing: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.AttributeError)) { decref(e.exc); return onMissing(); }
    throw e;
  }
}
function numCounter(it: Ref): number { return F64[(it + ITER.INDEX) >> 1]; }
function setCounter(it: Ref, v: number): void { F64[(it + ITER.INDEX) >> 1] = v; }

def('abs', (a, n, kw) => { argc('abs', n, kw, 1, 1); return absolute(I32[a]); });

def('all', (a, n, kw) => {
  argc('all', n, kw, 1, 1);
  const it = getIter(I32[a]);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      const t = isTrue(v);
      decref(v);
      if (!t) return FALSE;
    }
    return TRUE;
  } finally { decref(it); }
});
def('any', (a, n, kw) => {
  argc('any', n, kw, 1, 1);
  const it = getIter(I32[a]);
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      const t = isTrue(v);
      decref(v);
      if (t) return TRUE;
    }
    return FALSE;
  } finally { decref(it); }
});
def('ascii', (a, n, kw) => { argc('ascii', n, kw, 1, 1); return newStr(asciiJs(I32[a])); });
for (const [name, base] of [['bin', 2], ['oct', 8], ['hex', 16]] as const) {
  def(name, (a, n, kw) => { argc(name, n, kw, 1, 1); return newStr(intToString(indexOf(I32[a]), base, true)); });
}

export function isCallable(x: Ref): boolean {
  const t = I32[x + TYPE];
  if (t === T_FUNCTION || t === T_BUILTIN || t === T_METHOD || isType(x)) return true;
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) return typeLookup(t, N.__call__) !== 0;
  return Slots.call[I32[t + TYPEOBJ.KIND]] !== undefined;
}
def('callable', (a, n, kw) => { argc('callable', n, kw, 1, 1); return isCallable(I32[a]) ? TRUE : FALSE; });

def('chr', (a, n, kw) => {
  argc('chr', n, kw, 1, 1);
  const x = I32[a];
  if (I32[x + TYPE] === T_FLOAT) raise(Exc.TypeError, "'float' object cannot be interpreted as an integer");
  const v = indexOf(x);
  if (v < 0n || v > 0x10ffffn) raise(Exc.ValueError, 'chr() arg not in range(0x110000)');
  const c = Number(v);
  return c < 256 ? latin1Char(c) : newStrFromCodePoints([c]);
});
def('ord', (a, n, kw) => {
  argc('ord', n, kw, 1, 1);
  const x = I32[a];
  const t = I32[x + TYPE];
  if (t === T_STR || isSubtype(t, T_STR)) {
    const len = strLen(x);
    if (len !== 1) raise(Exc.TypeError, `ord() expected a character, but string of length ${len} found`);
    return newInt(strCharAt(x, 0));
  }
  const k = I32[t + TYPEOBJ.KIND];
  if (k === Kind.BYTES) {
    const b = bytesToArray(x);
    if (b.length !== 1) raise(Exc.TypeError, `ord() expected a character, but string of length ${b.length} found`);
    return newInt(b[0]);
  }
  return raise(Exc.TypeError, `ord() expected string of length 1, but ${typeName(t)} found`);
});

def('delattr', (a, n, kw) => {
  argc('delattr', n, kw, 2, 2);
  setAttr(I32[a], nameArg(I32[a + 1]), 0);
  return NONE;
});
def('setattr', (a, n, kw) => {
  argc('setattr', n, kw, 3, 3);
  setAttr(I32[a], nameArg(I32[a + 1]), I32[a + 2]);
  return NONE;
});
def('getattr', (a, n, kw) => {
  noKw('getattr', kw);
  if (n < 2) raise(Exc.TypeError, `getattr expected at least 2 arguments, got ${n}`);
  if (n > 3) raise(Exc.TypeError, `getattr expected at most 3 arguments, got ${n}`);
  const obj = I32[a], name = nameArg(I32[a + 1]);
  if (n === 2) {
    const v = getAttrSoft(obj, name);
    return v !== 0 ? v : raiseAttributeError(obj, name);
  }
  const dflt = I32[a + 2];
  return catchAttr(() => {
    const v = getAttrSoft(obj, name);
    return v !== 0 ? v : newRef(dflt);
  }, () => newRef(dflt));
});
def('hasattr', (a, n, kw) => {
  argc('hasattr', n, kw, 2, 2);
  const obj = I32[a], name = nameArg(I32[a + 1]);
  return catchAttr(() => {
    const v = getAttrSoft(obj, name);
    if (v === 0) return FALSE;
    decref(v);
    return TRUE;
  }, () => FALSE);
});

/** a dict of the calling frame's local variables (new ref) */
function frameLocals(f: Ref): Ref {
  const ld = I32[f + FRAME.LOCALS];
  if (ld !== 0) return newRef(ld);
  const code = I32[f + FRAME.CODE];
  const d = newDict();
  const varnames = I32[code + CODE.VARNAMES];
  const nlocals = I32[f + FRAME.NLOCALS];
  const fast = f + FRAME_SLOTS;
  for (let i = 0; i < nlocals; i++) {
    const v = I32[fast + i];
    if (v !== 0) dictSet(d, I32[varnames + TUPLE_ITEMS + i], v);
  }
  const ncells = I32[code + CODE.NCELLS], nfree = I32[code + CODE.NFREE];
  const ncellvars = ncells - nfree;
  for (let i = 0; i < ncells; i++) {
    const cell = I32[fast + nlocals + i];
    if (cell === 0) continue;
    const v = I32[cell + CELL.REF];
    if (v === 0) continue;
    const nm = i < ncellvars ? I32[I32[code + CODE.CELLVARS] + TUPLE_ITEMS + i] : I32[I32[code + CODE.FREEVARS] + TUPLE_ITEMS + i - ncellvars];
    if (i >= ncellvars && nm === N.__class__) continue;
    dictSet(d, nm, v);
  }
  return d;
}
def('globals', (_a, n, kw) => {
  argc('globals', n, kw, 0, 0);
  return newRef(I32[currentFrame + FRAME.GLOBALS]);
});
def('locals', (_a, n, kw) => {
  argc('locals', n, kw, 0, 0);
  return frameLocals(currentFrame);
});
def('vars', (a, n, kw) => {
  argc('vars', n, kw, 0, 1);
  if (n === 0) return frameLocals(currentFrame);
  const v = getAttrSoft(I32[a], N.__dict__);
  if (v === 0) raise(Exc.TypeError, 'vars() argument must have __dict__ attribute');
  return v;
});
def('dir', (a, n, kw) => {
  argc('dir', n, kw, 0, 1);
  let names: string[];
  if (n === 0) {
    const d = frameLocals(currentFrame);
    names = [];
    for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) names.push(strToJs(dictEntryKey(d, ix)));
    decref(d);
    names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  } else {
    const obj = I32[a];
    const f = userDunder(obj, intern('__dir__'));
    if (f !== 0) {
      const r = callDunder(f, obj);
      const items = iterToArray(r);
      decref(r);
      const l = newList(0);
      for (const x of items) listAppendSteal(l, x);
      listSort(l, NONE, false);
      return l;
    }
    names = dirNames(obj);
  }
  const l = newList(0);
  for (const s of names) listAppend(l, intern(s));
  return l;
});

def('divmod', (a, n, kw) => {
  argc('divmod', n, kw, 2, 2);
  const x = I32[a], y = I32[a + 1];
  const isNum = (r: Ref): boolean => { const t = I32[r + TYPE]; return t === T_INT || t === T_BOOL || t === T_FLOAT; };
  if (isNum(x) && isNum(y)) return divmodOf(x, y);
  const f = userDunder(x, N.__divmod__);
  if (f !== 0) { const r = callDunder(f, x, y); if (r !== NOTIMPLEMENTED) return r; }
  const g = userDunder(y, N.__rdivmod__);
  if (g !== 0) { const r = callDunder(g, y, x); if (r !== NOTIMPLEMENTED) return r; }
  return raise(Exc.TypeError, `unsupported operand type(s) for divmod(): '${typeNameOf(x)}' and '${typeNameOf(y)}'`);
});

def('format', (a, n, kw) => {
  argc('format', n, kw, 1, 2);
  let spec = '';
  if (n > 1) {
    const s = I32[a + 1];
    if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `format() argument 2 must be str, not ${typeNameOf(s)}`);
    spec = strToJs(s);
  }
  return newStr(formatJs(I32[a], spec));
});

def('hash', (a, n, kw) => {
  argc('hash', n, kw, 1, 1);
  const x = I32[a];
  const t = I32[x + TYPE];
  if (t === T_INT || t === T_BOOL || t === T_FLOAT) return newIntFromBig(numberHash(x));
  return newInt(hashOf(x));
});
def('id', (a, n, kw) => {
  argc('id', n, kw, 1, 1);
  return newIntFromNumber(parseInt(idHex(I32[a]).slice(2), 16));
});

def('input', (a, n, kw) => {
  argc('input', n, kw, 0, 1);
  if (n === 1) {
    writeText(1, strJs(I32[a]));
  }
  flushFd(1);
  const line = readLine();
  if (line === null) raise(Exc.EOFError, 'EOF when reading a line');
  return newStr(line!.endsWith('\n') ? line!.slice(0, line!.endsWith('\r\n') ? -2 : -1) : line!);
});

function checkClassInfo(cls: Ref, fname: string, deep = 0): void {
  if (isType(cls)) return;
  if (I32[cls + TYPE] === T_TUPLE) {
    for (let i = 0; i < I32[cls + TUPLE.SIZE]; i++) checkClassInfo(I32[cls + TUPLE_ITEMS + i], fname, deep + 1);
    return;
  }
  if (isUnion(cls)) return;
  raise(Exc.TypeError, `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}
/** isinstance/issubclass over a union's members (cls: a types.UnionType) */
function anyUnionMember(cls: Ref, test: (member: Ref) => boolean): boolean {
  const args = unionArgs(cls);
  try {
    for (let i = 0; i < I32[args + TUPLE.SIZE]; i++) if (test(I32[args + TUPLE_ITEMS + i])) return true;
    return false;
  } finally { decref(args); }
}
function isInstanceOf(obj: Ref, cls: Ref): boolean {
  if (isType(cls)) {
    if (isInstance(obj, cls)) return true;
    const meta = I32[cls + TYPE];
    if (meta !== T_TYPE && (I32[meta + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
      const f = typeLookup(meta, intern('__instancecheck__'));
      if (f !== 0 && I32[f + TYPE] !== T_BUILTIN) { const r = callDunder(f, cls, obj); const b = isTrue(r); decref(r); return b; }
    }
    return false;
  }
  if (isUnion(cls)) return anyUnionMember(cls, (m) => isInstanceOf(obj, m));
  for (let i = 0; i < I32[cls + TUPLE.SIZE]; i++) if (isInstanceOf(obj, I32[cls + TUPLE_ITEMS + i])) return true;
  return false;
}
function isSubclassOf(c: Ref, cls: Ref): boolean {
  if (isType(cls)) return isSubtype(c, cls);
  if (isUnion(cls)) return anyUnionMember(cls, (m) => isSubclassOf(c, m));
  for (let i = 0; i < I32[cls + TUPLE.SIZE]; i++) if (isSubclassOf(c, I32[cls + TUPLE_ITEMS + i])) return true;
  return false;
}
def('isinstance', (a, n, kw) => {
  argc('isinstance', n, kw, 2, 2);
  const cls = I32[a + 1];
  if (!isType(cls)) checkClassInfo(cls, 'isinstance');
  return isInstanceOf(I32[a], cls) ? TRUE : FALSE;
});
def('issubclass', (a, n, kw) => {
  argc('issubclass', n, kw, 2, 2);
  const c = I32[a], cls = I32[a + 1];
  if (!isType(c)) raise(Exc.TypeError, 'issubclass() arg 1 must be a class');
  if (!isType(cls)) checkClassInfo(cls, 'issubclass');
  return isSubclassOf(c, cls) ? TRUE : FALSE;
});

def('iter', (a, n, kw) => {
  argc('iter', n, kw, 1, 2);
  if (n === 1) return getIter(I32[a]);
  const f = I32[a];
  if (!isCallable(f)) raise(Exc.TypeError, 'iter(v, w): v must be callable');
  const it = newIter(Kind.CALLABLE_ITER, f);
  incref(I32[a + 1]);
  I32[it + ITER.AUX] = I32[a + 1];
  return it;
});
Slots.next[Kind.CALLABLE_ITER] = (it) => {
  const f = I32[it + ITER.SEQ];
  if (f === 0) return 0;
  let v: Ref;
  try {
    v = callN(f, []);
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.StopIteration)) { decref(e.exc); return exhaust(it); }
    throw e;
  }
  if (richCompareBool(v, I32[it + ITER.AUX], CMP_EQ)) { decref(v); return exhaust(it); }
  return v;
};

def('next', (a, n, kw) => {
  argc('next', n, kw, 1, 2);
  const it = I32[a];
  const t = I32[it + TYPE];
  if (Slots.next[I32[t + TYPEOBJ.KIND]] === undefined && typeLookup(t, N.__next__) === 0) {
    raise(Exc.TypeError, `'${typeName(t)}' object is not an iterator`);
  }
  if (n === 2) {
    const v = iterNext(it);
    return v !== 0 ? v : newRef(I32[a + 1]);
  }
  // without a default, a StopIteration raised by __next__ must keep its value: call it directly
  if ((I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) && typeLookup(t, N.__next__) !== 0 && I32[typeLookup(t, N.__next__) + TYPE] !== T_BUILTIN) {
    return callDunder(typeLookup(t, N.__next__), it);
  }
  if (t === T_GENERATOR) {
    // a generator's return value travels in the StopIteration
    const r = genSend(it, NONE);
    if (r.yielded) return r.value;
    if (r.value === NONE) throw new PyRaise(newExceptionArgs(Exc.StopIteration, EMPTY_TUPLE));
    throw new PyRaise(newExceptionArgs(Exc.StopIteration, tupleSteal([r.value])));
  }
  const v = iterNext(it);
  if (v === 0) throw new PyRaise(newExceptionArgs(Exc.StopIteration, EMPTY_TUPLE));
  return v;
});

// ------------------------------------------------------------------ min, max, sum, sorted
function minmax(name: string, op: number, a: number, n: number, kw: Ref): Ref {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  const [key, dflt] = bindArgs(name, a + npos, nkw, kw, ['key', 'default'], 0);
  if (npos === 0) raise(Exc.TypeError, `${name} expected at least 1 argument, got 0`);
  let items: number[];
  if (npos === 1) items = iterToArray(I32[a]);
  else {
    if (dflt !== 0) raise(Exc.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = [];
    for (let i = 0; i < npos; i++) { incref(I32[a + i]); items.push(I32[a + i]); }
  }
  const useKey = key !== 0 && key !== NONE;
  let best = 0, bestKey = 0;
  try {
    if (items.length === 0) {
      if (dflt !== 0) return newRef(dflt);
      raise(Exc.ValueError, `${name}() iterable argument is empty`);
    }
    for (const x of items) {
      const k = useKey ? callN(key, [x]) : x;
      if (best === 0) { best = x; bestKey = k; continue; }
      let better: boolean;
      try { better = richCompareBool(k, bestKey, op); } catch (e) { if (useKey) decref(k); throw e; }
      if (better) {
        if (useKey) decref(bestKey);
        best = x; bestKey = k;
      } else if (useKey) decref(k);
    }
    incref(best);
    return best;
  } finally {
    if (useKey && bestKey !== 0) decref(bestKey);
    for (const x of items) decref(x);
  }
}
def('max', (a, n, kw) => minmax('max', CMP_GT, a, n, kw));
def('min', (a, n, kw) => minmax('min', CMP_LT, a, n, kw));

def('sorted', (a, n, kw) => {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  if (npos !== 1) raise(Exc.TypeError, npos === 0 ? "sorted expected 1 argument, got 0" : `sorted expected 1 argument, got ${npos}`);
  const [key, reverse] = bindArgs('sort', a + 1, nkw, kw, ['key', 'reverse'], 0);
  const items = iterToArray(I32[a]);
  const l = newList(0);
  for (const x of items) listAppendSteal(l, x);
  try {
    listSort(l, key === 0 ? NONE : key, reverse !== 0 && isTrue(reverse));
  } catch (e) { decref(l); throw e; }
  return l;
});

def('sum', (a, n, kw) => {
  const [iterable, startArg] = bindArgs('sum', a, n, kw, ['iterable', 'start'], 2, 1);
  if (iterable === 0) raise(Exc.TypeError, 'sum() takes at least 1 positional argument (0 given)');
  const start = startArg === 0 ? smallIntZero() : startArg;
  const st = I32[start + TYPE];
  if (st === T_STR || isSubtype(st, T_STR)) raise(Exc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  const sk = I32[st + TYPEOBJ.KIND];
  if (sk === Kind.BYTES) raise(Exc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeName(st) === 'bytearray') raise(Exc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let result = newRef(start);
  try {
    let item = 0;
    // exact int fast path
    if (I32[result + TYPE] === T_INT || I32[result + TYPE] === T_BOOL) {
      let small = isBig(result) ? 0 : F64[(result + 4) >> 1];
      let big: bigint | null = isBig(result) ? intToBig(result) : null;
      for (;;) {
        item = iterNext(it);
        if (item === 0) break;
        const t = I32[item + TYPE];
        if (t !== T_INT && t !== T_BOOL) break;
        if (big === null && !isBig(item)) {
          const s = small + F64[(item + 4) >> 1];
          if (s <= MAX_SAFE && s >= -MAX_SAFE) { small = s; decref(item); continue; }
          big = BigInt(small);
        }
        if (big === null) big = BigInt(small);
        big += intToBig(item);
        decref(item);
      }
      decref(result);
      result = big !== null ? newIntFromBig(big) : newInt(small);
      if (item === 0) return result;
      const r2 = binaryOp(result, item, OP_ADD);
      decref(result); decref(item);
      result = r2;
      item = 0;
    }
    // float path: Neumaier compensated summation (CPython 3.12+)
    if (I32[result + TYPE] === T_FLOAT) {
      let f = F64[(result + 4) >> 1];
      let c = 0;
      for (;;) {
        item = iterNext(it);
        if (item === 0) break;
        const t = I32[item + TYPE];
        if (t === T_FLOAT) {
          const x = F64[(item + 4) >> 1];
          const s = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += (f - s) + x;
          else c += (x - s) + f;
          f = s;
          decref(item);
          continue;
        }
        if ((t === T_INT || t === T_BOOL) && !isBig(item)) {
          f += F64[(item + 4) >> 1];
          decref(item);
          continue;
        }
        break;
      }
      if (c !== 0 && Number.isFinite(c)) f += c;
      decref(result);
      result = newFloat(f);
      if (item === 0) return result;
      const r2 = binaryOp(result, item, OP_ADD);
      decref(result); decref(item);
      result = r2;
    }
    for (item = iterNext(it); item !== 0; item = iterNext(it)) {
      let r2: Ref;
      try { r2 = binaryOp(result, item, OP_ADD); } finally { decref(item); }
      decref(result);
      result = r2;
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(it);
  }
});
function smallIntZero(): Ref { return newInt(0); }

def('pow', (a, n, kw) => {
  const [b, e, m] = bindArgs('pow', a, n, kw, ['base', 'exp', 'mod'], 3);
  if (b === 0 || e === 0) raise(Exc.TypeError, `pow() missing required argument '${b === 0 ? 'base' : 'exp'}' (pos ${b === 0 ? 1 : 2})`);
  if (m === 0 || m === NONE) return binaryOp(b, e, OP_POW);
  const isI = (r: Ref): boolean => I32[r + TYPE] === T_INT || I32[r + TYPE] === T_BOOL;
  if (isI(b) && isI(e) && isI(m)) return powMod(b, e, m);
  const f = userDunder(b, intern('__pow__'));
  if (f !== 0) return callDunder(f, b, e, m);
  return raise(Exc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
});

def('round', (a, n, kw) => {
  const [x, nd] = bindArgs('round', a, n, kw, ['number', 'ndigits'], 2);
  if (x === 0) raise(Exc.TypeError, "round() missing required argument 'number' (pos 1)");
  const t = I32[x + TYPE];
  const ndig = nd === 0 ? NONE : nd;
  if (t === T_INT || t === T_BOOL || t === T_FLOAT) return roundNumber(x, ndig);
  const f = typeLookup(t, N.__round__);
  if (f === 0) raise(Exc.TypeError, `type ${typeName(t)} doesn't define __round__ method`);
  return ndig === NONE ? callDunder(f, x) : callDunder(f, x, ndig);
});

// ------------------------------------------------------------------ iterator types: enumerate, zip, map, filter, reversed
function posArgs(name: string, a: number, n: number, kw: Ref): number {
  const nkw = kwCount(kw);
  if (nkw > 0) raise(Exc.TypeError, `${name}() takes no keyword arguments`);
  return n;
}
function allocIter(t: Ref): Ref {
  const it = newIter(I32[t + TYPEOBJ.KIND], NONE);
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) { I32[it + TYPE] = t; incref(t); }
  decref(I32[it + ITER.SEQ]);
  I32[it + ITER.SEQ] = 0;
  return it;
}

Slots.new[Kind.ENUMERATE] = (t, a, n, kw) => {
  const [iterable, start] = bindArgs('enumerate', a, n, kw, ['iterable', 'start'], 2);
  if (iterable === 0) raise(Exc.TypeError, "enumerate() missing required argument 'iterable'");
  let st = 0;
  let bigStart: Ref = 0;
  if (start !== 0) {
    const v = indexOf(start, `'${typeNameOf(start)}' object cannot be interpreted as an integer`);
    if (v >= BigInt(MAX_SAFE) || v <= -BigInt(MAX_SAFE)) bigStart = newIntFromBig(v);
    else st = Number(v);
  }
  const src = getIter(iterable);
  const it = allocIter(t);
  I32[it + ITER.SEQ] = src;
  setCounter(it, st);
  I32[it + ITER.AUX] = bigStart;
  return it;
};
Slots.next[Kind.ENUMERATE] = (it) => {
  const src = I32[it + ITER.SEQ];
  if (src === 0) return 0;
  const v = iterNext(src);
  if (v === 0) return exhaust(it);
  let idx: Ref;
  const big = I32[it + ITER.AUX];
  if (big !== 0) {
    idx = big;
    I32[it + ITER.AUX] = numberBinary(big, smallOne(), OP_ADD);
  } else {
    const c = numCounter(it);
    idx = newInt(c);
    if (c + 1 > MAX_SAFE) { I32[it + ITER.AUX] = newIntFromBig(BigInt(c) + 1n); } else setCounter(it, c + 1);
  }
  return tupleSteal([idx, v]);
};
function smallOne(): Ref { return newInt(1); }

Slots.new[Kind.ZIP] = (t, a, n, kw) => {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  const [strict] = bindArgs('zip', a + npos, nkw, kw, ['strict'], 0);
  const its: number[] = [];
  try {
    for (let i = 0; i < npos; i++) its.push(getIter(I32[a + i]));
  } catch (e) {
    for (const x of its) decref(x);
    throw e;
  }
  const it = allocIter(t);
  I32[it + ITER.SEQ] = tupleSteal(its);
  F64[(it + ITER.N) >> 1] = strict !== 0 && isTrue(strict) ? 1 : 0;
  return it;
};
Slots.next[Kind.ZIP] = (it) => {
  const its = I32[it + ITER.SEQ];
  if (its === 0) return 0;
  const k = I32[its + TUPLE.SIZE];
  if (k === 0) return exhaust(it);
  const strict = F64[(it + ITER.N) >> 1] === 1;
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    let v: Ref;
    try { v = iterNext(I32[its + TUPLE_ITEMS + i]); } catch (e) { for (const x of out) decref(x); throw e; }
    if (v === 0) {
      for (const x of out) decref(x);
      if (strict) {
        if (i > 0) {
          exhaust(it);
          raise(Exc.ValueError, `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`);
        }
        for (let j = 1; j < k; j++) {
          const w = iterNext(I32[its + TUPLE_ITEMS + j]);
          if (w !== 0) {
            decref(w);
            exhaust(it);
            raise(Exc.ValueError, `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`);
          }
        }
      }
      return exhaust(it);
    }
    out.push(v);
  }
  return tupleSteal(out);
};

Slots.new[Kind.MAP] = (t, a, n, kw) => {
  posArgs('map', a, n, kw);
  if (n < 2) raise(Exc.TypeError, 'map() must have at least two arguments.');
  const its: number[] = [];
  try {
    for (let i = 1; i < n; i++) its.push(getIter(I32[a + i]));
  } catch (e) {
    for (const x of its) decref(x);
    throw e;
  }
  const it = allocIter(t);
  I32[it + ITER.SEQ] = tupleSteal(its);
  incref(I32[a]);
  I32[it + ITER.AUX] = I32[a];
  return it;
};
Slots.next[Kind.MAP] = (it) => {
  const its = I32[it + ITER.SEQ];
  if (its === 0) return 0;
  const k = I32[its + TUPLE.SIZE];
  const args: number[] = [];
  try {
    for (let i = 0; i < k; i++) {
      const v = iterNext(I32[its + TUPLE_ITEMS + i]);
      if (v === 0) return exhaust(it);
      args.push(v);
    }
    return callN(I32[it + ITER.AUX], args);
  } finally {
    for (const x of args) decref(x);
  }
};

Slots.new[Kind.FILTER] = (t, a, n, kw) => {
  posArgs('filter', a, n, kw);
  if (n !== 2) raise(Exc.TypeError, `filter expected 2 arguments, got ${n}`);
  const src = getIter(I32[a + 1]);
  const it = allocIter(t);
  I32[it + ITER.SEQ] = src;
  incref(I32[a]);
  I32[it + ITER.AUX] = I32[a];
  return it;
};
Slots.next[Kind.FILTER] = (it) => {
  const src = I32[it + ITER.SEQ];
  if (src === 0) return 0;
  const f = I32[it + ITER.AUX];
  for (;;) {
    const v = iterNext(src);
    if (v === 0) return exhaust(it);
    let ok: boolean;
    if (f === NONE || f === T_BOOL) ok = isTrue(v);
    else {
      let r: Ref;
      try { r = callN(f, [v]); } catch (e) { decref(v); throw e; }
      ok = isTrue(r);
      decref(r);
    }
    if (ok) return v;
    decref(v);
  }
};

Slots.new[Kind.REVERSED] = (t, a, n, kw) => {
  posArgs('reversed', a, n, kw);
  if (n !== 1) raise(Exc.TypeError, `reversed expected 1 argument, got ${n}`);
  const seq = I32[a];
  const st = I32[seq + TYPE];
  const exact = st === T_LIST || st === T_TUPLE || st === T_STR;
  if (!exact) {
    const rv = typeLookup(st, N.__reversed__);
    if (rv === NONE) raise(Exc.TypeError, `'${typeName(st)}' object is not reversible`);
    if (rv !== 0) return callDunder(rv, seq);
    const hasLen = typeLookup(st, N.__len__) !== 0 || Slots.len[I32[st + TYPEOBJ.KIND]] !== undefined;
    const hasGet = typeLookup(st, N.__getitem__) !== 0 || Slots.getitem[I32[st + TYPEOBJ.KIND]] !== undefined;
    const k = I32[st + TYPEOBJ.KIND];
    if (!hasLen || !hasGet || k === Kind.DICT || k === Kind.SET || k === Kind.FROZENSET) {
      raise(Exc.TypeError, `'${typeName(st)}' object is not reversible`);
    }
  }
  const len = lenOf(seq);
  const it = allocIter(t);
  incref(seq);
  I32[it + ITER.SEQ] = seq;
  setCounter(it, len - 1);
  return it;
};
Slots.next[Kind.REVERSED] = (it) => {
  const seq = I32[it + ITER.SEQ];
  if (seq === 0) return 0;
  const i = numCounter(it);
  if (i < 0) return exhaust(it);
  const st = I32[seq + TYPE];
  if (st === T_LIST && !FT) { // (--gil=off: getItem below, which reads under the list's lock)
    if (i >= I32[seq + LIST.SIZE]) return exhaust(it);
    setCounter(it, i - 1);
    return newRef(I32[I32[seq + LIST.ITEMS] + HDR + i]);
  }
  if (st === T_TUPLE) {
    setCounter(it, i - 1);
    return newRef(I32[seq + TUPLE_ITEMS + i]);
  }
  const v = itemOrEnd(seq, i);
  if (v === 0) return exhaust(it);
  setCounter(it, i - 1);
  return v;
};

// __iter__/__next__ as methods of the iterator types (explicit calls like it.__next__())
for (const k of [Kind.ENUMERATE, Kind.ZIP, Kind.MAP, Kind.FILTER, Kind.REVERSED, Kind.CALLABLE_ITER, Kind.LIST_ITER,
  Kind.TUPLE_ITER, Kind.STR_ITER, Kind.RANGE_ITER, Kind.DICT_KEYITER, Kind.DICT_VALUEITER, Kind.DICT_ITEMITER,
  Kind.SET_ITER, Kind.SEQ_ITER]) {
  const owner = typeDict(typeRef(k));
  defBuiltin(owner, '__iter__', (a) => newRef(I32[a]));
  defBuiltin(owner, '__next__', (a, n, kw) => {
    argc('__next__', n, kw, 1, 1);
    const f = Slots.next[k];
    const v = f(I32[a]);
    if (v === 0) throw new PyRaise(newExceptionArgs(Exc.StopIteration, EMPTY_TUPLE));
    return v;
  });
}

// ------------------------------------------------------------------ open, exec, eval, __import__
def('open', (a, n, kw) => {
  const [file, mode, , encoding] = bindArgs('open', a, n, kw, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener']);
  if (file === 0) raise(Exc.TypeError, "open() missing required argument 'file' (pos 1)");
  let path: string;
  const ft = I32[file + TYPE];
  if (ft === T_STR) path = strToJs(file);
  else if (ft === T_INT) raise(Exc.OSError, 'opening file descriptors is not supported by minipy');
  else {
    const fs = userDunder(file, intern('__fspath__'));
    if (fs === 0) raise(Exc.TypeError, `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
    const p = callDunder(fs, file);
    path = strToJs(p);
    decref(p);
  }
  const m = mode === 0 ? 'r' : strToJs(mode);
  const enc = encoding === 0 || encoding === NONE ? null : strToJs(encoding);
  return openFile(path!, m, enc);
});

function execOrEval(name: string, isEval: boolean, a: number, n: number, kw: Ref): Ref {
  const [src, g, l] = bindArgs(name, a, n, kw, ['source', 'globals', 'locals'], 3);
  if (src === 0) raise(Exc.TypeError, `${name}() missing required argument 'source' (pos 1)`);
  const f = currentFrame;
  const globals = g !== 0 && g !== NONE ? g : I32[f + FRAME.GLOBALS];
  if (I32[globals + TYPE] !== T_DICT && !isSubtype(I32[globals + TYPE], T_DICT)) {
    raise(Exc.TypeError, `${name}() globals must be a dict, not ${typeNameOf(globals)}`);
  }
  if (dictGet(globals, N.__builtins__) === 0) dictSet(globals, N.__builtins__, I32[CTL_BUILTINS]);
  let locals: Ref;
  if (l !== 0 && l !== NONE) locals = newRef(l);
  else if (g !== 0 && g !== NONE) locals = newRef(globals);
  else locals = frameLocals(f);
  try {
    let code: Ref;
    if (I32[src + TYPE] === typeRef(Kind.CODE)) code = src;
    else {
      let text: string;
      if (I32[src + TYPE] === T_STR) text = strToJs(src);
      else if (I32[src + TYPE] === T_BYTES) text = String.fromCharCode(...bytesToArray(src));
      else return raise(Exc.TypeError, `${name}() arg 1 must be a string, bytes or code object`);
      if (isEval) {
        text = text.replace(/^[ \t]+/, '');
        code = compileEval(text);
      } else code = compileOrRaise(text, '<string>');
    }
    // a module-level frame keeps its variables in the locals dict: run there
    const target = isEval ? (locals === globals ? newDict() : locals) : locals;
    if (isEval && target !== locals) {
      // names are read from target first: nothing there yet, so globals/builtins are consulted
    }
    execCode(code, globals, target);
    if (!isEval) return NONE;
    const key = intern(EVAL_RESULT);
    const v = dictGet(target, key);
    incref(v);
    const old = dictPop(target, key);
    if (old) decref(old);
    if (target !== locals) decref(target);
    return v;
  } finally {
    decref(locals);
  }
}
def('exec', (a, n, kw) => execOrEval('exec', false, a, n, kw));
def('eval', (a, n, kw) => execOrEval('eval', true, a, n, kw));

def('__import__', (a, n, kw) => {
  const [name, g, , fromlist, level] = bindArgs('__import__', a, n, kw, ['name', 'globals', 'locals', 'fromlist', 'level']);
  if (name === 0) raise(Exc.TypeError, "__import__() missing required argument 'name' (pos 1)");
  const globals = g !== 0 && g !== NONE ? g : I32[currentFrame + FRAME.GLOBALS];
  const lv = level === 0 ? newInt(0) : newRef(level);
  try {
    return importName(intern(strToJs(name)), fromlist === 0 ? NONE : fromlist, lv, globals);
  } finally { decref(lv); }
});

