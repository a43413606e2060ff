/**
 * @fileoverview The sys module: argv, path, modules, exit, the recursion limit, maxsize, version, and the
 * standard streams (objects of the FILE type writing to fd 1 and 2).
 */
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
import { EMPTY_TUPLE } from '../layout.js';

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
  for (const [name, fd] of [['stdout', 1], ['stderr', 2], ['__stdout__', 1], ['__stderr__', 2]] as const) {
    const s = newStdStream(fd);
    dictSet(d, intern(name), s);
    decref(s);
  }
  installModuleBuiltins('sys', d);
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

export type { Ref };
