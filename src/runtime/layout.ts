/**
 * @fileoverview Every object layout, declared once. No other file writes a numeric field offset: it names a field
 * of one of these tables (LIST.SIZE, DICT.TABLE, ...). The same tables tell heapcheck.ts and the deallocator
 * which fields hold counted references. Not here: how blocks are found (alloc.ts) or counted (refcount.ts).
 *
 * The common header (4 words, 16 bytes; a Ref is the word index of word 0):
 *
 *    word 0  TYPE   ref of the type object (0 = free block, 1 = raw block that is not a Python object)
 *    word 1  RC     reference count. Negative = immortal: never changes, never freed (None, True, False,
 *                   small ints, builtin types, interned strings ...). Free blocks keep the free-list link here.
 *    word 2  FLAGS  bits 0-7: size class of the block (alloc.ts); bits 8-31: per-type flags (below). A free block
 *                   keeps its free-list depth in bits 8-23 (F_FREE_DEPTH_SHIFT) and owner tag 0.
 *    word 3  LOCK   --gil=off only (always 0 under --gil=on): bit 0 the object's lock (LK_LOCKED), bit 1 a thread
 *                   sleeps on it (LK_PARKED), bit 2 RC_MERGED, bit 3 RC_QUEUED, bit 4 RC_MAYBE_SHARED (biased
 *                   counting, refcount.ts), bits 5-31 the shared reference count in units of RC_SHARED_ONE. FLAGS
 *                   bits 24-31 name the owning thread (F_OWNER_SHIFT). A free block's LOCK is always 0: a thread
 *                   that read a stale ref without a lock may look at it (refcount.ts tryIncrefShared), and 0 says
 *                   "not provably alive".
 *
 * Fields follow the header. An f64 field is 8-byte aligned (blocks are, and the header is 4 words).
 *
 * Static region: the builtin type objects, None, True, False, Ellipsis, NotImplemented and the small ints -5..256
 * are laid out at fixed addresses right after the control block, so their refs are compile-time constants
 * (T_INT, NONE, smallInt(7)) and every worker agrees on them without asking.
 */

// ------------------------------------------------------------------ header
export const TYPE = 0;
export const RC = 1;
export const FLAGS = 2;
export const LOCK = 3;
export const HDR = 4;

/** RC value of immortal objects: negative, so `rc >= 0` is the "count me" test. */
export const IMMORTAL_RC = -0x40000000;

/** FLAGS bits above the size class */
export const SIZECLASS_MASK = 0xff;
export const F_INT_BIG = 1 << 8;      // int: magnitude in 32-bit digits (BIGINT layout), not an f64
export const F_STR_UCS4 = 1 << 8;     // str: 4 bytes per code point (else 1 byte, Latin-1)
export const F_STR_INTERNED = 1 << 9; // str: in the intern table (immortal)
export const F_STR_ASCII = 1 << 10;   // str: all code points < 128
export const F_GEN_RUNNING = 1 << 8;  // generator: currently executing
export const F_GEN_DONE = 1 << 9;     // generator: finished
export const F_FINALIZED = 1 << 12;  // instance of a class with __del__: __del__ already ran (it runs once)
export const F_DICT_OF_TYPE = 1 << 13; // dict: a class's namespace that a type-cache entry depends on (typeobj.ts)
/** FLAGS bits 24-31: the owner of the object's local count (threadid.ts OWNER; always 0 under --gil=on) */
export const F_OWNER_SHIFT = 24;
/** FLAGS bits 8-23 of a FREE block: how many blocks its free list holds from it down (alloc.ts, saturating) */
export const F_FREE_DEPTH_SHIFT = 8;
export const F_FREE_DEPTH_MAX = 0xffff;

/** LOCK word bits (--gil=off): the per-object lock and the shared half of a biased reference count */
export const LK_LOCKED = 1;
export const LK_PARKED = 2;
export const RC_MERGED = 4;
/** biased counting: a non-owner dropped the shared count below zero and queued the object to its owner, whose
 *  merge drops the queue's reference (CPython's _Py_REF_QUEUED: an object is queued at most once) */
