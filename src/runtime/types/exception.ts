/**
 * @fileoverview Exception instances as Python sees them: construction (Slots.new for BaseException and every
 * subclass), BaseException.__init__/__str__/__repr__/with_traceback/add_note, str() and repr() rules
 * (KeyError's repr-of-key, OSError's "[Errno n] msg"), and the attributes kept in the EXC layout (args,
 * __cause__, __context__, __suppress_context__, __traceback__) or derived from args (StopIteration.value,
 * SystemExit.code, OSError.errno/strerror/filename, ImportError.name/msg, SyntaxError.msg/lineno/...).
 */
import { I32, type Ref } from '../heap.js';
import {
  TYPE, TYPEOBJ, EXC, Kind, NONE, TRUE, FALSE, EMPTY_TUPLE, TUPLE, TUPLE_ITEMS, T_TUPLE, T_TRACEBACK, T_LIST,
  T_STR, T_INT,
} from '../layout.js';
import { incref, decref } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { strToJs, newStr, intern } from '../objects/str.js';
import { tupleOf, tupleSteal } from '../objects/tuple.js';
import { newList, listAppend } from '../objects/list.js';
import { dictGet, dictSet } from '../objects/dict.js';
import { newExceptionArgs, setExcField } from '../objects/exception.js';
import { reprJs, strJs, isInstance, instanceDict, isTrue, iterToArray } from '../abstract.js';
import { Slots } from '../slots.js';
import { isSubtype, typeName } from '../typeobj.js';
import { defBuiltin, kwCount, argc } from '../builtinfn.js';
import { N } from '../names.js';
import { intToBig } from '../objects/int.js';

const BE = (): Ref => I32[Exc.BaseException + TYPEOBJ.DICT];

function sub(e: Ref, t: Ref): boolean {
  return t !== 0 && isSubtype(I32[e + TYPE], t);
}
function argsOf(e: Ref): Ref {
  return I32[e + EXC.ARGS];
}
function nargs(e: Ref): number {
  return I32[argsOf(e) + TUPLE.SIZE];
}
function arg(e: Ref, i: number): Ref {
  return I32[argsOf(e) + TUPLE_ITEMS + i];
}
function positionalTuple(a: number, n: number, kw: Ref): Ref {
  const npos = n - kwCount(kw);
  const items: number[] = [];
  for (let i = 0; i < npos; i++) items.push(I32[a + i]);
  return tupleOf(items);
}
/** repr of a tuple of items (not depending on the tuple type's own repr) */
function tupleReprJs(t: Ref): string {
  const n = I32[t + TUPLE.SIZE];
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(reprJs(I32[t + TUPLE_ITEMS + i]));
  return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
}

// ------------------------------------------------------------------ construction
/** OSError(errno, strerror) picks the subclass for errno (CPython's errnomap), e.g. OSError(2, 'x') is a FileNotFoundError */
const ERRNO_SUBCLASS: Record<number, keyof typeof Exc> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError', 32: 'BrokenPipeError',
  108: 'BrokenPipeError', 110: 'TimeoutError',
};

Slots.new[Kind.EXCEPTION] = (t, a, n, kw) => {
  if (t === Exc.OSError && n - kwCount(kw) >= 2 && I32[I32[a] + TYPE] === T_INT) {
    const sc = ERRNO_SUBCLASS[intToNumber(I32[a])];
    if (sc !== undefined) t = Exc[sc];
  }
  const hasOwnInit = (I32[t + TYPEOBJ.TFLAGS] & 1) !== 0;
  if (kwCount(kw) > 0 && !hasOwnInit) raise(Exc.TypeError, `${typeName(t)}() takes no keyword arguments`);
  const e = newExceptionArgs(t, positionalTuple(a, n, kw));
  initDerived(e);
  return e;
};

/** StopIteration.value, from args */
function initDerived(e: Ref): void {
  if (sub(e, Exc.StopIteration)) {
    const v = nargs(e) > 0 ? arg(e, 0) : NONE;
    incref(v);
    setExcField(e, EXC.VALUE, v);
  }
}

defBuiltin(BE, '__init__', (a, n, kw) => {
  const self = I32[a];
  if (kwCount(kw) > 0) raise(Exc.TypeError, `${typeName(I32[self + TYPE])}() takes no keyword arguments`);
  setExcField(self, EXC.ARGS, positionalTuple(a + 1, n - 1, 0));
  initDerived(self);
  return NONE;
}, 'BaseException');

