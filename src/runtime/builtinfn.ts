/**
 * @fileoverview Builtin functions and methods: JS implementations reachable from the heap.
 * A BUILTIN heap object stores an index into FNS; registration happens in the same order in every worker at
 * startup, so an index means the same function everywhere. Calling convention of every implementation:
 *
 *     impl(a, n, kw) -> new reference
 *       a   word index in the heap (I32) of the first argument; arguments are a..a+n-1, borrowed
 *       n   number of arguments, including `self` first for methods
 *       kw  0, or a tuple of keyword names: the last len(kw) arguments are keyword values
 *
 * The interpreter passes a pointer into the caller's value stack, so a call allocates nothing.
 * Not here: argument binding of Python functions (vm/call.ts).
 */
import { I32, type Ref } from './heap.js';
import { FRESH } from './heap.js';
import { allocBlock } from './alloc.js';
import { BUILTIN, T_BUILTIN, TUPLE, TUPLE_ITEMS, TYPEOBJ } from './layout.js';
import { incref, makeImmortal } from './refcount.js';
import { intern, strToJs } from './objects/str.js';
import { dictSet } from './objects/dict.js';
import { raise, Exc } from './errors.js';

import { FNS, FN_NAMES, PENDING_BUILTINS, type BuiltinImpl, type PendingBuiltin } from './slots.js';
export { FNS, FN_NAMES, type BuiltinImpl };

/** a new builtin function object; self is 0 for a plain function or an unbound method */
export function newBuiltin(fn: number, self: Ref, name: Ref, qualname: Ref): Ref {
  const r = allocBlock(T_BUILTIN, BUILTIN.WORDS);
  I32[r + BUILTIN.FN] = fn;
  if (self) incref(self);
  I32[r + BUILTIN.SELF] = self;
  I32[r + BUILTIN.NAME] = name;
  I32[r + BUILTIN.QUALNAME] = qualname;
  incref(name); incref(qualname);
  return r;
}

/** where a builtin goes: a function returning the namespace dict (a type's or a module's) */
export type Owner = () => Ref;
/** the namespace of a type object */
export function typeDict(t: Ref): Owner {
  return () => I32[t + TYPEOBJ.DICT];
}

type Pending = PendingBuiltin;

/**
 * Registers impl under `name` in the namespace `owner` gives. The JS side (FNS index) is fixed now, in module
 * evaluation order, which is the same in every worker; the immortal heap object is made by installBuiltins(),
 * once, by the thread that creates the heap. Returns the FNS index.
 */
export function defBuiltin(owner: Owner | string, name: string, impl: BuiltinImpl, qualPrefix = ''): number {
  const idx = FNS.length;
  FNS.push(impl);
  const qual = qualPrefix ? qualPrefix + '.' + name : name;
  FN_NAMES.push(qual);
  PENDING_BUILTINS.push({ owner, name, idx, qual });
  return idx;
}

function install(p: Pending, dict: Ref): void {
  const nm = intern(p.name);
  const b = newBuiltin(p.idx, 0, nm, intern(p.qual));
  makeImmortal(b);
  dictSet(dict, nm, b);
}

/** creates the heap objects of every builtin registered for a type or dict (heap-creating thread only) */
export function installBuiltins(): void {
  if (!FRESH) return;
  for (const p of PENDING_BUILTINS) if (typeof p.owner !== 'string') install(p, p.owner());
}

/** creates the heap objects of a module's builtins, when the module is made (owner = the module's name) */
export function installModuleBuiltins(modName: string, dict: Ref): void {
  for (const p of PENDING_BUILTINS) if (p.owner === modName) install(p, dict);
}

// ------------------------------------------------------------------ argument helpers
export function kwCount(kw: Ref): number {
  return kw === 0 ? 0 : I32[kw + TUPLE.SIZE];
}

/** TypeError unless the call had no keyword arguments */
export function noKw(fname: string, kw: Ref): void {
  if (kw !== 0 && I32[kw + TUPLE.SIZE] > 0) raise(Exc.TypeError, `${fname}() takes no keyword arguments`);
}

/** checks min <= n <= max positional arguments (no keywords) */
export function argc(fname: string, n: number, kw: Ref, min: number, max: number): void {
  noKw(fname, kw);
  if (n < min || n > max) {
    if (min === max) {
      if (min === 0) raise(Exc.TypeError, `${fname}() takes no arguments (${n} given)`);
      if (min === 1) raise(Exc.TypeError, `${fname}() takes exactly one argument (${n} given)`);
      raise(Exc.TypeError, `${fname} expected ${min} arguments, got ${n}`);
    }
    if (n < min) raise(Exc.TypeError, `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
    raise(Exc.TypeError, `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Binds arguments to named parameters: returns an array of borrowed refs (0 where not given).
 * `names` lists parameters in positional order; the first `posOnly` of them cannot be given by keyword,
 * at most `maxPos` may be given positionally.
 */
export function bindArgs(fname: string, a: number, n: number, kw: Ref, names: string[], maxPos = names.length, posOnly = 0): number[] {
  const nkw = kw === 0 ? 0 : I32[kw + TUPLE.SIZE];
  const npos = n - nkw;
  const out = new Array<number>(names.length).fill(0);
  if (npos > maxPos) {
    raise(Exc.TypeError, `${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = I32[a + i];
  for (let k = 0; k < nkw; k++) {
    const key = strToJs(I32[kw + TUPLE_ITEMS + k]);
    const idx = names.indexOf(key);
    if (idx < 0 || idx < posOnly) raise(Exc.TypeError, `${fname}() got an unexpected keyword argument '${key}'`);
    if (out[idx] !== 0) raise(Exc.TypeError, `argument for ${fname}() given by name ('${key}') and position (${idx + 1})`);
    out[idx] = I32[a + npos + k];
  }
  return out;
}
