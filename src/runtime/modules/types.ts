/**
 * @fileoverview The types module (Python source in py/types_py.ts), and `X | Y` on classes and None, which
 * builds a types.UnionType (as CPython's type.__or__), plus the isinstance/issubclass view of a union.
 */
import { I32, type Ref } from '../heap.js';
import { TYPE, TYPEOBJ, Kind, NONE, NOTIMPLEMENTED } from '../layout.js';
import { registerModule, compileSource, execCode, importName } from '../../vm/import.js';
import { SeqOps } from '../slots.js';
import { OP_OR } from '../ops/number.js';
import { getAttr, callN, isType } from '../abstract.js';
import { decref } from '../refcount.js';
import { intern, strToJs } from '../objects/str.js';
import { TYPES_PY } from './py/types_py.js';

registerModule('types', (_m, d) => {
  execCode(compileSource(TYPES_PY, '<frozen types>'), d, d);
});

function typesAttr(name: string): Ref {
  const mod = importName(intern('types'), NONE, NONE, NONE);
  try { return getAttr(mod, intern(name)); } finally { decref(mod); }
}

/** is r an instance of types.UnionType (the class defined by the types module's source)? */
export function isUnion(r: Ref): boolean {
  const t = I32[r + TYPE];
  if (!isType(t) || strToJs(I32[t + TYPEOBJ.NAME]) !== 'UnionType') return false;
  const m = I32[t + TYPEOBJ.MODULE];
  return m !== 0 && strToJs(m) === 'types';
}

/** a union's members as a tuple (new ref) */
export function unionArgs(r: Ref): Ref {
  return getAttr(r, intern('__args__'));
}

const unionable = (r: Ref): boolean => r === NONE || isType(r) || isUnion(r);

// int | str, int | None, None | int: a types.UnionType; anything else is not this operator's business
SeqOps.binary[Kind.TYPE] = (a, b, op) => {
  if (op !== OP_OR || !unionable(a) || !unionable(b)) return NOTIMPLEMENTED;
  const f = typesAttr('_union');
  try { return callN(f, [a, b]); } finally { decref(f); }
};