defBuiltin(BE, '__new__', (a, n, kw) => {
  if (n < 1) raise(Exc.TypeError, 'BaseException.__new__(): not enough arguments');
  const t = I32[a];
  const e = newExceptionArgs(t, positionalTuple(a + 1, n - 1, kw));
  initDerived(e);
  return e;
}, 'BaseException');

// ------------------------------------------------------------------ str and repr
export function excStrJs(e: Ref): string {
  const k = nargs(e);
  if (sub(e, Exc.KeyError) && k === 1) return reprJs(arg(e, 0));
  if (sub(e, Exc.OSError) && k >= 2 && k <= 5) {
    const base = `[Errno ${strJs(arg(e, 0))}] ${strJs(arg(e, 1))}`;
    if (k >= 3 && arg(e, 2) !== NONE) {
      if (k >= 5 && arg(e, 4) !== NONE) return `${base}: ${reprJs(arg(e, 2))} -> ${reprJs(arg(e, 4))}`;
      return `${base}: ${reprJs(arg(e, 2))}`;
    }
    return base;
  }
  if (sub(e, Exc.SyntaxError) && k === 2) {
    const msg = strJs(arg(e, 0));
    const info = arg(e, 1);
    if (I32[info + TYPE] === T_TUPLE && I32[info + TUPLE.SIZE] >= 2) {
      const fn = I32[info + TUPLE_ITEMS], ln = I32[info + TUPLE_ITEMS + 1];
      const hasFn = fn !== NONE && I32[fn + TYPE] === T_STR, hasLn = ln !== NONE && I32[ln + TYPE] === T_INT;
      const fname = hasFn ? strToJs(fn).split('/').pop()! : '';
      if (hasFn && hasLn) return `${msg} (${fname}, line ${strJs(ln)})`;
      if (hasFn) return `${msg} (${fname})`;
      if (hasLn) return `${msg} (line ${strJs(ln)})`;
    }
    return msg;
  }
  if (k === 0) return '';
  if (k === 1) return strJs(arg(e, 0));
  return tupleReprJs(argsOf(e));
}
export function excReprJs(e: Ref): string {
  const name = typeName(I32[e + TYPE]);
  const k = nargs(e);
  if (k === 1) return `${name}(${reprJs(arg(e, 0))})`;
  if (k === 0) return `${name}()`;
  return name + tupleReprJs(argsOf(e));
}
Slots.str[Kind.EXCEPTION] = excStrJs;
Slots.repr[Kind.EXCEPTION] = excReprJs;

defBuiltin(BE, '__str__', (a, n, kw) => {
  argc('BaseException.__str__', n, kw, 1, 1);
  return newStr(excStrJs(I32[a]));
}, 'BaseException');
defBuiltin(BE, '__repr__', (a, n, kw) => {
  argc('BaseException.__repr__', n, kw, 1, 1);
  return newStr(excReprJs(I32[a]));
}, 'BaseException');

defBuiltin(BE, 'with_traceback', (a, n, kw) => {
  argc('with_traceback', n, kw, 2, 2);
  const self = I32[a];
  setTraceback(self, I32[a + 1]);
  incref(self);
  return self;
}, 'BaseException');

defBuiltin(BE, 'add_note', (a, n, kw) => {
  argc('add_note', n, kw, 2, 2);
  const self = I32[a], note = I32[a + 1];
  if (I32[note + TYPE] !== T_STR && !isSubtype(I32[note + TYPE], T_STR)) {
    raise(Exc.TypeError, `note must be a str, not '${typeName(I32[note + TYPE])}'`);
  }
  const d = instanceDict(self, true);
  if (d === 0) raise(Exc.AttributeError, 'cannot add notes');
  let notes = dictGet(d, N.__notes__);
  if (notes === 0) {
    notes = newList(0);
    dictSet(d, N.__notes__, notes);
    decref(notes);
  } else if (I32[notes + TYPE] !== T_LIST) {
    raise(Exc.TypeError, 'Cannot add note: __notes__ is not a list');
  }
  listAppend(notes, note);
  return NONE;
}, 'BaseException');

function setTraceback(e: Ref, tb: Ref): void {
  if (tb !== NONE && I32[tb + TYPE] !== T_TRACEBACK) raise(Exc.TypeError, '__traceback__ must be a traceback or None');
  incref(tb);
  setExcField(e, EXC.TRACEBACK, tb);
}

// ------------------------------------------------------------------ attributes
const A = {
  errno: intern('errno'), strerror: intern('strerror'), filename: intern('filename'), filename2: intern('filename2'),
  winerror: intern('winerror'), print_file_and_line: intern('print_file_and_line'), path: intern('path'),
};

