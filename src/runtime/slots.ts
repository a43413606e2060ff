/**
 * @fileoverview The registries every type file fills in at load time: the per-kind slot tables (Slots), the
 * sequence operator hooks (SeqOps) and the builtin-function table (FNS). This file imports nothing, so it is
 * always evaluated before any module that registers into it, whatever cycles the other imports form.
 */
type Ref = number;
type R1 = (r: Ref) => Ref;

/** per-kind implementations of the abstract protocol (abstract.ts), indexed by layout Kind */
export const Slots = {
  /** repr as a JS string */
  repr: [] as ((r: Ref) => string)[],
  /** str() as a JS string, where it differs from repr */
  str: [] as ((r: Ref) => string)[],
  hash: [] as ((r: Ref) => number)[],
  bool: [] as ((r: Ref) => boolean)[],
  len: [] as ((r: Ref) => number)[],
  iter: [] as R1[],
  /** next item (new ref) or 0 when exhausted */
  next: [] as R1[],
  getitem: [] as ((r: Ref, k: Ref) => Ref)[],
  setitem: [] as ((r: Ref, k: Ref, v: Ref) => void)[],
  delitem: [] as ((r: Ref, k: Ref) => void)[],
  contains: [] as ((r: Ref, v: Ref) => boolean)[],
  /** rich comparison: NOTIMPLEMENTED (immortal) or a new ref */
  richcmp: [] as ((a: Ref, b: Ref, op: number) => Ref)[],
  /** attributes that are not in the type dict (e.g. function.__name__): new ref or 0 */
  getattr: [] as ((r: Ref, name: Ref) => Ref)[],
  /** attribute assignment handled by the type (v = 0 deletes); true if handled */
  setattr: [] as ((r: Ref, name: Ref, v: Ref) => boolean)[],
  /** calling the type object: T(args) for builtin types, and the layout constructor for subclasses */
  new: [] as ((type: Ref, a: number, n: number, kw: Ref) => Ref)[],
  /** calling an instance (builtin callables other than functions) */
  call: [] as ((r: Ref, a: number, n: number, kw: Ref) => Ref)[],
  /** an iterator over obj[0], obj[1], ... (for objects with only __getitem__) */
  seqIter: null as unknown as R1,
};

/** sequence and container operators of builtin types (ops/number.ts dispatches to these) */
export const SeqOps = {
  concat: [] as ((a: Ref, b: Ref) => Ref)[],
  repeat: [] as ((a: Ref, n: number) => Ref)[],
  /** in-place concatenation (list +=) */
  inplaceConcat: [] as ((a: Ref, b: Ref) => Ref)[],
  inplaceRepeat: [] as ((a: Ref, n: number) => Ref)[],
  /** other binary operators (set |, dict |, str %): NOTIMPLEMENTED when not applicable; op is BINARY_OP's */
  binary: [] as ((a: Ref, b: Ref, op: number) => Ref)[],
  /** in-place forms of `binary` (set |=, dict |=), tried first for augmented assignment; op is the base operator */
  inplaceBinary: [] as ((a: Ref, b: Ref, op: number) => Ref)[],
};

export type BuiltinImpl = (a: number, n: number, kw: Ref) => Ref;
/** builtin function implementations by index (see builtinfn.ts) */
export const FNS: BuiltinImpl[] = [];
export const FN_NAMES: string[] = [];

/** builtins registered but not yet made into heap objects (builtinfn.ts) */
export interface PendingBuiltin { owner: (() => Ref) | string; name: string; idx: number; qual: string }
export const PENDING_BUILTINS: PendingBuiltin[] = [];

/** this worker's cache of the heap's intern table (objects/str.ts): content -> ref and back */
export const INTERNED = new Map<string, number>();
export const INTERNED_JS = new Map<number, string>();
/**
 * Adding to the heap's intern table writes a shared dict. A worker that boots without holding the GIL
 * (vm/worker.ts) sets `wrap` to take the GIL around that rare case; otherwise it just calls f.
 */
export const InternInsertGuard = { wrap: <T>(f: () => T): T => f() };