export const RC_QUEUED = 8;
/**
 * biased counting: a thread other than the owner read this object out of a container without the container's
 * lock (or may do so), so the owner's last decref must not free it with plain stores: it goes through the merge
 * compare-and-swap (refcount.ts mergeZero), which a concurrent lock-free increment cannot slip past. Set by the
 * locked slow path of the lock-free readers (CPython's _Py_REF_MAYBE_WEAKREF, which plays the same part).
 */
export const RC_MAYBE_SHARED = 16;
export const RC_SHARED_ONE = 32;
export const RC_SHARED_SHIFT = 5;
/** the LOCK bits that belong to the per-object lock (objlock.ts), not to the reference count */
export const LK_BITS = LK_LOCKED | LK_PARKED;
/** the LOCK bits that say how many references the shared side holds: the count, RC_MERGED and RC_QUEUED
 *  (not the lock bits, not RC_MAYBE_SHARED). `(lk & RC_STATE_MASK) === RC_MERGED` is a merged object with no
 *  reference left: dead. */
export const RC_STATE_MASK = ~(LK_LOCKED | LK_PARKED | RC_MAYBE_SHARED);

/** TYPE word values that are not type refs */
export const BLOCK_FREE = 0;
export const BLOCK_RAW = 1;

export type FieldKind = 'i32' | 'f64' | 'ref' | 'raw';

export interface Layout {
  readonly name: string;
  /** total words of the fixed part (variable-size objects add their tail) */
  readonly WORDS: number;
  /** word offsets of fields holding counted references (decref'd on free, checked by heapcheck) */
  readonly refFields: readonly number[];
  /** word offsets of fields holding an owned raw block */
  readonly rawFields: readonly number[];
  readonly fieldNames: readonly string[];
}

function layout<K extends string>(name: string, fields: Record<K, FieldKind>): Layout & Record<K, number> {
  let w = HDR;
  const out: Record<string, unknown> = { name };
  const refFields: number[] = [];
  const rawFields: number[] = [];
  const fieldNames: string[] = ['TYPE', 'RC', 'FLAGS', 'LOCK'];
  for (const [key, kind] of Object.entries(fields) as [K, FieldKind][]) {
    if (kind === 'f64' && w % 2) { fieldNames.push('(pad)'); w++; }
    out[key] = w;
    fieldNames.push(key);
    if (kind === 'ref') refFields.push(w);
    if (kind === 'raw') rawFields.push(w);
    w += kind === 'f64' ? 2 : 1;
    if (kind === 'f64') fieldNames.push(key + '(hi)');
  }
  out.WORDS = w;
  out.refFields = refFields;
  out.rawFields = rawFields;
  out.fieldNames = fieldNames;
  return Object.freeze(out) as Layout & Record<K, number>;
}

// ------------------------------------------------------------------ numbers
/** int whose value is a safe integer (|v| <= 2^53-1), and float: the value as an f64 */
export const NUM = layout('num', { VAL: 'f64' });
/** int with F_INT_BIG: SIGN (-1/1), NDIGITS, then NDIGITS little-endian unsigned 32-bit digits */
export const BIGINT = layout('bigint', { SIGN: 'i32', NDIGITS: 'i32' });
export const BIGINT_DIGITS = BIGINT.WORDS;

// ------------------------------------------------------------------ str / bytes: LEN code points, cached HASH
// (0 = not computed yet), then the characters: 1 byte each (Latin-1) or 4 (F_STR_UCS4), from word DATA.
export const STR = layout('str', { LEN: 'i32', HASH: 'i32' });
export const STR_DATA = STR.WORDS;
export const BYTES = layout('bytes', { LEN: 'i32', HASH: 'i32' });
export const BYTES_DATA = BYTES.WORDS;

// ------------------------------------------------------------------ containers
/** tuple: SIZE then SIZE refs inline */
export const TUPLE = layout('tuple', { SIZE: 'i32', HASH: 'i32' });
export const TUPLE_ITEMS = TUPLE.WORDS;
/**
 * list: the items live in a raw block (payload from HDR), capacity CAP. VERSION (--gil=off) is a seqlock: odd
 * while a writer (holding the list's lock) removes, replaces or moves items or swaps ITEMS, even otherwise, so
 * that readers can read an item without the lock (runtime/ftread.ts; objects/list.ts says why an append needs
 * no odd VERSION). Always 0 under --gil=on.
 */
