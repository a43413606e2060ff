/**
 * @fileoverview The sys module: argv, path, modules, exit, the recursion limit, maxsize, version, and the
 * standard streams (objects of the FILE type writing to fd 1 and 2).
 */
import { getSwitchInterval, setSwitchInterval, gilEnabled } from '../../vm/gil.js';
import { I32, type Ref } from '../heap.js';
import { NONE, CTL_RECURSION_LIMIT, CTL_SYS_MODULES, TYPE, T_INT, T_BOOL } from '../layout.js';
import { decref } from '../refcount.js';
import { raise, raiseExc, Exc } from '../errors.js';
import { intern, newStr } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { newInt, newIntFromBig, intToBig } from '../objects/int.js';
import { newExceptionArgs } from '../objects/exception.js';
import { tupleOf } from '../objects/tuple.js';
import { defBuiltin, argc, installModuleBuiltins } from '../builtinfn.js';
import { registerModule } from '../../vm/import.js';
import { Interp } from '../../vm/state.js';
import { newStdStream } from './io.js';
import { EMPTY_TUPLE, MODULE, EXC, TYPEOBJ, Kind, STR, FLAGS, F_STR_UCS4, F_STR_ASCII, BYTES, TUPLE, LIST, DICT, SET, TF_HEAPTYPE, RC, TRUE, FALSE } from '../layout.js';
import { resolve as pathResolve } from 'node:path';
import { dictGet } from '../objects/dict.js';
import { newFloat } from '../objects/float.js';
import { strToJs } from '../objects/str.js';
import { incref } from '../refcount.js';
import { blockWords } from '../alloc.js';
import { typeNameOf } from '../abstract.js';
import { bindArgs } from '../builtinfn.js';
import { excInfo } from '../../vm/interpreter.js';
import { builtinModuleNames } from '../../vm/import.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../format.js';
import { argFloat, argIndex } from './math.js';
import { T_STR } from '../layout.js';

export const VERSION = '3.14.0 (minipy 0.1.0)';

registerModule('sys', (_m, d) => {
  const argv = newList(0);
  for (const s of Interp.argv) listAppendSteal(argv, newStr(s));
  dictSet(d, intern('argv'), argv);
  decref(argv);
  const path = newList(0);
  listAppendSteal(path, newStr(Interp.path0));
  dictSet(d, intern('path'), path);
  decref(path);
  dictSet(d, intern('modules'), I32[CTL_SYS_MODULES]);
  const maxsize = newIntFromBig((1n << 63n) - 1n);
  dictSet(d, intern('maxsize'), maxsize);
  decref(maxsize);
  const v = newStr(VERSION);
  dictSet(d, intern('version'), v);
  decref(v);
  const vi = tupleOf([newInt(3), newInt(14), newInt(0)]);
  dictSet(d, intern('version_info'), vi);
  decref(vi);
  dictSet(d, intern('platform'), intern('linux'));
  dictSet(d, intern('byteorder'), intern('little'));
  dictSet(d, intern('implementation'), NONE);
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2], ['__stdin__', 0], ['__stdout__', 1], ['__stderr__', 2]] as const) {
    const s = newStdStream(fd);
    dictSet(d, intern(name), s);
    decref(s);
  }
  const exe = newStr(process.argv[1] ? pathResolve(process.argv[1]) : process.execPath);
  dictSet(d, intern('executable'), exe);
  dictSet(d, intern('_base_executable'), exe);
  decref(exe);
  const hv = newInt(0x030e00f0);
  dictSet(d, intern('hexversion'), hv);
  decref(hv);
  const mu = newInt(0x10ffff);
  dictSet(d, intern('maxunicode'), mu);
  decref(mu);
  const av = newInt(1013);
  dictSet(d, intern('api_version'), av);
  decref(av);
  for (const [k, v] of [['prefix', '/usr/local'], ['exec_prefix', '/usr/local'], ['base_prefix', '/usr/local'], ['float_repr_style', 'short']]) {
    const sv = newStr(v);
    dictSet(d, intern(k), sv);
    decref(sv);
  }
  const bmn = tupleOf(builtinModuleNames().sort().map((nm) => intern(nm)));
  dictSet(d, intern('builtin_module_names'), bmn);
  decref(bmn);
  const ol = newList(0);
  dictSet(d, intern('orig_argv'), ol);
  decref(ol);
  installModuleBuiltins('sys', d);
});

function sysDict(): Ref {
  const m = dictGet(I32[CTL_SYS_MODULES], intern('sys'));
  return m === 0 ? 0 : I32[m + MODULE.DICT];
}