function newRef(v: Ref): Ref {
  incref(v);
  return v;
}
function argOrNone(e: Ref, i: number, need = -1): Ref {
  const k = nargs(e);
  if (need >= 0 && (k < need || k > 5)) return newRef(NONE);
  return newRef(k > i ? arg(e, i) : NONE);
}

Slots.getattr[Kind.EXCEPTION] = (e, name) => {
  switch (name) {
    case N.args: return newRef(argsOf(e));
    case N.__traceback__: return newRef(I32[e + EXC.TRACEBACK] || NONE);
    case N.__cause__: return newRef(I32[e + EXC.CAUSE] || NONE);
    case N.__context__: return newRef(I32[e + EXC.CONTEXT] || NONE);
    case N.__suppress_context__: return I32[e + EXC.SUPPRESS] ? TRUE : FALSE;
  }
  if (sub(e, Exc.StopIteration) && name === N.value) {
    const v = I32[e + EXC.VALUE];
    if (v !== 0) return newRef(v);
    return newRef(nargs(e) > 0 ? arg(e, 0) : NONE);
  }
  if (sub(e, Exc.SystemExit) && name === N.code) {
    const k = nargs(e);
    if (k === 0) return NONE;
    if (k === 1) return newRef(arg(e, 0));
    return newRef(argsOf(e));
  }
  if (sub(e, Exc.OSError)) {
    if (name === A.errno) return argOrNone(e, 0, 2);
    if (name === A.strerror) return argOrNone(e, 1, 2);
    if (name === A.filename) return argOrNone(e, 2, 2);
    if (name === A.filename2) return argOrNone(e, 4, 2);
    if (name === A.winerror) return 0;
  }
  if (sub(e, Exc.ImportError)) {
    if (name === N.msg) return argOrNone(e, 0);
    if (name === N.name || name === A.path) return newRef(NONE);
  }
  if (sub(e, Exc.SyntaxError)) {
    if (name === N.msg) return argOrNone(e, 0);
    const info = nargs(e) >= 2 ? arg(e, 1) : 0;
    const at = (i: number): Ref => {
      if (info !== 0 && I32[info + TYPE] === T_TUPLE && I32[info + TUPLE.SIZE] > i) return newRef(I32[info + TUPLE_ITEMS + i]);
      return newRef(NONE);
    };
    if (name === N.filename) return at(0);
    if (name === N.lineno) return at(1);
    if (name === N.offset) return at(2);
    if (name === N.text) return at(3);
    if (name === N.end_lineno) return at(4);
    if (name === N.end_offset) return at(5);
    if (name === A.print_file_and_line) return newRef(NONE);
  }
  if (sub(e, Exc.KeyError) || sub(e, Exc.AttributeError) || sub(e, Exc.NameError)) {
    if (name === N.name || name === N.obj) return newRef(NONE);
  }
  return 0;
};

Slots.setattr[Kind.EXCEPTION] = (e, name, v) => {
  switch (name) {
    case N.args: {
      if (v === 0) raise(Exc.TypeError, 'args may not be deleted');
      const items = iterToArray(v);
      setExcField(e, EXC.ARGS, tupleSteal(items));
      return true;
    }
    case N.__traceback__:
      if (v === 0) raise(Exc.TypeError, '__traceback__ may not be deleted');
      setTraceback(e, v);
      return true;
    case N.__cause__:
    case N.__context__: {
      if (v === 0) raise(Exc.TypeError, `${strToJs(name)} may not be deleted`);
      if (v !== NONE && !isInstance(v, Exc.BaseException)) {
        raise(Exc.TypeError, `exception ${name === N.__cause__ ? 'cause' : 'context'} must be None or derive from BaseException`);
      }
      incref(v);
      setExcField(e, name === N.__cause__ ? EXC.CAUSE : EXC.CONTEXT, v);
      if (name === N.__cause__) I32[e + EXC.SUPPRESS] = 1;
      return true;
    }
    case N.__suppress_context__:
      if (v === 0) raise(Exc.TypeError, '__suppress_context__ may not be deleted');
      I32[e + EXC.SUPPRESS] = isTrue(v) ? 1 : 0;
      return true;
  }
  if (sub(e, Exc.StopIteration) && name === N.value) {
    const nv = v === 0 ? NONE : v;
    incref(nv);
    setExcField(e, EXC.VALUE, nv);
    return true;
  }
  return false;
};


function intToNumber(r: Ref): number { return Number(intToBig(r)); }