export const LIST = layout('list', { SIZE: 'i32', CAP: 'i32', ITEMS: 'raw', VERSION: 'i32' });
/**
 * dict, CPython's compact layout: TABLE is a raw block of TSIZE (a power of two) Int32 slots holding an entry
 * index (-1 empty, -2 dummy); ENTRIES is a raw block of ECAP entries of 3 words (hash, key ref, value ref) in
 * insertion order; a deleted entry has key 0. USED counts live entries, NENTRIES the filled prefix.
 * Subtypes (defaultdict, Counter, user subclasses) append fields after these.
 */
export const DICT = layout('dict', { USED: 'i32', NENTRIES: 'i32', TSIZE: 'i32', ECAP: 'i32', TABLE: 'raw', ENTRIES: 'raw', VERSION: 'i32' });
export const DICT_ENTRY_WORDS = 3;
/** set/frozenset, CPython's open-addressing table: MASK+1 slots of 2 words (key ref, hash); key 0 empty, 1 dummy */
export const SET = layout('set', { FILL: 'i32', USED: 'i32', MASK: 'i32', TABLE: 'raw', FINGER: 'i32', HASH: 'i32' });
export const SET_DUMMY = 1;
export const RANGE = layout('range', { START: 'ref', STOP: 'ref', STEP: 'ref', LEN: 'ref' });
export const SLICE = layout('slice', { START: 'ref', STOP: 'ref', STEP: 'ref' });
export const CELL = layout('cell', { REF: 'ref' });

// ------------------------------------------------------------------ code, functions, frames
export const CODE = layout('code', {
  BYTECODE: 'raw', LINES: 'raw', EXCTABLE: 'raw', NINSTR: 'i32', NEXC: 'i32',
  CONSTS: 'ref', NAMES: 'ref', VARNAMES: 'ref', CELLVARS: 'ref', FREEVARS: 'ref',
  NAME: 'ref', QUALNAME: 'ref', FILENAME: 'ref', CELL2ARG: 'raw',
  ARGCOUNT: 'i32', POSONLY: 'i32', KWONLY: 'i32', NLOCALS: 'i32', NCELLS: 'i32', NFREE: 'i32',
  STACKSIZE: 'i32', CFLAGS: 'i32', FIRSTLINENO: 'i32',
  /** co_positions: 4 words per instruction (line, col, end line, end col; -1 unknown) */
  POSITIONS: 'raw',
});
export const EXC_ENTRY_WORDS = 4; // start, end, target, depth<<1 | lasti

export const FUNCTION = layout('function', {
  CODE: 'ref', GLOBALS: 'ref', DEFAULTS: 'ref', KWDEFAULTS: 'ref', CLOSURE: 'ref',
  NAME: 'ref', QUALNAME: 'ref', DICT: 'ref', MODULE: 'ref', DOC: 'ref',
});
/** a builtin function or method: FN indexes the JS implementation table (same order in every worker) */
export const BUILTIN = layout('builtin', { FN: 'i32', SELF: 'ref', NAME: 'ref', QUALNAME: 'ref' });
export const METHOD = layout('method', { FUNC: 'ref', SELF: 'ref' });
export const DESCR = layout('descr', { FUNC: 'ref', FSET: 'ref', FDEL: 'ref', DOC: 'ref' }); // property, staticmethod, classmethod
export const SUPER = layout('super', { TYPE: 'ref', OBJ: 'ref', OBJTYPE: 'ref' });

/**
 * A frame: fixed fields, then NLOCALS local slots, NCELLS cell refs, and STACKSIZE value-stack slots.
 * A frame is freed when its function returns, unless a generator owns it.
 */
export const FRAME = layout('frame', {
  CODE: 'ref', FUNC: 'ref', GLOBALS: 'ref', LOCALS: 'ref', BUILTINS: 'ref', BACK: 'i32',
  PC: 'i32', SP: 'i32', NLOCALS: 'i32', NCELLS: 'i32', GEN: 'i32', EXCINFO: 'ref',
});
export const FRAME_SLOTS = FRAME.WORDS;

export const GENERATOR = layout('generator', { FRAME: 'ref', NAME: 'ref', QUALNAME: 'ref', YIELDFROM: 'ref' });
export const MODULE = layout('module', { DICT: 'ref', NAME: 'ref' });

