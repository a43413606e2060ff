/**
 * @fileoverview Modules and imports: sys.modules (a dict in the heap), builtin modules written in TS (made on
 * first import from a registered init function), and .py files found on sys.path (the script's directory),
 * compiled and run in a fresh module namespace. Also the one source → code object pipeline the CLI uses.
 * Not here: the individual modules (runtime/modules/*.ts).
 */
import { loadFrozenSpec, saveFrozenSpec } from './frozen-cache.js';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { I32, type Ref } from '../runtime/heap.js';
import { allocBlock } from '../runtime/alloc.js';
import {
  TYPE, MODULE, T_MODULE, T_STR, T_LIST, NONE, TUPLE, TUPLE_ITEMS, LIST, HDR, Kind, CTL_SYS_MODULES,
} from '../runtime/layout.js';
import { incref, decref, makeImmortal, registerDealloc, layoutDealloc } from '../runtime/refcount.js';
import { raise, Exc, PyRaise } from '../runtime/errors.js';
import { intern, newStr, strToJs } from '../runtime/objects/str.js';
import {
  newDict, dictGet, dictSet, dictPop, dictNextEntry, dictEntryKey, dictEntryValue,
} from '../runtime/objects/dict.js';
import { codeFromSpec, PyNotSupported } from '../runtime/objects/code.js';
import { newException, newExceptionArgs } from '../runtime/objects/exception.js';
import { tupleSteal } from '../runtime/objects/tuple.js';
import { newInt } from '../runtime/objects/int.js';
import { PySyntaxError } from '../lexer/syntax-error.js';
import { getAttrSoft, getAttr, setItem, setAttr, iterToArray } from '../runtime/abstract.js';
import { Slots } from '../runtime/slots.js';
import { intNum } from '../runtime/objects/int.js';
import { N } from '../runtime/names.js';
import { compileModule } from './frontend.js';
import { allocFrame } from './call.js';
import { runFrame } from './interpreter.js';
import { builtinsDict } from './call.js';

export function newModule(name: string): Ref {
  const m = allocBlock(T_MODULE, MODULE.WORDS);
  const d = newDict();
  I32[m + MODULE.DICT] = d;
  const nm = intern(name);
  I32[m + MODULE.NAME] = nm;
  dictSet(d, N.__name__, nm);
  dictSet(d, N.__doc__, NONE);
  dictSet(d, intern('__package__'), NONE);
  return m;
}
export function moduleDict(m: Ref): Ref {
  return I32[m + MODULE.DICT];
}

registerDealloc(Kind.MODULE, layoutDealloc(MODULE));
Slots.repr[Kind.MODULE] = (m) => {
  const d = I32[m + MODULE.DICT];
  const f = dictGet(d, N.__file__);
  const name = strToJs(I32[m + MODULE.NAME]);
  return f !== 0 && I32[f + TYPE] === T_STR ? `<module '${name}' from '${strToJs(f)}'>` : `<module '${name}' (built-in)>`;
};

/** sys.modules */
export function sysModules(): Ref {
  return I32[CTL_SYS_MODULES];
}

/** builtin modules: name -> function filling the new module's dict */
const BUILTIN_MODULES = new Map<string, (m: Ref, d: Ref) => void>();
export function registerModule(name: string, init: (m: Ref, d: Ref) => void): void {
  BUILTIN_MODULES.set(name, init);
}
export function builtinModuleNames(): string[] {
  return [...BUILTIN_MODULES.keys()];
}

/** makes a builtin module now (used for builtins and sys at startup, and by import) */
export function makeBuiltinModule(name: string): Ref {
  const init = BUILTIN_MODULES.get(name)!;
  const m = newModule(name);
  makeImmortal(m);
  dictSet(sysModules(), intern(name), m);
  init(m, moduleDict(m));
  return m;
}

/** compiles source text to an (immortal) code object; SyntaxError is thrown as PySyntaxError */
export function compileSource(source: string, filename: string): Ref {
  const frozen = filename.startsWith('<frozen ');
  let spec = frozen ? loadFrozenSpec(filename, source) : null;
  if (spec === null) {
    spec = compileModule(source, filename);
    if (frozen) saveFrozenSpec(filename, source, spec);
  }
  try {
    return codeFromSpec(spec);
  } catch (e) {
    // a construct the runtime cannot represent (complex literals): a Python error, not a JS crash
    if (e instanceof PyNotSupported) raise(Exc.NotImplementedError, e.message);
    throw e;
  }
}

