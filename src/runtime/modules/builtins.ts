/**
 * @fileoverview The builtins module: registers it and the functions that have no better home.
 * Type constructors (int, str, list, ...) live with their types in runtime/types/; the builtin exception
 * types are added here.
 */
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
import { newStr as newStrJs } from '../objects/str.js';

defBuiltin('builtins', 'repr', (a, n, kw) => {
  argc('repr', n, kw, 1, 1);
  return reprOf(I32[a]);
});

defBuiltin('builtins', 'len', (a, n, kw) => {
  argc('len', n, kw, 1, 1);
  return newInt(lenOf(I32[a]));
});