// ------------------------------------------------------------------ classes and instances
/** type objects; heap types (classes) use the same layout. KIND is the builtin layout kind (Kind below). */
export const TYPEOBJ = layout('type', {
  NAME: 'ref', QUALNAME: 'ref', MODULE: 'ref', BASES: 'ref', MRO: 'ref', DICT: 'ref', BASE: 'i32' /* borrowed: BASES owns it */,
  KIND: 'i32', TFLAGS: 'i32', DICTOFFSET: 'i32', BASICSIZE: 'i32', SLOTS: 'i32',
});
/** TYPEOBJ.TFLAGS */
export const TF_HEAPTYPE = 1;       // created by a class statement
export const TF_BASETYPE = 2;       // may be subclassed
export const TF_EXCEPTION = 4;      // BaseException or a subclass
export const TF_HAS_GETATTR = 8;    // defines __getattr__
export const TF_HAS_SETATTR = 16;   // defines __setattr__ (or __delattr__)
export const TF_HAS_GETATTRIBUTE = 32;
/** every class in the MRO defines __slots__ (without '__dict__'): only the slot names may be set on instances */
export const TF_SLOTTED = 64;
/** the class or a base defines __del__ (release() calls it before freeing an instance) */
export const TF_HAS_DEL = 128;

/** a plain instance of a user class: just the attribute dict (at the type's DICTOFFSET) */
export const INSTANCE = layout('instance', { DICT: 'ref' });
/** BaseException and subclasses (user exception instances add DICT after these) */
export const EXC = layout('exception', {
  ARGS: 'ref', TRACEBACK: 'ref', CAUSE: 'ref', CONTEXT: 'ref', SUPPRESS: 'i32', VALUE: 'ref', DICT: 'ref',
});
export const TRACEBACK = layout('traceback', { NEXT: 'ref', CODE: 'ref', LINENO: 'i32', LASTI: 'i32' });

// ------------------------------------------------------------------ iterators and views
/** generic iterator: SEQ is what it walks, INDEX where it is, AUX a second ref (e.g. a step or a function) */
export const ITER = layout('iter', { SEQ: 'ref', INDEX: 'f64', AUX: 'ref', AUX2: 'ref', N: 'f64' });
export const VIEW = layout('view', { DICT: 'ref' });

// ------------------------------------------------------------------ module-specific objects
export const DEQUE = layout('deque', { SIZE: 'i32', CAP: 'i32', HEAD: 'i32', ITEMS: 'raw', MAXLEN: 'i32', DICT: 'ref' });
export const FILE = layout('file', { FD: 'i32', MODE: 'i32', NAME: 'ref', CLOSED: 'i32', BUF: 'ref', POS: 'i32' });
/** _thread.lock: STATE 0 unlocked / 1 locked (changed with Atomics), WAITERS = threads sleeping on STATE */
export const THREADLOCK = layout('lock', { STATE: 'i32', WAITERS: 'i32' });
export const RNG_STATE_WORDS = 626;
export const RANDOM = layout('random', { STATE: 'raw', GAUSS: 'ref' });

export const ALL_LAYOUTS: readonly Layout[] = [
  NUM, BIGINT, STR, BYTES, TUPLE, LIST, DICT, SET, RANGE, SLICE, CELL, CODE, FUNCTION, BUILTIN, METHOD, DESCR,
  SUPER, FRAME, GENERATOR, MODULE, TYPEOBJ, INSTANCE, EXC, TRACEBACK, ITER, VIEW, DEQUE, FILE, RANDOM,
];

// ------------------------------------------------------------------ control block (word indexes)
/**
 * The first CONTROL_WORDS words of the heap hold the heap's own state. Words written by different threads
 * often are kept 16 words (64 bytes) apart to avoid false sharing.
 */