defBuiltin('sys', 'exc_info', (_a, n, kw) => {
  argc('exc_info', n, kw, 0, 0);
  const e = excInfo;
  if (e === NONE || e === 0) return tupleOf([NONE, NONE, NONE]);
  const tb = I32[e + EXC.TRACEBACK];
  return tupleOf([I32[e + TYPE], e, tb === 0 ? NONE : tb]);
});
defBuiltin('sys', 'exception', (_a, n, kw) => {
  argc('exception', n, kw, 0, 0);
  const e = excInfo === 0 ? NONE : excInfo;
  incref(e);
  return e;
});
defBuiltin('sys', 'intern', (a, n, kw) => {
  argc('intern', n, kw, 1, 1);
  const s = I32[a];
  if (I32[s + TYPE] !== T_STR) raise(Exc.TypeError, `intern() argument must be str, not ${typeNameOf(s)}`);
  return intern(strToJs(s));
});
defBuiltin('sys', 'getsizeof', (a, n, kw) => {
  argc('getsizeof', n, kw, 1, 2);
  const r = I32[a];
  const t = I32[r + TYPE];
  const k = I32[t + TYPEOBJ.KIND];
  let size: number;
  switch (k) {
    case Kind.INT: case Kind.BOOL: {
      const b = intToBig(r);
      const abs = b < 0n ? -b : b;
      const digits = abs === 0n ? (t === T_BOOL ? 1 : 0) : Math.ceil(abs.toString(2).length / 30);
      size = 24 + 4 * Math.max(digits, t === T_BOOL ? 1 : 0);
      if (abs === 0n && t !== T_BOOL) size = 28;
      break;
    }
    case Kind.FLOAT: size = 24; break;
    case Kind.STR: {
      const len = I32[r + STR.LEN];
      if (I32[r + FLAGS] & F_STR_UCS4) size = 76 + 4 * (len + 1);
      else if (I32[r + FLAGS] & F_STR_ASCII || len === 0) size = 41 + len;
      else size = 57 + len;
      break;
    }
    case Kind.BYTES: size = 33 + I32[r + BYTES.LEN]; break;
    case Kind.TUPLE: size = 40 + 8 * I32[r + TUPLE.SIZE]; break;
    case Kind.LIST: size = 56 + 8 * I32[r + LIST.CAP]; break;
    case Kind.DICT: size = I32[r + DICT.USED] === 0 ? 64 : 184 + 8 * I32[r + DICT.TSIZE]; break;
    case Kind.SET: case Kind.FROZENSET: size = 216 + (I32[r + SET.MASK] + 1 > 8 ? 16 * (I32[r + SET.MASK] + 1) : 0); break;
    case Kind.NONE: size = 16; break;
    default: size = 4 * blockWords(r) + 16;
  }
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) size += 16;
  return newInt(size);
});
defBuiltin('sys', 'getrefcount', (a, n, kw) => {
  argc('getrefcount', n, kw, 1, 1);
  const rc = I32[I32[a] + RC];
  return newInt(rc < 0 ? 0xffffffff >>> 2 : rc + 1);
});
defBuiltin('sys', 'getswitchinterval', (_a, n, kw) => {
  argc('getswitchinterval', n, kw, 0, 0);
  return newFloat(getSwitchInterval());
});
defBuiltin('sys', 'setswitchinterval', (a, n, kw) => {
  argc('setswitchinterval', n, kw, 1, 1);
  const x = argFloat(I32[a]);
  if (!(x > 0)) raise(Exc.ValueError, 'switch interval must be strictly positive');
  setSwitchInterval(x);
  return NONE;
});
defBuiltin('sys', '_is_gil_enabled', (_a, n, kw) => {
  argc('_is_gil_enabled', n, kw, 0, 0);
  return gilEnabled() ? TRUE : FALSE;
});
defBuiltin('sys', 'getdefaultencoding', (_a, n, kw) => { argc('getdefaultencoding', n, kw, 0, 0); return newStr('utf-8'); });
defBuiltin('sys', 'getfilesystemencoding', (_a, n, kw) => { argc('getfilesystemencoding', n, kw, 0, 0); return newStr('utf-8'); });
defBuiltin('sys', 'get_int_max_str_digits', (_a, n, kw) => { argc('get_int_max_str_digits', n, kw, 0, 0); return newInt(getIntMaxStrDigits()); });
defBuiltin('sys', 'set_int_max_str_digits', (a, n, kw) => {
  const [v] = bindArgs('set_int_max_str_digits', a, n, kw, ['maxdigits']);
  if (v === 0) raise(Exc.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  const x = Number(argIndex(v));
  if (x !== 0 && x < 640) raise(Exc.ValueError, 'maxdigits must be >= 640 or 0 for unlimited');
  setIntMaxStrDigits(x);
  return NONE;
});


defBuiltin('sys', 'exit', (a, n, kw) => {
  argc('exit', n, kw, 0, 1);
  const args = n === 0 ? EMPTY_TUPLE : tupleOf([I32[a]]);
  raiseExc(newExceptionArgs(Exc.SystemExit, args));
});

defBuiltin('sys', 'getrecursionlimit', (_a, n, kw) => {
  argc('getrecursionlimit', n, kw, 0, 0);
  return newInt(I32[CTL_RECURSION_LIMIT]);
});

defBuiltin('sys', 'setrecursionlimit', (a, n, kw) => {
  argc('setrecursionlimit', n, kw, 1, 1);
  const v = I32[a];
  if (I32[v + TYPE] !== T_INT && I32[v + TYPE] !== T_BOOL) raise(Exc.TypeError, "'float' object cannot be interpreted as an integer");
  const lim = intToBig(v);
  if (lim < 1n) raise(Exc.ValueError, 'recursion limit must be greater or equal than 1');
  I32[CTL_RECURSION_LIMIT] = Number(lim > 0x7fffffffn ? 0x7fffffffn : lim);
  return NONE;
});

