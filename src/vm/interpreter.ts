/**
 * @fileoverview The eval loop: runs frames (heap objects, vm/call.ts) instruction by instruction.
 * One `case` per opcode of the table in opcodes.ts (test/unit/vm/opcodes.test.ts checks none is missing).
 *
 * Notes on the design
 * -------------------
 * - Python-to-Python calls do not recurse in JS: CALL of a plain function pushes a new frame and the loop
 *   goes on in it; RETURN_VALUE pops back to the caller. Only calls made from JS (a builtin calling a key
 *   function, a dunder method invoked by the runtime, a generator being resumed) enter runFrame recursively.
 *   Python recursion therefore costs heap, not JS stack; RecursionError comes from the frame depth counter.
 * - The hot state (frame, pc, sp, and bases derived from the frame) lives in JS locals. Everything that can
 *   switch frames (call, return, exception unwinding) stores pc/sp into the frame and `continue`s the outer
 *   loop, which is the single place that reloads them (Lua's Protect, as one loop head instead of a macro).
 * - Operands stay on the value stack until the operation that consumes them has succeeded, so that when it
 *   raises, unwinding (which pops and decrefs the stack down to the handler's depth) releases them exactly once.
 * - Exceptions are JS throws of PyRaise (runtime/errors.ts). The catch finds the handler in the code object's
 *   exception table (CPython 3.11+ zero-cost exceptions) or pops the frame and tries the caller.
 * - The eval breaker (GIL drop requests, signals) is checked only at RESUME, JUMP_BACKWARD and the CALL family:
 *   the ops flagged EVAL_BREAK in the table: one plain load of this thread's breaker word (`eb`), and a call to
 *   eval-breaker.ts only when another thread or the supervisor set a bit in it.
 */
import { I32, F64, type Ref } from '../runtime/heap.js';
import { I32 as HEAP_I32, F64 as HEAP_F64 } from '../runtime/heap.js';
import {
  TYPE, RC, FLAGS, LOCK, F_OWNER_SHIFT, HDR, FRAME, FRAME_SLOTS, CODE, DICT, TUPLE, TUPLE_ITEMS, LIST, STR, NUM, CELL, FUNCTION, EXC,
  GENERATOR, ITER, NONE, TRUE, FALSE, NOTIMPLEMENTED, T_INT, T_FLOAT, T_STR, T_LIST, T_TUPLE, T_FUNCTION,
  T_DICT, F_INT_BIG, TYPEOBJ, Kind, T_BOOL, F_GEN_RUNNING, F_GEN_DONE, T_GENERATOR, CTL_RECURSION_LIMIT,
  EXC_ENTRY_WORDS, T_CELL, SMALLINT_MIN, SMALLINT_MAX, smallInt,
} from '../runtime/layout.js';
import { Op } from './opcodes.generated.js';
import { CO_GENERATOR } from './opcodes.js';
import { incref, decref, xdecref, release, decrefSlow, increfShared, refOwner, makeImmortal } from '../runtime/refcount.js';
import { FT } from '../runtime/threadid.js';
import { PyRaise, raise, Exc } from '../runtime/errors.js';
import { strToJs, strConcat, newStr, strAppendInPlace } from '../runtime/objects/str.js';
import { newInt, MAX_SAFE } from '../runtime/objects/int.js';
import { newFloat } from '../runtime/objects/float.js';
import { newTuple } from '../runtime/objects/tuple.js';
import { newList, listAppend, listReserve } from '../runtime/objects/list.js';
import {
  newDict, dictGetHashed, dictSetHashed, dictSet, dictPop, dictGet, dictNextEntry, dictEntryKey, dictEntryValue,
  dictSize,
} from '../runtime/objects/dict.js';
import { newSet, setAdd } from '../runtime/objects/set.js';
import { newFunction, newCell } from '../runtime/objects/function.js';
import { newException, newExceptionArgs, addTraceback, setContext, setExcField } from '../runtime/objects/exception.js';
import { codeLine } from '../runtime/objects/code.js';
import {
  getAttr, setAttr, lookupMethod, call, callN, getItem, setItem, delItem, contains, richCompare, isTrue,
  getIter, iterNext, iterToArray, isInstance, isExceptionType, isExceptionInstance, typeNameOf, isType,
  CMP_EQ,
} from '../runtime/abstract.js';
import { binaryOp, intBinary, floatBinary, negate, positive, invert, numberCompare } from '../runtime/ops/number.js';
import { isSubtype, typeName } from '../runtime/typeobj.js';
import { makeFrame, freeFrame, qualName, builtinsDict, FS } from './call.js';
import { CO_SIMPLE } from '../runtime/objects/code.js';
import { rangeIterFromArgs } from '../runtime/types/range.js';
import { FNS } from '../runtime/slots.js';
import { MY_BREAKER } from './thread-state.js';
import { handleEvalBreaker } from './eval-breaker.js';
import { T_MODULE, T_BUILTIN, MODULE, BUILTIN } from '../runtime/layout.js';
import { typeRef } from '../runtime/layout.js';
import { formatValue, importName, importFrom, importStar, newSlice, iterNextFast, seqExtend, dictMerge } from './support.js';
import { intern } from '../runtime/objects/str.js';
import { N } from '../runtime/names.js';
import { typeLookup } from '../runtime/typeobj.js';
import { bindDescriptor } from '../runtime/abstract.js';
import { genSend } from './generator.js';
import { ftLoadGlobal, ftLoadName, ftCellGet, ftCellSwap } from './ftpaths.js';
import { ftListItem, ftListIterNext } from '../runtime/ftread.js';
import { dictGetRefHashed } from '../runtime/objects/dict.js';
const T_RANGE_ITER = typeRef(Kind.RANGE_ITER), T_RANGE = typeRef(Kind.RANGE), T_LIST_ITER = typeRef(Kind.LIST_ITER);

// ------------------------------------------------------------------ thread state (this worker's)
/** Python frames active on this thread */
let depth = 0;
/** set when runFrame returned because the frame yielded (not returned) */
export let yielded = false;
/** the exception being handled (sys.exception()); NONE when none. Owned reference. */
export let excInfo: Ref = NONE;
/** the innermost running frame (for super(), sys._getframe and tracebacks) */
export let currentFrame: Ref = 0;
/** when set, the next exception caught by the loop is a re-raise: no traceback entry, no context */
let reraising = false;

export function recursionLimit(): number {
  return I32[CTL_RECURSION_LIMIT];
}

/** handled-exception bookkeeping for generators (they keep their own across yields) */
export function swapExcInfo(v: Ref): Ref {
  const old = excInfo;
  excInfo = v;
  return old;
}