export const CTL_MAGIC = 1;          // 0x6d696e69 ('mini') once initialized
export const CTL_TOP = 2;            // bump pointer: first never-allocated word
export const CTL_LIMIT = 3;          // end of the heap (words)
export const CTL_INIT_DONE = 4;      // 1 once the static region is filled
export const CTL_INTERN_DICT = 5;    // ref of the intern table (a dict str -> str)
export const CTL_BUILTINS = 6;       // ref of the builtins module
export const CTL_SYS_MODULES = 7;    // ref of sys.modules (a dict)
export const CTL_RECURSION_LIMIT = 8;
export const CTL_THREAD_TABLE = 9;   // ref of the per-thread slot table (raw block of MAX_THREADS * TS_WORDS words)
export const CTL_NEXT_IDENT = 10;    // counter for Python thread idents
/** --gil=off: ref of the allocator's thread table (raw block, MAX_THREADS words: each 0 or the ref of that tid's
 *  allocator state, alloc.ts PT_*); -1 while the first thread creates it; 0 under --gil=on */
export const CTL_ALLOC_TABLE = 11;
export const CTL_FREE_LISTS = 64;    // one word per size class: head of its free list
export const CTL_NCLASSES = 128;
export const CTL_GIL = 256;          // the global lock word: 0 free, else the holder's tid + 1 (vm/gil.ts)
export const CTL_GIL_WAITERS = 272;  // threads waiting in takeGil (notify only when someone waits)
export const CTL_GIL_SWITCHES = 273; // CPython's switch_number: how many times another thread took the GIL
export const CTL_GIL_LAST = 274;     // tid + 1 of the last holder
export const CTL_SWITCH_INTERVAL = 275; // sys.setswitchinterval, in microseconds (default 5000)
export const CTL_GIL_ENABLED = 276;  // 1 under --gil=on, 0 under --gil=off
export const CTL_THREADS_ALIVE = 288;   // Python threads started and not finished, the main one included
export const CTL_THREADS_BLOCKED = 289; // of those, blocked with no timeout (the deadlock watch, supervisor.ts)
export const CTL_PROGRESS = 290;        // bumped by every lock release: the deadlock watch sees progress
export const CTL_EXITING = 291;         // 1 once the main thread finished: daemon threads stop at their next check
export const CTL_BOOTING = 292;         // pool workers attaching to the heap right now (the exit reports wait for 0)
/** bumped whenever a class namespace changes or a class is made: every thread's type cache (typeobj.ts) entries
 *  made before are stale. On a cache line of its own: every attribute lookup reads it */
export const CTL_TYPE_EPOCH = 304;
/** --gil=off: spin lock of the global overflow free lists (alloc.ts) */
export const CTL_OVERFLOW_LOCK = 320;
/** --gil=off: sequence number of the last value retired from a class namespace (qsbr.ts); a line of its own */
export const CTL_QSBR_SEQ = 336;
/** 1 + the highest thread slot ever used (thread-state.ts): how far qsbr.ts scans the thread table */
export const CTL_TID_HIGH = 337;
/** --gil=off: one word per size class, head of a list of batches of free blocks (alloc.ts); always 0 under --gil=on */
export const CTL_OVERFLOW = 384;
/** per-thread slots: CTL_THREAD_TABLE + tid * TS_WORDS (64 bytes each: no false sharing) */
export const MAX_THREADS = 255;
export const TS_WORDS = 16;
export const TS_BREAKER = 0;   // eval-breaker bits (EB_* in vm/eval-breaker.ts); 0 = nothing to do
export const TS_STATE = 1;     // 0 unused, 1 running Python, 2 blocked, 3 idle in the pool
export const TS_WAIT_DESC = 2; // while blocked forever: ref of a str saying on what and where (deadlock report)
export const TS_IDENT = 3;     // the Python thread ident (small int index into the ident counter)
export const TS_NAME = 4;      // ref of the thread's name str (for reports), or 0
export const TS_SLEEP = 5;     // always 0: time.sleep waits on it (a word nobody changes)
export const TS_QSBR = 6;      // --gil=off: CTL_QSBR_SEQ as this thread saw it at its last quiescent point (qsbr.ts)
/** TS_STATE values */
export const ST_UNUSED = 0, ST_RUNNING = 1, ST_BLOCKED = 2, ST_IDLE = 3;
export const CONTROL_WORDS = 1024;