/**
 * compileSource for code compiled while the program runs (import of a .py file, exec, eval, namedtuple): a
 * syntax error is raised as a Python SyntaxError (or IndentationError, TabError) that the program can catch,
 * with CPython's args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)).
 */
export function compileOrRaise(source: string, filename: string): Ref {
  try {
    return compileSource(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyRaise(syntaxErrorObject(e, source, false));
    throw e;
  }
}

/** what eval() compiles: an assignment of its expression (leading blanks stripped), read back by the caller */
export const EVAL_RESULT = '__minipy_eval_result__';
const EVAL_PREFIX = `${EVAL_RESULT} = `;

/** compiles eval()'s text; a SyntaxError's position is given in the text, not in the wrapping assignment */
export function compileEval(text: string): Ref {
  try {
    return compileSource(EVAL_PREFIX + text + '\n', '<string>');
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (e.lineno === 1) {
      e.offset = Math.max(1, e.offset - EVAL_PREFIX.length);
      if (e.endOffset !== undefined) e.endOffset = Math.max(e.offset, e.endOffset - EVAL_PREFIX.length);
      e.text = e.text.slice(EVAL_PREFIX.length);
    }
    throw new PyRaise(syntaxErrorObject(e, text, true));
  }
}

function syntaxErrorObject(e: PySyntaxError, source: string, isEval: boolean): Ref {
  // CPython's text ends with a newline (its tokenizer adds one to exec'd source), except eval's last line
  const text = e.text + (!isEval || e.lineno < source.split('\n').length ? '\n' : '');
  const num = (n: number | undefined): Ref => (n === undefined ? NONE : newInt(n));
  const info = tupleSteal([newStr(e.filename), newInt(e.lineno), newInt(e.offset), newStr(text),
    num(e.endLineno ?? e.lineno), num(e.endOffset ?? 0)]);
  const args = tupleSteal([newStr(e.msg), info]);
  const t = e.kind === 'IndentationError' ? Exc.IndentationError : e.kind === 'TabError' ? Exc.TabError : Exc.SyntaxError;
  return newExceptionArgs(t, args);
}

/** runs a module-level code object in namespace d; returns nothing, raises what the code raises */
export function execCode(code: Ref, globals: Ref, locals: Ref): void {
  const f = allocFrame(code, globals, builtinsDict, locals, 0);
  const r = runFrame(f, 0);
  decref(r);
}

/** directories searched for .py modules: sys.path (a list of str) */
function searchPath(): string[] {
  const sys = dictGet(sysModules(), intern('sys'));
  if (sys === 0) return [];
  const p = dictGet(moduleDict(sys), intern('path'));
  if (p === 0 || I32[p + TYPE] !== T_LIST) return [];
  const out: string[] = [];
  for (let i = 0; i < I32[p + LIST.SIZE]; i++) {
    const s = I32[I32[p + LIST.ITEMS] + HDR + i];
    if (I32[s + TYPE] === T_STR) out.push(strToJs(s));
  }
  return out;
}

function findSource(name: string): string | null {
  for (const dir of searchPath()) {
    const p = join(dir === '' ? '.' : dir, name + '.py');
    try {
      if (statSync(p).isFile()) return p;
    } catch { /* not there */ }
  }
  return null;
}

/** hook for modules whose source ships with minipy (frozen); set by the runtime */
let frozenSource: (name: string) => { source: string; filename: string } | null = () => null;
export function setFrozenSource(f: typeof frozenSource): void { frozenSource = f; }

function loadModule(name: string): Ref {
  const mods = sysModules();
  const key = intern(name);
  const existing = dictGet(mods, key);
  if (existing !== 0) { incref(existing); return existing; }
  if (BUILTIN_MODULES.has(name)) {
    const m = makeBuiltinModule(name);
    bindInParent(name, m);
    incref(m);
    return m;
  }
  let src: { source: string; filename: string } | null = frozenSource(name);
  if (src === null) {
    const path = findSource(name);
    if (path !== null) src = { source: readFileSync(path, 'utf8'), filename: path };
  }
  if (src === null) {
    const e = newException(Exc.ModuleNotFoundError, `No module named '${name}'`);
    const nm = newStr(name);
    try {
      setAttr(e, N.name, nm);
    } finally {
      decref(nm);
    }
    throw new PyRaise(e);
  }
  const code = compileOrRaise(src.source, src.filename);
  const m = newModule(name);
  const d = moduleDict(m);
  const fn = newStr(src.filename);
  dictSet(d, N.__file__, fn);
  decref(fn);
  dictSet(mods, key, m);
  try {
    execCode(code, d, d);
  } catch (e) {
    const old = dictPop(mods, key);
    if (old) decref(old);
    decref(m);
    throw e;
  }
  // the module may have replaced itself in sys.modules
  const final = dictGet(mods, key);
  bindInParent(name, final !== 0 ? final : m);
  if (final !== 0 && final !== m) { incref(final); decref(m); return final; }
  return m;
}

/** a submodule, once loaded, is an attribute of its package: `import a.b` then `a.b` */
function bindInParent(name: string, m: Ref): void {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return;
  const parent = dictGet(sysModules(), intern(name.slice(0, dot)));
  if (parent === 0) return;
  const leaf = newStr(name.slice(dot + 1));
  try {
    setAttr(parent, leaf, m);
  } finally {
    decref(leaf);
  }
}

/** IMPORT_NAME: `import a.b.c` gives a (fromlist None), `from a.b import c` gives a.b */
export function importName(name: Ref, fromlist: Ref, level: Ref, globals: Ref): Ref {
  void globals;
  const lvl = level === NONE ? 0 : intNum(level);
  if (lvl > 0) raise(Exc.ImportError, 'attempted relative import with no known parent package');
  const parts = strToJs(name).split('.');
  const mods: number[] = [];
  try {
    for (let i = 0; i < parts.length; i++) mods.push(loadModule(parts.slice(0, i + 1).join('.')));
  } catch (e) {
    for (const m of mods) decref(m);
    throw e;
  }
  const wantLeaf = fromlist !== NONE && I32[fromlist + TUPLE.SIZE] > 0;
  const result = wantLeaf ? mods[mods.length - 1] : mods[0];
  for (const m of mods) if (m !== result) decref(m);
  return result;
}

/** IMPORT_FROM: module.name, or the submodule module.name */
export function importFrom(m: Ref, name: Ref): Ref {
  const v = getAttrSoft(m, name);
  if (v !== 0) return v;
  const modName = strToJs(I32[m + MODULE.NAME]);
  // `from package import submodule` imports the submodule
  if (I32[m + TYPE] === T_MODULE && dictGet(moduleDict(m), intern('__path__')) !== 0) {
    const sub = `${modName}.${strToJs(name)}`;
    if (BUILTIN_MODULES.has(sub)) return loadModule(sub);
  }
  const file = dictGet(moduleDict(m), N.__file__);
  const where = file !== 0 && I32[file + TYPE] === T_STR ? ` (${strToJs(file)})` : ' (unknown location)';
  const e = newException(Exc.ImportError, `cannot import name '${strToJs(name)}' from '${modName}'${where}`);
  const nm = newStr(modName);
  try {
    setAttr(e, N.name, nm);
  } finally {
    decref(nm);
  }
  throw new PyRaise(e);
}

/** IMPORT_STAR: copies public names (or __all__) into the namespace */
export function importStar(m: Ref, locals: Ref): void {
  const d = moduleDict(m);
  const all = dictGet(d, N.__all__);
  if (all !== 0) {
    const names = iterToArray(all);
    try {
      for (const nm of names) {
        const v = getAttr(m, nm);
        setItem(locals, nm, v);
        decref(v);
      }
    } finally {
      for (const nm of names) decref(nm);
    }
    return;
  }
  for (let ix = dictNextEntry(d, 0); ix >= 0; ix = dictNextEntry(d, ix + 1)) {
    const k = dictEntryKey(d, ix);
    if (I32[k + TYPE] === T_STR && strToJs(k).startsWith('_')) continue;
    setItem(locals, k, dictEntryValue(d, ix));
  }
}