function unboundLocal(code: Ref, i: number): never {
  const name = strToJs(I32[I32[code + CODE.VARNAMES] + TUPLE_ITEMS + i]);
  raise(Exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function cellName(code: Ref, i: number): string {
  const ncellvars = I32[code + CODE.NCELLS] - I32[code + CODE.NFREE];
  if (i < ncellvars) return strToJs(I32[I32[code + CODE.CELLVARS] + TUPLE_ITEMS + i]);
  return strToJs(I32[I32[code + CODE.FREEVARS] + TUPLE_ITEMS + i - ncellvars]);
}
function unboundDeref(code: Ref, i: number): never {
  const ncellvars = I32[code + CODE.NCELLS] - I32[code + CODE.NFREE];
  const name = cellName(code, i);
  if (i < ncellvars) raise(Exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
  raise(Exc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function nameError(name: Ref): never {
  raise(Exc.NameError, `name '${strToJs(name)}' is not defined`);
}

/** finds the handler for instruction pc: the entry's word index, or -1 */
function findHandler(code: Ref, pc: number): number {
  const n = I32[code + CODE.NEXC];
  const t = I32[code + CODE.EXCTABLE] + HDR;
  for (let i = 0; i < n; i++) {
    const e = t + i * EXC_ENTRY_WORDS;
    if (pc >= I32[e] && pc < I32[e + 1]) return e;
  }
  return -1;
}

/** the stack base (first value-stack slot) of frame f */
function stackBase(f: Ref): number {
  return f + FRAME_SLOTS + I32[f + FRAME.NLOCALS] + I32[f + FRAME.NCELLS];
}

/**
 * Runs frame `entry` until it returns (or yields, for a generator frame: then `yielded` is true).
 * `throwIn`, if not 0, is an exception (owned) to raise at the frame's current instruction (generator.throw).
 * Frees the frame when it returns, unless a generator owns it.
 */
export function runFrame(entry: Ref, throwIn: Ref): Ref {
  // function-local views: reading an imported binding costs a check on every access in OSR-compiled code
  const I32 = HEAP_I32, F64 = HEAP_F64;
  // this thread's owner tag. 0 under --gil=on, where every object carries owner 0: `own === 0 ||` passes the
  // owner test without loading FLAGS, and a count of 1 is released at once (no shared count to look at)
  const own = refOwner();
  // this thread's eval-breaker word (eval-breaker.ts): tested with one plain load at the check points
  const eb = MY_BREAKER;
  if (++depth > I32[CTL_RECURSION_LIMIT]) {
    depth--;
    if (!I32[entry + FRAME.GEN]) freeFrame(entry);
    raise(Exc.RecursionError, 'maximum recursion depth exceeded');
  }
  const savedFrame = currentFrame;
  // --gil=off (threadid.ts), fixed before any frame runs; a local, as I32 above, so the tests below are cheap
  const ft = FT;
  I32[entry + FRAME.BACK] = savedFrame;
  let f = entry;
  let pending: Ref = throwIn;
  try {
    outer: for (;;) {
      currentFrame = f;
      const code = I32[f + FRAME.CODE];
      const bc = I32[code + CODE.BYTECODE] + HDR;
      const consts = I32[code + CODE.CONSTS] + TUPLE_ITEMS;
      const names = I32[code + CODE.NAMES] + TUPLE_ITEMS;
      const fast = f + FRAME_SLOTS;
      const cells = fast + I32[f + FRAME.NLOCALS];
      const globals = I32[f + FRAME.GLOBALS];
      let pc = I32[f + FRAME.PC];
      let sp = I32[f + FRAME.SP];
      try {
        if (pending !== 0) { const p = pending; pending = 0; pc++; throw new PyRaise(p); }
        for (;;) {
          const word = I32[bc + pc++];
          const arg = word >>> 8;
          switch (word & 0xff) {
            case Op.NOP:
              break;
            case Op.POP_TOP: {
              const v = I32[--sp];
              { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              break;
            }
            case Op.PUSH_NULL:
              I32[sp++] = 0;
              break;
            case Op.COPY: {
              const v = I32[sp - arg];
              if (v !== 0) incref(v);
              I32[sp++] = v;
              break;
            }
            case Op.SWAP: {
              const v = I32[sp - 1];
              I32[sp - 1] = I32[sp - arg];
              I32[sp - arg] = v;
              break;
            }
            case Op.RESUME:
              if (I32[eb] !== 0) handleEvalBreaker();
              break;
            case Op.LOAD_CONST:
              I32[sp++] = I32[consts + arg]; // constants are immortal
              break;
            case Op.LOAD_FAST: {
              const v = I32[fast + arg];
              if (v === 0) unboundLocal(code, arg);
              const c = I32[v + RC];
              if (c >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c + 1; else increfShared(v); }
              I32[sp++] = v;
              // superinstruction by peeking: a LOAD_CONST or LOAD_FAST right after is done here, saving a
              // dispatch (the pairs CPython 3.13 fuses as LOAD_FAST_LOAD_FAST / LOAD_FAST_LOAD_CONST)
              const next = I32[bc + pc];
              const nop = next & 0xff;
              if (nop === Op.LOAD_CONST) {
                I32[sp++] = I32[consts + (next >>> 8)];
                pc++;
              } else if (nop === Op.LOAD_FAST) {
                const w = I32[fast + (next >>> 8)];
                if (w !== 0) {
                  const d = I32[w + RC];
                  if (d >= 0) { if (own === 0 || (I32[w + FLAGS] >>> F_OWNER_SHIFT) === own) I32[w + RC] = d + 1; else increfShared(w); }
                  I32[sp++] = w;
                  pc++;
                }
              }
              break;
            }
            case Op.STORE_FAST: {
              const old = I32[fast + arg];
              I32[fast + arg] = I32[--sp];
              if (old !== 0) { const n_ = I32[old + RC]; if (n_ > 1 && (own === 0 || (I32[old + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[old + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(old); else if (n_ >= 0 && own !== 0) decrefSlow(old); }
              break;
            }
            case Op.LOAD_NAME: {
              const name = I32[names + arg];
              const h = I32[name + STR.HASH];
              const locals = I32[f + FRAME.LOCALS];
              if (ft) {
                const w = ftLoadName(locals, globals, I32[f + FRAME.BUILTINS], name, h);
                if (w === 0) nameError(name);
                I32[sp++] = w;
                break;
              }
              let v = 0;
              if (locals !== 0) {
                if (I32[locals + TYPE] === T_DICT) {
                  const ix = I32[I32[locals + DICT.TABLE] + HDR + (h & (I32[locals + DICT.TSIZE] - 1))];
                  if (ix >= 0) {
                    const e = I32[locals + DICT.ENTRIES] + HDR + ix * 3;
                    if (I32[e + 1] === name) v = I32[e + 2];
                  }
                  if (v === 0) v = dictGetHashed(locals, name, h);
                } else v = mappingGet(locals, name);
              }
              if (v === 0) v = dictGetHashed(globals, name, h);
              if (v === 0) v = dictGetHashed(I32[f + FRAME.BUILTINS], name, h);
              if (v === 0) nameError(name);
              { const c_ = I32[v + RC]; if (c_ >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c_ + 1; else increfShared(v); } }
              I32[sp++] = v;
              break;
            }
            case Op.STORE_NAME: {
              const name = I32[names + arg];
              const locals = I32[f + FRAME.LOCALS];
              const v = I32[sp - 1];
              if (!ft && I32[locals + TYPE] === T_DICT) {
                const h = I32[name + STR.HASH];
                const ix = I32[I32[locals + DICT.TABLE] + HDR + (h & (I32[locals + DICT.TSIZE] - 1))];
                if (ix >= 0) {
                  const e = I32[locals + DICT.ENTRIES] + HDR + ix * 3;
                  if (I32[e + 1] === name) {
                    // replace the value in place: the stack's reference moves into the dict
                    const old = I32[e + 2];
                    I32[e + 2] = v;
                    sp--;
                    { const n_ = I32[old + RC]; if (n_ > 1 && (own === 0 || (I32[old + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[old + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(old); else if (n_ >= 0 && own !== 0) decrefSlow(old); }
                    break;
                  }
                }
                dictSetHashed(locals, name, h, v);
              } else setItem(locals, name, v);
              sp--;
              { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              break;
            }
            case Op.LOAD_GLOBAL: {
              const name = I32[names + arg];
              const h = I32[name + STR.HASH];
              if (ft) {
                const w = ftLoadGlobal(globals, I32[f + FRAME.BUILTINS], name, h);
                if (w === 0) nameError(name);
                I32[sp++] = w;
                if ((I32[bc + pc] & 0xff) === Op.PUSH_NULL) { I32[sp++] = 0; pc++; }
                break;
              }
              // first probe inline: names are interned, so the key is usually found by identity at once
              let v = 0;
              const ix = I32[I32[globals + DICT.TABLE] + HDR + (h & (I32[globals + DICT.TSIZE] - 1))];
              if (ix >= 0) {
                const e = I32[globals + DICT.ENTRIES] + HDR + ix * 3;
                if (I32[e + 1] === name) v = I32[e + 2];
              }
              if (v === 0) v = dictGetHashed(globals, name, h);
              if (v === 0) {
                v = dictGetHashed(I32[f + FRAME.BUILTINS], name, h);
                if (v === 0) nameError(name);
              }
              const c = I32[v + RC];
              if (c >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c + 1; else increfShared(v); }
              I32[sp++] = v;
              // the PUSH_NULL of a call `f(...)` right after is done here (CPython folds it into LOAD_GLOBAL)
              if ((I32[bc + pc] & 0xff) === Op.PUSH_NULL) { I32[sp++] = 0; pc++; }
              break;
            }
            case Op.STORE_GLOBAL: {
              const name = I32[names + arg];
              const v = I32[sp - 1];
              dictSetHashed(globals, name, I32[name + STR.HASH], v);
              sp--;
              { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              break;
            }
            case Op.LOAD_DEREF: {
              if (ft) {
                const w = ftCellGet(I32[cells + arg]);
                if (w === 0) unboundDeref(code, arg);
                I32[sp++] = w;
                break;
              }
              const v = I32[I32[cells + arg] + CELL.REF];
              if (v === 0) unboundDeref(code, arg);
              { const c_ = I32[v + RC]; if (c_ >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c_ + 1; else increfShared(v); } }
              I32[sp++] = v;
              break;
            }
            case Op.STORE_DEREF: {
              const cell = I32[cells + arg];
              if (ft) { xdecref(ftCellSwap(cell, I32[--sp])); break; }
              const old = I32[cell + CELL.REF];
              I32[cell + CELL.REF] = I32[--sp];
              if (old !== 0) { const n_ = I32[old + RC]; if (n_ > 1 && (own === 0 || (I32[old + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[old + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(old); else if (n_ >= 0 && own !== 0) decrefSlow(old); }
              break;
            }
            case Op.LOAD_ATTR: {
              const obj = I32[sp - 1];
              const v = getAttr(obj, I32[names + arg]);
              I32[sp - 1] = v;
              decref(obj);
              break;
            }
            case Op.LOAD_METHOD: {
              const obj = I32[sp - 1];
              const name = I32[names + arg];
              if (ft && I32[obj + TYPE] === T_MODULE) {
                const w = dictGetRefHashed(I32[obj + MODULE.DICT], name, I32[name + STR.HASH]);
                if (w !== 0) {
                  I32[sp - 1] = w;
                  decref(obj);
                  I32[sp++] = 0;
                  break;
                }
              }
              if (!ft && I32[obj + TYPE] === T_MODULE) {
                // module.function(...): the module's dict, inline (math.sqrt, random.random ...)
                const md = I32[obj + MODULE.DICT];
                const h = I32[name + STR.HASH];
                const ix = I32[I32[md + DICT.TABLE] + HDR + (h & (I32[md + DICT.TSIZE] - 1))];
                if (ix >= 0) {
                  const e = I32[md + DICT.ENTRIES] + HDR + ix * 3;
                  if (I32[e + 1] === name) {
                    const v = I32[e + 2];
                    { const c_ = I32[v + RC]; if (c_ >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c_ + 1; else increfShared(v); } }
                    I32[sp - 1] = v;
                    { const n_ = I32[obj + RC]; if (n_ > 1 && (own === 0 || (I32[obj + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[obj + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(obj); else if (n_ >= 0 && own !== 0) decrefSlow(obj); }
                    I32[sp++] = 0;
                    break;
                  }
                }
              }
              const m = lookupMethod(obj, name);
              if (m !== 0) {
                { const c_ = I32[m + RC]; if (c_ >= 0) { if (own === 0 || (I32[m + FLAGS] >>> F_OWNER_SHIFT) === own) I32[m + RC] = c_ + 1; else increfShared(m); } }
                I32[sp - 1] = m;
                I32[sp++] = obj;
              } else {
                const v = getAttr(obj, name);
                I32[sp - 1] = v;
                decref(obj);
                I32[sp++] = 0;
              }
              break;
            }
            case Op.STORE_ATTR: {
              const obj = I32[sp - 1], v = I32[sp - 2];
              setAttr(obj, I32[names + arg], v);
              sp -= 2;
              decref(obj);
              { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              break;
            }
            case Op.BINARY_SUBSCR: {
              const c = I32[sp - 2], k = I32[sp - 1];
              let v: Ref;
              if (!ft && I32[c + TYPE] === T_LIST && I32[k + TYPE] === T_INT && !(I32[k + FLAGS] & F_INT_BIG)) {
                let i = F64[(k + NUM.VAL) >> 1];
                const n = I32[c + LIST.SIZE];
                if (i < 0) i += n;
                if (i < 0 || i >= n) raise(Exc.IndexError, 'list index out of range');
                v = I32[I32[c + LIST.ITEMS] + HDR + i];
                { const c_ = I32[v + RC]; if (c_ >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c_ + 1; else increfShared(v); } }
              } else if (ft && I32[c + TYPE] === T_LIST && I32[k + TYPE] === T_INT && !(I32[k + FLAGS] & F_INT_BIG)) {
                // --gil=off: without the list's lock, and without writing shared memory unless the item is a
                // foreign mortal object (runtime/ftread.ts); getItem takes the lock when that cannot decide
                v = ftListItem(c, F64[(k + NUM.VAL) >> 1]);
                if (v === 0) raise(Exc.IndexError, 'list index out of range');
                if (v < 0) v = getItem(c, k); // FT_UNSURE, FT_UNPROVEN
              } else {
                v = getItem(c, k);
              }
              sp -= 2;
              I32[sp++] = v;
              { const n_ = I32[c + RC]; if (n_ > 1 && (own === 0 || (I32[c + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[c + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(c); else if (n_ >= 0 && own !== 0) decrefSlow(c); }
              { const n_ = I32[k + RC]; if (n_ > 1 && (own === 0 || (I32[k + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[k + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(k); else if (n_ >= 0 && own !== 0) decrefSlow(k); }
              break;
            }
            case Op.STORE_SUBSCR: {
              const v = I32[sp - 3], c = I32[sp - 2], k = I32[sp - 1];
              if (!ft && I32[c + TYPE] === T_LIST && I32[k + TYPE] === T_INT && !(I32[k + FLAGS] & F_INT_BIG)) {
                let i = F64[(k + NUM.VAL) >> 1];
                const n = I32[c + LIST.SIZE];
                if (i < 0) i += n;
                if (i < 0 || i >= n) raise(Exc.IndexError, 'list assignment index out of range');
                const slot = I32[c + LIST.ITEMS] + HDR + i;
                const old = I32[slot];
                I32[slot] = v; // takes the stack's reference
                sp -= 3;
                { const n_ = I32[old + RC]; if (n_ > 1 && (own === 0 || (I32[old + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[old + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(old); else if (n_ >= 0 && own !== 0) decrefSlow(old); }
              } else {
                setItem(c, k, v);
                sp -= 3;
                { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              }
              { const n_ = I32[c + RC]; if (n_ > 1 && (own === 0 || (I32[c + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[c + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(c); else if (n_ >= 0 && own !== 0) decrefSlow(c); }
              { const n_ = I32[k + RC]; if (n_ > 1 && (own === 0 || (I32[k + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[k + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(k); else if (n_ >= 0 && own !== 0) decrefSlow(k); }
              break;
            }
            case Op.BINARY_OP: {
              const a = I32[sp - 2], b = I32[sp - 1];
              const ta = I32[a + TYPE], tb = I32[b + TYPE];
              let r: Ref;
              // an operand that only the stack holds (count 1) is overwritten with the result instead of
              // allocating a new object and freeing the operand (as CPython 3.13 does for floats); ints only
              // outside the cached -5..256, which must stay unique. --gil=off: only an object this thread owns
              // (as CPython's _PyObject_IsUniquelyReferenced): its owner may be taking a reference lock-free
              // (runtime/ftread.ts) with a plain store to RC that this thread's test would not see; LOCK 0 also says
              // no RC_MAYBE_SHARED, so no other thread is about to take one
              let reused = 0;
              if (ta === T_INT && tb === T_INT && !((I32[a + FLAGS] | I32[b + FLAGS]) & F_INT_BIG)) {
                const op = arg >= 13 ? arg - 13 : arg;
                const x = F64[(a + NUM.VAL) >> 1], y = F64[(b + NUM.VAL) >> 1];
                // exact JS-number results for the common cases; anything else (overflow past 2^53, negative
                // operands of // and %, division by zero) goes the general way
                let v = NaN;
                if (op === 0) v = x + y;
                else if (op === 10) v = x - y;
                else if (op === 5) v = x * y;
                else if (op === 6) {
                  // int32 remainder is a machine instruction; a double % calls fmod
                  if (y > 0 && x >= 0) v = x <= 0x7fffffff && y <= 0x7fffffff ? ((x | 0) % (y | 0)) : x % y;
                }
                else if (op === 2) { if (y > 0 && x >= 0 && x < 0x80000000) v = Math.floor(x / y); }
                if (v <= MAX_SAFE && v >= -MAX_SAFE) {
                  if (v >= SMALLINT_MIN && v <= SMALLINT_MAX) r = smallInt(v === 0 ? 0 : v);
                  else if (I32[a + RC] === 1 && I32[a + LOCK] === 0 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) { F64[(a + NUM.VAL) >> 1] = v; r = reused = a; }
                  else if (I32[b + RC] === 1 && I32[b + LOCK] === 0 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) { F64[(b + NUM.VAL) >> 1] = v; r = reused = b; }
                  else if (I32[a + RC] === 2 && I32[a + LOCK] === 0 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own) && (I32[bc + pc] & 0xff) === Op.STORE_FAST
                    && I32[fast + (I32[bc + pc] >>> 8)] === a) {
                    // `i += 2`: a is held only by this stack slot and the local the result is stored into next,
                    // so it can take the new value in place (CPython's trick for str +=, applied to ints)
                    F64[(a + NUM.VAL) >> 1] = v; r = reused = a;
                  } else r = newInt(v);
                } else r = intBinary(a, b, op);
              } else if (ta === T_FLOAT && tb === T_FLOAT) {
                const op = arg >= 13 ? arg - 13 : arg;
                const x = F64[(a + NUM.VAL) >> 1], y = F64[(b + NUM.VAL) >> 1];
                let v = NaN;
                let ok = true;
                if (op === 0) v = x + y;
                else if (op === 10) v = x - y;
                else if (op === 5) v = x * y;
                else if (op === 11 && y !== 0) v = x / y;
                else ok = false;
                if (ok) {
                  if (I32[a + RC] === 1 && I32[a + LOCK] === 0 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) { F64[(a + NUM.VAL) >> 1] = v; r = reused = a; }
                  else if (I32[b + RC] === 1 && I32[b + LOCK] === 0 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) { F64[(b + NUM.VAL) >> 1] = v; r = reused = b; }
                  else if (I32[a + RC] === 2 && I32[a + LOCK] === 0 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own) && (I32[bc + pc] & 0xff) === Op.STORE_FAST && I32[fast + (I32[bc + pc] >>> 8)] === a) {
                    F64[(a + NUM.VAL) >> 1] = v; r = reused = a; // `x += dx` into the same local, in place
                  } else r = newFloat(v);
                } else {
                  r = floatBinary(x, y, op);
                  if (r === NOTIMPLEMENTED) r = binaryOp(a, b, arg);
                }
              } else if (ta === T_STR && tb === T_STR && (arg === 0 || arg === 13)) {
                if (I32[a + RC] === 1 && I32[a + LOCK] === 0 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own) && strAppendInPlace(a, b)) r = reused = a;
                else r = strConcat(a, b);
              } else {
                r = binaryOp(a, b, arg);
              }
              sp -= 2;
              I32[sp++] = r;
              if (a !== reused) { const n_ = I32[a + RC]; if (n_ > 1 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[a + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(a); else if (n_ >= 0 && own !== 0) decrefSlow(a); }
              if (b !== reused) { const n_ = I32[b + RC]; if (n_ > 1 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[b + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(b); else if (n_ >= 0 && own !== 0) decrefSlow(b); }
              break;
            }
            case Op.UNARY_NOT: {
              const a = I32[sp - 1];
              const r = a === TRUE ? FALSE : a === FALSE ? TRUE : isTrue(a) ? FALSE : TRUE;
              I32[sp - 1] = r;
              { const n_ = I32[a + RC]; if (n_ > 1 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[a + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(a); else if (n_ >= 0 && own !== 0) decrefSlow(a); }
              break;
            }
            case Op.COMPARE_OP: {
              const a = I32[sp - 2], b = I32[sp - 1];
              const ta = I32[a + TYPE], tb = I32[b + TYPE];
              let r: Ref;
              if ((ta === T_INT || ta === T_FLOAT) && (tb === T_INT || tb === T_FLOAT) && !((I32[a + FLAGS] | I32[b + FLAGS]) & F_INT_BIG)) {
                const x = F64[(a + NUM.VAL) >> 1], y = F64[(b + NUM.VAL) >> 1];
                let t: boolean;
                switch (arg) {
                  case 0: t = x < y; break;
                  case 1: t = x <= y; break;
                  case 2: t = x === y; break;
                  case 3: t = x !== y; break;
                  case 4: t = x > y; break;
                  default: t = x >= y;
                }
                // fused with a following conditional jump (a superinstruction, as CPython 3.12's
                // COMPARE_AND_BRANCH): the bool never reaches the stack
                const next = I32[bc + pc];
                const nop = next & 0xff;
                if (nop === Op.POP_JUMP_IF_FALSE || nop === Op.POP_JUMP_IF_TRUE) {
                  pc++;
                  if (t === (nop === Op.POP_JUMP_IF_TRUE)) pc = next >>> 8;
                  sp -= 2;
                  { const n_ = I32[a + RC]; if (n_ > 1 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[a + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(a); else if (n_ >= 0 && own !== 0) decrefSlow(a); }
                  { const n_ = I32[b + RC]; if (n_ > 1 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[b + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(b); else if (n_ >= 0 && own !== 0) decrefSlow(b); }
                  break;
                }
                r = t ? TRUE : FALSE;
              } else {
                r = richCompare(a, b, arg);
              }
              sp -= 2;
              I32[sp++] = r;
              { const n_ = I32[a + RC]; if (n_ > 1 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[a + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(a); else if (n_ >= 0 && own !== 0) decrefSlow(a); }
              { const n_ = I32[b + RC]; if (n_ > 1 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[b + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(b); else if (n_ >= 0 && own !== 0) decrefSlow(b); }
              break;
            }
            case Op.CONTAINS_OP: {
              const a = I32[sp - 2], b = I32[sp - 1];
              const r = contains(b, a) !== (arg === 1) ? TRUE : FALSE;
              sp -= 2;
              I32[sp++] = r;
              { const n_ = I32[a + RC]; if (n_ > 1 && (own === 0 || (I32[a + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[a + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(a); else if (n_ >= 0 && own !== 0) decrefSlow(a); }
              { const n_ = I32[b + RC]; if (n_ > 1 && (own === 0 || (I32[b + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[b + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(b); else if (n_ >= 0 && own !== 0) decrefSlow(b); }
              break;
            }
            case Op.BUILD_TUPLE: {
              const t = newTuple(arg);
              for (let i = 0; i < arg; i++) I32[t + TUPLE_ITEMS + i] = I32[sp - arg + i];
              sp -= arg;
              I32[sp++] = t;
              break;
            }
            case Op.BUILD_LIST: {
              const l = newList(arg);
              const items = I32[l + LIST.ITEMS] + HDR;
              for (let i = 0; i < arg; i++) I32[items + i] = I32[sp - arg + i];
              sp -= arg;
              I32[sp++] = l;
              break;
            }
            case Op.LIST_APPEND: {
              const v = I32[sp - 1];
              const l = I32[sp - 1 - arg];
              const n = I32[l + LIST.SIZE];
              if (n >= I32[l + LIST.CAP]) listReserve(l, n + 1);
              I32[I32[l + LIST.ITEMS] + HDR + n] = v;
              I32[l + LIST.SIZE] = n + 1;
              sp--;
              break;
            }
            case Op.UNPACK_SEQUENCE: {
              const s = I32[sp - 1];
              const ts = I32[s + TYPE];
              if ((ts === T_TUPLE || (ts === T_LIST && !ft)) && I32[s + (ts === T_TUPLE ? TUPLE.SIZE : LIST.SIZE)] === arg) {
                const items = ts === T_TUPLE ? s + TUPLE_ITEMS : I32[s + LIST.ITEMS] + HDR;
                sp--;
                for (let i = arg - 1; i >= 0; i--) { const v = I32[items + i]; incref(v); I32[sp++] = v; }
                decref(s);
              } else {
                const items = unpackIterable(s, arg, -1);
                sp--;
                for (let i = arg - 1; i >= 0; i--) I32[sp++] = items[i];
                decref(s);
              }
              break;
            }
            case Op.JUMP_FORWARD:
              pc = arg;
              break;
            case Op.JUMP_BACKWARD:
              if (I32[eb] !== 0) handleEvalBreaker();
              pc = arg;
              break;
            case Op.POP_JUMP_IF_FALSE: {
              const v = I32[--sp];
              if (v === FALSE) pc = arg;
              else if (v !== TRUE) {
                sp++;
                const t = isTrue(v);
                sp--;
                { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
                if (!t) pc = arg;
              }
              break;
            }
            case Op.POP_JUMP_IF_TRUE: {
              const v = I32[--sp];
              if (v === TRUE) pc = arg;
              else if (v !== FALSE) {
                sp++;
                const t = isTrue(v);
                sp--;
                { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
                if (t) pc = arg;
              }
              break;
            }
            case Op.POP_JUMP_IF_NONE: {
              const v = I32[--sp];
              if (v === NONE) pc = arg; else decref(v);
              break;
            }
            case Op.POP_JUMP_IF_NOT_NONE: {
              const v = I32[--sp];
              if (v !== NONE) { pc = arg; decref(v); }
              break;
            }
            case Op.JUMP_IF_FALSE_OR_POP: {
              const v = I32[sp - 1];
              if (!isTrue(v)) pc = arg;
              else { sp--; decref(v); }
              break;
            }
            case Op.JUMP_IF_TRUE_OR_POP: {
              const v = I32[sp - 1];
              if (isTrue(v)) pc = arg;
              else { sp--; decref(v); }
              break;
            }
            case Op.GET_ITER: {
              const o = I32[sp - 1];
              const it = getIter(o);
              I32[sp - 1] = it;
              decref(o);
              break;
            }
            case Op.FOR_ITER: {
              const it = I32[sp - 1];
              let v: Ref;
              if (I32[it + TYPE] === T_RANGE_ITER) {
                // inline: INDEX = next value, N = values left, AUX = the step (an int object)
                const left = F64[(it + ITER.N) >> 1];
                if (left > 0) {
                  const x = F64[(it + ITER.INDEX) >> 1];
                  F64[(it + ITER.N) >> 1] = left - 1;
                  F64[(it + ITER.INDEX) >> 1] = x + F64[(I32[it + ITER.AUX] + NUM.VAL) >> 1];
                  v = newInt(x);
                } else v = 0;
              } else if (!ft && I32[it + TYPE] === T_LIST_ITER && I32[it + ITER.SEQ] !== 0
                && F64[(it + ITER.INDEX) >> 1] < I32[I32[it + ITER.SEQ] + LIST.SIZE]) {
                // inline: the next item of a list (the end of the list goes the general way)
                const i = F64[(it + ITER.INDEX) >> 1];
                F64[(it + ITER.INDEX) >> 1] = i + 1;
                v = I32[I32[I32[it + ITER.SEQ] + LIST.ITEMS] + HDR + i];
                const c = I32[v + RC];
                if (c >= 0) { if (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own) I32[v + RC] = c + 1; else increfShared(v); }
              } else if (ft && I32[it + TYPE] === T_LIST_ITER) {
                // --gil=off: the next item without the list's lock (runtime/ftread.ts), else the locked step
                v = ftListIterNext(it);
                if (v < 0) v = iterNextFast(it); // FT_UNSURE, FT_UNPROVEN
              } else v = iterNextFast(it);
              if (v !== 0) {
                I32[sp++] = v;
              } else {
                sp--;
                { const n_ = I32[it + RC]; if (n_ > 1 && (own === 0 || (I32[it + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[it + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(it); else if (n_ >= 0 && own !== 0) decrefSlow(it); }
                pc = arg;
              }
              break;
            }
            case Op.CALL:
            case Op.CALL_KW: {
              const isKw = (word & 0xff) === Op.CALL_KW;
              const kw = isKw ? I32[sp - 1] : 0;
              const top = isKw ? sp - 1 : sp;
              let n = arg;
              const callable = I32[top - n - 2];
              const self = I32[top - n - 1];
              let a = top - n;
              if (self !== 0) { a--; n++; }
              if (I32[callable + TYPE] === T_FUNCTION) {
                // the common call, inline: a simple function called with exactly its positional parameters.
                // The new frame is pushed on the frame stack and the arguments and the callable are MOVED
                // into it (no incref/decref pairs)
                const fcode = I32[callable + FUNCTION.CODE];
                if (kw === 0 && (I32[fcode + CODE.CFLAGS] & CO_SIMPLE) !== 0 && I32[fcode + CODE.ARGCOUNT] === n) {
                  const nlocals = I32[fcode + CODE.NLOCALS];
                  const nf = FS.top;
                  const next = nf + ((FRAME_SLOTS + nlocals + I32[fcode + CODE.STACKSIZE] + 1) & ~1);
                  if (next <= FS.end && depth < I32[CTL_RECURSION_LIMIT]) {
                    FS.top = next;
                    I32[nf + FRAME.CODE] = fcode;
                    I32[nf + FRAME.GLOBALS] = I32[callable + FUNCTION.GLOBALS];
                    I32[nf + FRAME.BUILTINS] = I32[f + FRAME.BUILTINS];
                    I32[nf + FRAME.LOCALS] = 0;
                    I32[nf + FRAME.FUNC] = callable;
                    I32[nf + FRAME.BACK] = f;
                    I32[nf + FRAME.PC] = 0;
                    I32[nf + FRAME.NLOCALS] = nlocals;
                    I32[nf + FRAME.NCELLS] = 0;
                    I32[nf + FRAME.GEN] = 0;
                    I32[nf + FRAME.EXCINFO] = 0;
                    const nfast = nf + FRAME_SLOTS;
                    let i = 0;
                    for (; i < n; i++) I32[nfast + i] = I32[a + i];
                    for (; i < nlocals; i++) I32[nfast + i] = 0;
                    I32[nf + FRAME.SP] = nfast + nlocals;
                    sp = top - arg - 2;
                    I32[f + FRAME.PC] = pc;
                    I32[f + FRAME.SP] = sp;
                    depth++;
                    f = nf;
                    continue outer;
                  }
                }
                let nf = 0;
                if (!(I32[I32[callable + FUNCTION.CODE] + CODE.CFLAGS] & CO_GENERATOR)) {
                  nf = makeFrame(callable, a, n, kw);
                  // the new frame holds its own references to the arguments: pop the call from this frame
                  for (let p = top - arg - 2; p < sp; p++) { const v = I32[p]; if (v !== 0) decref(v); }
                  sp = top - arg - 2;
                }
                if (nf !== 0) {
                  I32[f + FRAME.PC] = pc;
                  I32[f + FRAME.SP] = sp;
                  if (++depth > I32[CTL_RECURSION_LIMIT]) {
                    depth--;
                    freeFrame(nf);
                    raise(Exc.RecursionError, 'maximum recursion depth exceeded');
                  }
                  I32[nf + FRAME.BACK] = f;
                  f = nf;
                  continue outer;
                }
              }
              if (callable === T_RANGE && self === 0 && kw === 0 && n >= 1 && n <= 3 && (I32[bc + pc] & 0xff) === Op.GET_ITER) {
                // `for x in range(...)`: CALL range + GET_ITER in one step, without the range object
                const it = rangeIterFromArgs(a, n);
                if (it !== 0) {
                  for (let p = a; p < a + n; p++) { const v = I32[p]; const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
                  sp = top - arg - 2;
                  I32[sp++] = it;
                  pc++;
                  break;
                }
              }
              I32[f + FRAME.PC] = pc;
              I32[f + FRAME.SP] = sp;
              let r: Ref;
              // call() may store a bound method's self in the empty self slot (I32[a - 1]): that is a borrowed
              // ref, so clear it before the slots are released (here or by unwinding)
              // call() may write a bound self into the word before the first argument (the self slot, or the
              // callable's slot when self is already an argument): restore both slots so that the stack still
              // owns exactly what it owned, whether the call returns or raises
              try {
                // a plain builtin function (len, math.sqrt ...): straight to its implementation
                r = I32[callable + TYPE] === T_BUILTIN && I32[callable + BUILTIN.SELF] === 0
                  ? FNS[I32[callable + BUILTIN.FN]](a, n, kw) : call(callable, a, n, kw);
              } finally {
                I32[top - arg - 2] = callable;
                I32[top - arg - 1] = self;
              }
              for (let p = top - arg - 2; p < sp; p++) { const v = I32[p]; if (v !== 0) decref(v); }
              sp = top - arg - 2;
              I32[sp++] = r;
              if (I32[eb] !== 0) handleEvalBreaker();
              break;
            }
            case Op.RETURN_VALUE:
            case Op.RETURN_CONST: {
              const rv = (word & 0xff) === Op.RETURN_CONST ? I32[consts + arg] : I32[--sp];
              I32[f + FRAME.SP] = sp;
              if (f === entry) {
                yielded = false;
                depth--;
                const g = I32[f + FRAME.GEN];
                if (g !== 0) I32[g + GENERATOR.FRAME] = 0;
                freeFrame(f);
                currentFrame = savedFrame;
                return rv;
              }
              const caller = I32[f + FRAME.BACK];
              if (f >= FS.base && f < FS.end && I32[f + FRAME.LOCALS] === 0 && I32[f + FRAME.EXCINFO] === 0) {
                // a plain call's frame: release its slots and its function, pop the frame stack
                for (let p = fast; p < sp; p++) {
                  const v = I32[p];
                  if (v !== 0) { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
                }
                const fn = I32[f + FRAME.FUNC];
                if (fn !== 0) { const n_ = I32[fn + RC]; if (n_ > 1 && (own === 0 || (I32[fn + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[fn + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(fn); else if (n_ >= 0 && own !== 0) decrefSlow(fn); }
                FS.top = f;
              } else {
                freeFrame(f);
              }
              depth--;
              f = caller;
              const csp = I32[f + FRAME.SP];
              I32[csp] = rv;
              I32[f + FRAME.SP] = csp + 1;
              continue outer;
            }
            case Op.YIELD_VALUE: {
              const v = I32[--sp];
              I32[f + FRAME.PC] = pc;
              I32[f + FRAME.SP] = sp;
              yielded = true;
              depth--;
              currentFrame = savedFrame;
              return v;
            }
            case Op.YIELD_FROM: {
              const v = I32[sp - 1];
              const sub = I32[sp - 2];
              const res = yieldFromStep(sub, v);
              sp--;
              { const n_ = I32[v + RC]; if (n_ > 1 && (own === 0 || (I32[v + FLAGS] >>> F_OWNER_SHIFT) === own)) I32[v + RC] = n_ - 1; else if (n_ === 1 && own === 0) release(v); else if (n_ >= 0 && own !== 0) decrefSlow(v); }
              if (res.yielded) {
                I32[f + FRAME.PC] = pc - 1; // resume re-runs YIELD_FROM with the sent value on top
                I32[f + FRAME.SP] = sp;
                yielded = true;
                depth--;
                currentFrame = savedFrame;
                return res.value;
              }
              I32[sp - 1] = res.value;
              decref(sub);
              break;
            }
            case Op.RAISE_VARARGS: {
              doRaise(arg, sp);
              break; // not reached
            }
            case Op.RERAISE: {
              const exc = I32[sp - 1];
              sp--;
              reraising = true;
              I32[f + FRAME.SP] = sp;
              throw new PyRaise(exc);
            }
            default:
              // the less frequent instructions live in coldOp(), which keeps this loop small enough for the
              // JIT to keep its hot state in registers; they cannot switch frames or jump
              I32[f + FRAME.PC] = pc;
              sp = coldOp(word & 0xff, arg, f, sp);
              break;
          }
        }
      } catch (e) {
        // ---------------------------------------------------------------- unwinding
        let exc: Ref;
        if (e instanceof PyRaise) exc = e.exc;
        else if (e instanceof RangeError && /call stack/i.test(e.message)) {
          exc = newException(Exc.RecursionError, 'maximum recursion depth exceeded');
        } else throw e;
        I32[f + FRAME.SP] = sp;
        I32[f + FRAME.PC] = pc;
        for (;;) {
          const fcode = I32[f + FRAME.CODE];
          const failPc = I32[f + FRAME.PC] - 1;
          if (reraising) {
            reraising = false;
          } else {
            if (I32[exc + EXC.TRACEBACK] === NONE && excInfo !== NONE && I32[exc + EXC.CONTEXT] === NONE) setContext(exc, excInfo);
            addTraceback(exc, fcode, codeLine(fcode, failPc), failPc);
          }
          const h = findHandler(fcode, failPc);
          if (h >= 0) {
            const base = stackBase(f);
            const d = I32[h + 3];
            let p = I32[f + FRAME.SP];
            const target = base + (d >> 1);
            while (p > target) { const v = I32[--p]; if (v !== 0) decref(v); }
            if (d & 1) I32[p++] = newInt(failPc);
            I32[p++] = exc;
            I32[f + FRAME.SP] = p;
            I32[f + FRAME.PC] = I32[h + 2];
            continue outer;
          }
          if (f === entry) {
            depth--;
            const g = I32[f + FRAME.GEN];
            if (g !== 0) I32[g + GENERATOR.FRAME] = 0;
            freeFrame(f);
            currentFrame = savedFrame;
            yielded = false;
            throw new PyRaise(exc);
          }
          const caller = I32[f + FRAME.BACK];
          freeFrame(f);
          depth--;
          f = caller;
          currentFrame = f;
        }
      }
    }
  } catch (e) {
    currentFrame = savedFrame;
    throw e;
  }
}


/**
 * The instructions that are not worth a place in runFrame's loop. Same locals as there; returns the new sp.
 * None of them may jump, call into a new Python frame in this loop, or return.
 */
function coldOp(op: number, arg: number, f: Ref, sp: number): number {
  const I32 = HEAP_I32;
  const code = I32[f + FRAME.CODE];
  const consts = I32[code + CODE.CONSTS] + TUPLE_ITEMS;
  const names = I32[code + CODE.NAMES] + TUPLE_ITEMS;
  const fast = f + FRAME_SLOTS;
  const cells = fast + I32[f + FRAME.NLOCALS];
  const globals = I32[f + FRAME.GLOBALS];
  const pc = I32[f + FRAME.PC];
  const word = op;
  void consts; void pc; void word;
  switch (op) {
        case Op.DELETE_FAST: {
          const old = I32[fast + arg];
          if (old === 0) unboundLocal(code, arg);
          I32[fast + arg] = 0;
          decref(old);
          break;
        }
        case Op.DELETE_NAME: {
          const name = I32[names + arg];
          const old = dictPop(I32[f + FRAME.LOCALS], name, I32[name + STR.HASH]);
          if (old === 0) nameError(name);
          decref(old);
          break;
        }
        case Op.DELETE_GLOBAL: {
          const name = I32[names + arg];
          const old = dictPop(globals, name, I32[name + STR.HASH]);
          if (old === 0) nameError(name);
          decref(old);
          break;
        }
        case Op.DELETE_DEREF: {
          const cell = I32[cells + arg];
          if (FT) {
            if (I32[cell + CELL.REF] === 0) unboundDeref(code, arg);
            xdecref(ftCellSwap(cell, 0));
            break;
          }
          const old = I32[cell + CELL.REF];
          if (old === 0) unboundDeref(code, arg);
          I32[cell + CELL.REF] = 0;
          decref(old);
          break;
        }
        case Op.LOAD_CLOSURE: {
          const c = I32[cells + arg];
          incref(c);
          I32[sp++] = c;
          break;
        }
        case Op.LOAD_CLASSDEREF: {
          const name = strToJs(cellName(code, arg) as unknown as number) as unknown as string;
          void name;
          const locals = I32[f + FRAME.LOCALS];
          const nm = internCellName(code, arg);
          let v = locals !== 0 ? dictGetHashed(locals, nm, I32[nm + STR.HASH]) : 0;
          if (FT && v === 0) {
            v = ftCellGet(I32[cells + arg]);
            if (v === 0) unboundDeref(code, arg);
            I32[sp++] = v;
            break;
          }
          if (v === 0) {
            v = I32[I32[cells + arg] + CELL.REF];
            if (v === 0) unboundDeref(code, arg);
          }
          incref(v);
          I32[sp++] = v;
          break;
        }
        case Op.DELETE_ATTR: {
          const obj = I32[sp - 1];
          setAttr(obj, I32[names + arg], 0);
          sp--;
          decref(obj);
          break;
        }
        case Op.DELETE_SUBSCR: {
          const c = I32[sp - 2], k = I32[sp - 1];
          delItem(c, k);
          sp -= 2;
          decref(c);
          decref(k);
          break;
        }
        case Op.BUILD_SLICE: {
          const step = arg === 3 ? I32[sp - 1] : NONE;
          const stop = I32[sp - (arg === 3 ? 2 : 1)];
          const start = I32[sp - arg];
          const s = newSlice(start, stop, step);
          for (let i = 0; i < arg; i++) decref(I32[sp - 1 - i]);
          sp -= arg;
          I32[sp++] = s;
          break;
        }
        case Op.UNARY_NEGATIVE: {
          const a = I32[sp - 1];
          I32[sp - 1] = negate(a);
          decref(a);
          break;
        }
        case Op.UNARY_POSITIVE: {
          const a = I32[sp - 1];
          I32[sp - 1] = positive(a);
          decref(a);
          break;
        }
        case Op.UNARY_INVERT: {
          const a = I32[sp - 1];
          I32[sp - 1] = invert(a);
          decref(a);
          break;
        }
        case Op.IS_OP: {
          const a = I32[sp - 2], b = I32[sp - 1];
          sp -= 2;
          I32[sp++] = (a === b) !== (arg === 1) ? TRUE : FALSE;
          decref(a);
          decref(b);
          break;
        }
        case Op.BUILD_SET: {
          const s = newSet();
          try {
            for (let i = 0; i < arg; i++) setAdd(s, I32[sp - arg + i]);
          } catch (e) { decref(s); throw e; }
          for (let i = 0; i < arg; i++) decref(I32[sp - arg + i]);
          sp -= arg;
          I32[sp++] = s;
          break;
        }
        case Op.BUILD_MAP: {
          const d = newDict(T_DICT, undefined, arg);
          try {
            for (let i = 0; i < arg; i++) dictSet(d, I32[sp - 2 * arg + 2 * i], I32[sp - 2 * arg + 2 * i + 1]);
          } catch (e) { decref(d); throw e; }
          for (let i = 0; i < 2 * arg; i++) decref(I32[sp - 2 * arg + i]);
          sp -= 2 * arg;
          I32[sp++] = d;
          break;
        }
        case Op.BUILD_STRING: {
          let s = '';
          for (let i = 0; i < arg; i++) s += strToJs(I32[sp - arg + i]);
          const r = newStr(s);
          for (let i = 0; i < arg; i++) decref(I32[sp - arg + i]);
          sp -= arg;
          I32[sp++] = r;
          break;
        }
        case Op.SET_ADD: {
          const v = I32[sp - 1];
          setAdd(I32[sp - 1 - arg], v);
          sp--;
          decref(v);
          break;
        }
        case Op.MAP_ADD: {
          const k = I32[sp - 2], v = I32[sp - 1];
          dictSet(I32[sp - 2 - arg], k, v);
          sp -= 2;
          decref(k);
          decref(v);
          break;
        }
        case Op.LIST_EXTEND:
        case Op.SET_UPDATE: {
          const it = I32[sp - 1];
          seqExtend(I32[sp - 1 - arg], it);
          sp--;
          decref(it);
          break;
        }
        case Op.DICT_UPDATE:
        case Op.DICT_MERGE: {
          const m = I32[sp - 1];
          // the callee (for error messages) is below the NULL/self slot and the positional-args tuple
          dictMerge(I32[sp - 1 - arg], m, (word & 0xff) === Op.DICT_MERGE, I32[sp - 4 - arg]);
          sp--;
          decref(m);
          break;
        }
        case Op.LIST_TO_TUPLE: {
          const l = I32[sp - 1];
          const n = I32[l + LIST.SIZE];
          const t = newTuple(n);
          const items = I32[l + LIST.ITEMS] + HDR;
          for (let i = 0; i < n; i++) { const v = I32[items + i]; incref(v); I32[t + TUPLE_ITEMS + i] = v; }
          I32[sp - 1] = t;
          decref(l);
          break;
        }
        case Op.UNPACK_EX: {
          const before = arg & 0xff, after = arg >> 8;
          const s = I32[sp - 1];
          const items = unpackIterable(s, before, after);
          sp--;
          decref(s);
          // items: before..., list, after...
          for (let i = items.length - 1; i >= 0; i--) I32[sp++] = items[i];
          break;
        }
        case Op.FORMAT_VALUE: {
          const hasSpec = (arg & 4) !== 0;
          const v = I32[sp - (hasSpec ? 2 : 1)];
          const spec = hasSpec ? I32[sp - 1] : 0;
          const r = formatValue(v, arg & 3, spec);
          if (hasSpec) { sp--; decref(spec); }
          I32[sp - 1] = r;
          decref(v);
          break;
        }
        case Op.CALL_FUNCTION_EX: {
          const hasKw = (arg & 1) !== 0;
          const kwargs = hasKw ? I32[sp - 1] : 0;
          const args = I32[sp - (hasKw ? 2 : 3) + (hasKw ? 0 : 1)];
          const callable = I32[sp - (hasKw ? 4 : 3)];
          const argsT = hasKw ? I32[sp - 2] : I32[sp - 1];
          void args;
          I32[f + FRAME.PC] = pc;
          I32[f + FRAME.SP] = sp;
          const r = callEx(callable, argsT, kwargs);
          const low = sp - (hasKw ? 4 : 3);
          for (let p = low; p < sp; p++) { const v = I32[p]; if (v !== 0) decref(v); }
          sp = low;
          I32[sp++] = r;
          break;
        }
        case Op.MAKE_FUNCTION: {
          const codeObj = I32[sp - 1];
          let p = sp - 1;
          const closure = (arg & 8) ? I32[--p] : 0;
          const kwdefaults = (arg & 2) ? I32[--p] : 0;
          const defaults = (arg & 1) ? I32[--p] : 0;
          const fn = newFunction(codeObj, globals, I32[codeObj + CODE.QUALNAME], moduleNameOf(globals));
          I32[fn + FUNCTION.CLOSURE] = closure;      // steals the stack references
          I32[fn + FUNCTION.KWDEFAULTS] = kwdefaults;
          I32[fn + FUNCTION.DEFAULTS] = defaults;
          // --gil=off: a function defined by module or class code is called from every thread; immortal, its
          // count is not a word every thread writes on every call (CPython 3.13t does the same)
          if (FT && I32[f + FRAME.LOCALS] !== 0) makeImmortal(fn);
          sp = p;
          I32[sp++] = fn;
          break;
        }
        case Op.LOAD_BUILD_CLASS: {
          const bc2 = dictGetHashed(I32[f + FRAME.BUILTINS], buildClassName(), I32[buildClassName() + STR.HASH]);
          if (bc2 === 0) raise(Exc.NameError, '__build_class__ not found');
          incref(bc2);
          I32[sp++] = bc2;
          break;
        }
        case Op.GET_YIELD_FROM_ITER: {
          const o = I32[sp - 1];
          if (I32[o + TYPE] !== T_GENERATOR) {
            I32[sp - 1] = getIter(o);
            decref(o);
          }
          break;
        }
        case Op.PUSH_EXC_INFO: {
          const exc = I32[sp - 1];
          I32[sp - 1] = excInfo;
          incref(exc);
          excInfo = exc;
          I32[sp++] = exc;
          break;
        }
        case Op.POP_EXCEPT: {
          const prev = I32[--sp];
          const old = excInfo;
          excInfo = prev;
          decref(old);
          break;
        }
        case Op.CHECK_EXC_MATCH: {
          const t = I32[sp - 1], exc = I32[sp - 2];
          const r = excMatches(exc, t);
          I32[sp - 1] = r ? TRUE : FALSE;
          decref(t);
          break;
        }
        case Op.LOAD_ASSERTION_ERROR:
          I32[sp++] = Exc.AssertionError;
          break;
        case Op.BEFORE_WITH: {
          // mgr → exit_func exit_self enter_result; the stack's reference to mgr becomes exit_self (or is dropped
          // when exit_func is bound and exit_self NULL)
          const mgr = I32[sp - 1];
          const [exitFunc, exitSelf, res] = beforeWith(mgr);
          I32[sp - 1] = exitFunc;
          I32[sp++] = exitSelf;
          if (exitSelf === 0) decref(mgr);
          I32[sp++] = res;
          break;
        }
        case Op.WITH_EXCEPT_START: {
          const exc = I32[sp - 1];
          const exitFunc = I32[sp - 5], exitSelf = I32[sp - 4];
          const tb = I32[exc + EXC.TRACEBACK];
          const r = exitSelf !== 0
            ? callN(exitFunc, [exitSelf, I32[exc + TYPE], exc, tb === 0 ? NONE : tb])
            : callN(exitFunc, [I32[exc + TYPE], exc, tb === 0 ? NONE : tb]);
          I32[sp++] = r;
          break;
        }
        case Op.IMPORT_NAME: {
          const fromlist = I32[sp - 1], level = I32[sp - 2];
          I32[f + FRAME.PC] = pc;
          I32[f + FRAME.SP] = sp;
          const m = importName(I32[names + arg], fromlist, level, globals);
          sp -= 2;
          decref(fromlist);
          decref(level);
          I32[sp++] = m;
          break;
        }
        case Op.IMPORT_FROM: {
          const m = I32[sp - 1];
          I32[sp++] = importFrom(m, I32[names + arg]);
          break;
        }
        case Op.IMPORT_STAR: {
          const m = I32[sp - 1];
          importStar(m, I32[f + FRAME.LOCALS]);
          sp--;
          decref(m);
          break;
        }

    default:
      throw new Error(`minipy: unknown opcode ${op} at ${pc - 1}`);
  }
  return sp;
}

// ------------------------------------------------------------------ helpers of the loop (cold paths)
let BUILD_CLASS_NAME = 0;
function buildClassName(): Ref {
  if (BUILD_CLASS_NAME === 0) BUILD_CLASS_NAME = intern('__build_class__');
  return BUILD_CLASS_NAME;
}
function internCellName(code: Ref, i: number): Ref {
  const ncellvars = I32[code + CODE.NCELLS] - I32[code + CODE.NFREE];
  if (i < ncellvars) return I32[I32[code + CODE.CELLVARS] + TUPLE_ITEMS + i];
  return I32[I32[code + CODE.FREEVARS] + TUPLE_ITEMS + i - ncellvars];
}

function mappingGet(m: Ref, k: Ref): Ref {
  try {
    const v = getItem(m, k);
    decref(v); // borrowed semantics for the caller: the mapping still holds it
    return v;
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.KeyError)) { decref(e.exc); return 0; }
    throw e;
  }
}

let NAME_KEY = 0;
function moduleNameOf(globals: Ref): Ref {
  if (NAME_KEY === 0) NAME_KEY = intern('__name__');
  return dictGetHashed(globals, NAME_KEY, I32[NAME_KEY + STR.HASH]);
}

/** unpacks an iterable into exactly `before` items (after = -1), or before + [rest] + after items; new refs */
function unpackIterable(s: Ref, before: number, after: number): number[] {
  let items: number[];
  try {
    items = iterToArray(s);
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.TypeError) && /not iterable/.test(excMessage(e.exc))) {
      decref(e.exc);
      raise(Exc.TypeError, `cannot unpack non-iterable ${typeNameOf(s)} object`);
    }
    throw e;
  }
  if (after < 0) {
    if (items.length !== before) {
      for (const v of items) decref(v);
      if (items.length < before) raise(Exc.ValueError, `not enough values to unpack (expected ${before}, got ${items.length})`);
      raise(Exc.ValueError, `too many values to unpack (expected ${before}, got ${items.length})`);
    }
    return items;
  }
  if (items.length < before + after) {
    for (const v of items) decref(v);
    raise(Exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const mid = newList(0);
  for (let i = before; i < items.length - after; i++) { listAppend(mid, items[i]); decref(items[i]); }
  return [...items.slice(0, before), mid, ...items.slice(items.length - after)];
}

function excMessage(e: Ref): string {
  const args = I32[e + EXC.ARGS];
  if (I32[args + TUPLE.SIZE] === 0) return '';
  const a0 = I32[args + TUPLE_ITEMS];
  return I32[a0 + TYPE] === T_STR ? strToJs(a0) : '';
}

function excMatches(exc: Ref, t: Ref): boolean {
  if (I32[t + TYPE] === T_TUPLE) {
    const n = I32[t + TUPLE.SIZE];
    for (let i = 0; i < n; i++) if (excMatches(exc, I32[t + TUPLE_ITEMS + i])) return true;
    return false;
  }
  if (!isExceptionType(t)) {
    raise(Exc.TypeError, 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isInstance(exc, t);
}

/** RAISE_VARARGS: always throws */
function doRaise(argc: number, sp: number): never {
  if (argc === 0) {
    if (excInfo === NONE) raise(Exc.RuntimeError, 'No active exception to reraise');
    incref(excInfo);
    reraising = true;
    throw new PyRaise(excInfo);
  }
  let exc = I32[sp - argc];
  exc = makeExceptionObject(exc);
  if (argc === 2) {
    let cause = I32[sp - 1];
    if (cause !== NONE) cause = makeExceptionObject(cause, true);
    else incref(cause);
    setExcField(exc, EXC.CAUSE, cause);
    I32[exc + EXC.SUPPRESS] = 1;
  }
  throw new PyRaise(exc);
}

/** `raise X`: X may be an exception type (called with no args) or instance; returns a new ref */
function makeExceptionObject(x: Ref, isCause = false): Ref {
  if (isType(x)) {
    if (!isExceptionType(x)) raise(Exc.TypeError, 'exceptions must derive from BaseException');
    const e = callN(x, []);
    if (!isExceptionInstance(e)) {
      decref(e);
      raise(Exc.TypeError, `calling ${typeName(x)} should have returned an instance of BaseException, not ${typeNameOf(e)}`);
    }
    return e;
  }
  if (!isExceptionInstance(x)) {
    raise(Exc.TypeError, isCause ? 'exception causes must derive from BaseException' : 'exceptions must derive from BaseException');
  }
  incref(x);
  return x;
}

/** a class attribute that is called with the instance as first argument without binding it (what
 *  lookupMethod accepts): a Python function or a builtin method */
function isPlainMethod(d: Ref): boolean {
  const dt = I32[d + TYPE];
  return dt === T_FUNCTION || (dt === T_BUILTIN && I32[d + BUILTIN.SELF] === 0);
}

/**
 * BEFORE_WITH: [exit_func, exit_self, mgr.__enter__()], new references. As CPython 3.14's LOAD_SPECIAL, a plain
 * method is not bound: exit_func is the class's __exit__ and exit_self is mgr (whose stack reference the caller
 * moves there); any other descriptor is bound, and exit_self is NULL (0).
 */
function beforeWith(mgr: Ref): [Ref, Ref, Ref] {
  const t = I32[mgr + TYPE];
  const enter = typeLookup(t, N.__enter__);
  const exitf = typeLookup(t, N.__exit__);
  if (enter === 0) raise(Exc.TypeError, `'${typeName(t)}' object does not support the context manager protocol`);
  if (exitf === 0) raise(Exc.TypeError, `'${typeName(t)}' object does not support the context manager protocol (missed __exit__ method)`);
  let exitFunc: Ref, exitSelf: Ref;
  if (isPlainMethod(exitf)) { incref(exitf); exitFunc = exitf; exitSelf = mgr; }
  else { exitFunc = bindDescriptor(exitf, mgr, t); exitSelf = 0; }
  let res: Ref;
  try {
    if (isPlainMethod(enter)) {
      incref(enter); // the class may drop it while it runs
      try { res = callN(enter, [mgr]); } finally { decref(enter); }
    } else {
      const be = bindDescriptor(enter, mgr, t);
      try { res = callN(be, []); } finally { decref(be); }
    }
  } catch (e) {
    decref(exitFunc);
    throw e;
  }
  return [exitFunc, exitSelf, res];
}

export function callEx(callable: Ref, args: Ref, kwargs: Ref): Ref {
  let pos: number[];
  let own = false;
  if (I32[args + TYPE] === T_TUPLE) {
    pos = [];
    for (let i = 0; i < I32[args + TUPLE.SIZE]; i++) pos.push(I32[args + TUPLE_ITEMS + i]);
  } else {
    pos = iterToArray(args);
    own = true;
  }
  try {
    if (kwargs === 0 || dictSize(kwargs) === 0) return callN(callable, pos);
    const names: number[] = [], values: number[] = [];
    for (let ix = dictNextEntry(kwargs, 0); ix >= 0; ix = dictNextEntry(kwargs, ix + 1)) {
      const k = dictEntryKey(kwargs, ix);
      if (I32[k + TYPE] !== T_STR) raise(Exc.TypeError, 'keywords must be strings');
      names.push(k);
      values.push(dictEntryValue(kwargs, ix));
    }
    const kw = newTuple(names.length);
    for (let i = 0; i < names.length; i++) { incref(names[i]); I32[kw + TUPLE_ITEMS + i] = names[i]; }
    try { return callN(callable, [...pos, ...values], kw); } finally { decref(kw); }
  } finally {
    if (own) for (const v of pos) decref(v);
  }
}

// ------------------------------------------------------------------ generators
function yieldFromStep(sub: Ref, v: Ref): { yielded: boolean; value: Ref } {
  if (I32[sub + TYPE] === T_GENERATOR) return genSend(sub, v);
  if (v === NONE) {
    const r = iterNext(sub);
    if (r === 0) return { yielded: false, value: NONE };
    return { yielded: true, value: r };
  }
  const send = getAttr(sub, N.send);
  try {
    return { yielded: true, value: callN(send, [v]) };
  } catch (e) {
    if (e instanceof PyRaise && isInstance(e.exc, Exc.StopIteration)) {
      const args = I32[e.exc + EXC.ARGS];
      const val = I32[args + TUPLE.SIZE] > 0 ? I32[args + TUPLE_ITEMS] : NONE;
      incref(val);
      decref(e.exc);
      return { yielded: false, value: val };
    }
    throw e;
  } finally {
    decref(send);
  }
}