// ------------------------------------------------------------------ static objects
/** Builtin layout kinds. Each builtin type object sits at a fixed address: typeRef(kind). */
export enum Kind {
  OBJECT, TYPE, INT, BOOL, FLOAT, STR, BYTES, TUPLE, LIST, DICT, SET, FROZENSET, RANGE, SLICE,
  NONE, ELLIPSIS, NOTIMPL, FUNCTION, BUILTIN, METHOD, CODE, CELL, MODULE, GENERATOR, FRAME, TRACEBACK,
  PROPERTY, STATICMETHOD, CLASSMETHOD, SUPER, EXCEPTION,
  // iterators and views
  LIST_ITER, TUPLE_ITER, STR_ITER, RANGE_ITER, DICT_KEYITER, DICT_VALUEITER, DICT_ITEMITER, SET_ITER,
  BYTES_ITER, REVERSED, ENUMERATE, ZIP, MAP, FILTER, CALLABLE_ITER, SEQ_ITER,
  DICT_KEYS, DICT_VALUES, DICT_ITEMS,
  // module types
  DEQUE, DEQUE_ITER, DEFAULTDICT, FILE, RANDOM,
  // threads
  THREAD_LOCK,
  COUNT,
}
export const NKINDS = 64;
export const STATIC_BASE = CONTROL_WORDS;
export const TYPE_SLOT_WORDS = 20; // >= TYPEOBJ.WORDS, even
/** the builtin type object of a kind */
export function typeRef(kind: Kind): number {
  return STATIC_BASE + kind * TYPE_SLOT_WORDS;
}
export const T_OBJECT = typeRef(Kind.OBJECT);
export const T_TYPE = typeRef(Kind.TYPE);
export const T_INT = typeRef(Kind.INT);
export const T_BOOL = typeRef(Kind.BOOL);
export const T_FLOAT = typeRef(Kind.FLOAT);
export const T_STR = typeRef(Kind.STR);
export const T_BYTES = typeRef(Kind.BYTES);
export const T_TUPLE = typeRef(Kind.TUPLE);
export const T_LIST = typeRef(Kind.LIST);
export const T_DICT = typeRef(Kind.DICT);
export const T_SET = typeRef(Kind.SET);
export const T_FROZENSET = typeRef(Kind.FROZENSET);
export const T_RANGE = typeRef(Kind.RANGE);
export const T_SLICE = typeRef(Kind.SLICE);
export const T_NONE = typeRef(Kind.NONE);
export const T_FUNCTION = typeRef(Kind.FUNCTION);
export const T_BUILTIN = typeRef(Kind.BUILTIN);
export const T_METHOD = typeRef(Kind.METHOD);
export const T_CODE = typeRef(Kind.CODE);
export const T_CELL = typeRef(Kind.CELL);
export const T_MODULE = typeRef(Kind.MODULE);
export const T_GENERATOR = typeRef(Kind.GENERATOR);
export const T_FRAME = typeRef(Kind.FRAME);
export const T_TRACEBACK = typeRef(Kind.TRACEBACK);
export const T_PROPERTY = typeRef(Kind.PROPERTY);
export const T_STATICMETHOD = typeRef(Kind.STATICMETHOD);
export const T_CLASSMETHOD = typeRef(Kind.CLASSMETHOD);
export const T_SUPER = typeRef(Kind.SUPER);
export const T_BASE_EXCEPTION = typeRef(Kind.EXCEPTION);

const SINGLETONS_BASE = STATIC_BASE + NKINDS * TYPE_SLOT_WORDS;
const SINGLETON_WORDS = NUM.WORDS; // 6
export const NONE = SINGLETONS_BASE;
export const ELLIPSIS = NONE + SINGLETON_WORDS;
export const NOTIMPLEMENTED = ELLIPSIS + SINGLETON_WORDS;
export const FALSE = NOTIMPLEMENTED + SINGLETON_WORDS;
export const TRUE = FALSE + SINGLETON_WORDS;
export const SMALLINT_MIN = -5;
export const SMALLINT_MAX = 256;
export const SMALLINT_BASE = TRUE + SINGLETON_WORDS;
/** the immortal int object for v in SMALLINT_MIN..SMALLINT_MAX */
export function smallInt(v: number): number {
  return SMALLINT_BASE + (v - SMALLINT_MIN) * SINGLETON_WORDS;
}
export const SMALLINT_WORDS = SINGLETON_WORDS;
export const EMPTY_TUPLE = smallInt(SMALLINT_MAX + 1);
/** first word the allocator may hand out */
export const STATIC_END = EMPTY_TUPLE + 6;
