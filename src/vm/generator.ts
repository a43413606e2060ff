/**
 * @fileoverview Generators: resuming a generator's heap frame (send, next, throw, close) and the generator
 * type's slots and methods. The frame is an ordinary heap frame owned by the generator object, so a
 * generator made on one thread can be resumed on another. Not here: YIELD_VALUE itself (interpreter.ts).
 */
import { I32, type Ref } from '../runtime/heap.js';
import {
  TYPE, RC, FLAGS, FRAME, GENERATOR, NONE, TRUE, FALSE, F_GEN_RUNNING, Kind, T_GENERATOR, TYPEOBJ, EXC, TUPLE, TUPLE_ITEMS,
} from '../runtime/layout.js';
import { incref, decref, getDealloc, registerDealloc, dropRef } from '../runtime/refcount.js';
import { FT } from '../runtime/threadid.js';
import { writeText } from '../runtime/stdio.js';
import { formatException } from './traceback.js';
import { raise, Exc, PyRaise } from '../runtime/errors.js';
import { strToJs } from '../runtime/objects/str.js';
import { newExceptionArgs } from '../runtime/objects/exception.js';
import { tupleSteal } from '../runtime/objects/tuple.js';
import { isInstance, callN, idHex, isExceptionType, isExceptionInstance, isType } from '../runtime/abstract.js';
import { Slots } from '../runtime/slots.js';
import { defBuiltin, argc, typeDict } from '../runtime/builtinfn.js';
import { runFrame, yielded, swapExcInfo } from './interpreter.js';
import { newStr } from '../runtime/objects/str.js';
import { freeFrame } from './call.js';

export interface GenResult { yielded: boolean; value: Ref }

/** resumes g with value v (borrowed); {yielded, value (new ref)}; a finished generator gives yielded false */
export function genSend(g: Ref, v: Ref, throwIn: Ref = 0): GenResult {
  claim(g, throwIn);
  const f = I32[g + GENERATOR.FRAME];
  if (f === 0) {
    release(g);
    if (throwIn) throw new PyRaise(throwIn);
    return { yielded: false, value: NONE };
  }
  const started = I32[f + FRAME.PC] !== 0;
  if (!started && v !== NONE && throwIn === 0) {
    release(g);
    raise(Exc.TypeError, "can't send non-None value to a just-started generator");
  }
  if (started && throwIn === 0) {
    const sp = I32[f + FRAME.SP];
    incref(v);
    I32[sp] = v;
    I32[f + FRAME.SP] = sp + 1;
  }
  // A generator has its own handled-exception state (CPython's gi_exc_state): it starts as None, is
  // swapped in while the generator runs and kept in its frame across a yield made inside an except block.
  const saved = I32[f + FRAME.EXCINFO];
  I32[f + FRAME.EXCINFO] = 0;
  const callerExc = swapExcInfo(saved !== 0 ? saved : NONE);
  let r: Ref;
  try {
    r = runFrame(f, throwIn);
  } catch (e) {
    decref(swapExcInfo(callerExc));
    I32[g + GENERATOR.FRAME] = 0; // before the release: a thread that claims it next finds it finished
    release(g);
    if (e instanceof PyRaise && isInstance(e.exc, Exc.StopIteration)) {
      // PEP 479: a StopIteration escaping a generator becomes RuntimeError
      const re = newExceptionArgs(Exc.RuntimeError, tupleSteal([strRef('generator raised StopIteration')]));
      I32[re + EXC.CAUSE] = e.exc;
      I32[re + EXC.CONTEXT] = e.exc;
      incref(e.exc);
      throw new PyRaise(re);
    }
    throw e;
  }
  const own = swapExcInfo(callerExc);
  if (yielded) {
    I32[f + FRAME.EXCINFO] = own; // before the release, as every write to the frame
    release(g);
    return { yielded: true, value: r };
  }
  I32[g + GENERATOR.FRAME] = 0;
  release(g);
  decref(own);
  return { yielded: false, value: r };
}

/**
 * Marks g running, or raises ValueError if it is: one atomic read-modify-write, so that two threads calling
 * next() on one generator at once (--gil=off) cannot both run its frame. Atomic also because FLAGS holds the
 * owner tag, which the owner may clear meanwhile (refcount.ts).
 */
function claim(g: Ref, throwIn: Ref = 0): void {
  if (Atomics.or(I32, g + FLAGS, F_GEN_RUNNING) & F_GEN_RUNNING) {
    if (throwIn !== 0) decref(throwIn); // the exception that was to be thrown in is dropped
    raise(Exc.ValueError, 'generator already executing');
  }
  // --gil=off: a running generator keeps itself alive. The iterator that holds it (an enumerate shared by two
  // threads) may drop it in another thread meanwhile, and the caller's own reference may be a borrowed one
  if (FT) incref(g);
}
function release(g: Ref): void {
  Atomics.and(I32, g + FLAGS, ~F_GEN_RUNNING);
  if (FT) decref(g);
}

function strRef(s: string): Ref { return newStr(s); }

/** next(g): the next value (new ref) or 0 when finished */
export function genNext(g: Ref): Ref {
  const r = genSend(g, NONE);
  if (r.yielded) return r.value;
  decref(r.value);
  return 0;
}

function stopIteration(value: Ref): never {
  const args = value === NONE ? tupleSteal([]) : tupleSteal([value]);
  if (value === NONE) decref(value);
  throw new PyRaise(newExceptionArgs(Exc.StopIteration, args));
}

Slots.iter[Kind.GENERATOR] = (g) => { incref(g); return g; };
Slots.next[Kind.GENERATOR] = genNext;
// gen.__name__ / __qualname__ (from the function that made it), gi_running, gi_suspended
Slots.getattr[Kind.GENERATOR] = (g, name) => {
  switch (strToJs(name)) {
    case '__name__': { const r = I32[g + GENERATOR.NAME]; incref(r); return r; }
    case '__qualname__': { const r = I32[g + GENERATOR.QUALNAME]; incref(r); return r; }
    case 'gi_running': return (I32[g + FLAGS] & F_GEN_RUNNING) ? TRUE : FALSE;
    case 'gi_suspended': {
      const f = I32[g + GENERATOR.FRAME];
      return f !== 0 && I32[f + FRAME.PC] !== 0 && !(I32[g + FLAGS] & F_GEN_RUNNING) ? TRUE : FALSE;
    }
    default: return 0;
  }
};
Slots.repr[Kind.GENERATOR] = (g) => `<generator object ${strToJs(I32[g + GENERATOR.QUALNAME])} at ${idHex(g)}>`;

const GD = typeDict(T_GENERATOR);
defBuiltin(GD, 'send', (a, n, kw) => {
  argc('send', n - 1, kw, 1, 1);
  const r = genSend(I32[a], I32[a + 1]);
  if (r.yielded) return r.value;
  return stopIteration(r.value);
}, 'generator');

defBuiltin(GD, 'throw', (a, n, kw) => {
  argc('throw', n - 1, kw, 1, 3);
  let e = I32[a + 1];
  if (isType(e) && isExceptionType(e)) {
    e = n > 2 && I32[a + 2] !== NONE ? callN(e, [I32[a + 2]]) : callN(e, []);
  } else if (isExceptionInstance(e)) {
    incref(e);
  } else {
    raise(Exc.TypeError, 'exceptions must be classes or instances deriving from BaseException, not ' + strToJs(I32[I32[e + TYPE] + TYPEOBJ.NAME]));
  }
  const g = I32[a];
  claim(g, e);
  const f = I32[g + GENERATOR.FRAME];
  if (f !== 0 && I32[f + FRAME.PC] === 0) {
    // never started: it finishes without running (its frame, arguments included, is dropped)
    I32[g + GENERATOR.FRAME] = 0;
    release(g);
    decrefFrame(f);
    throw new PyRaise(e);
  }
  release(g);
  const r = genSend(g, NONE, e);
  if (r.yielded) return r.value;
  return stopIteration(r.value);
}, 'generator');

defBuiltin(GD, 'close', (a, n, kw) => {
  argc('close', n - 1, kw, 0, 0);
  return genClose(I32[a]);
}, 'generator');

/** g.close(): throws GeneratorExit into a suspended generator so its finally blocks and __exit__s run */
function genClose(g: Ref): Ref {
  claim(g);
  const f = I32[g + GENERATOR.FRAME];
  if (f === 0 || I32[f + FRAME.PC] === 0) {
    // finished, or never started: nothing runs
    I32[g + GENERATOR.FRAME] = 0;
    release(g);
    if (f !== 0) decrefFrame(f);
    return NONE;
  }
  release(g);
  try {
    const r = genSend(g, NONE, newExceptionArgs(Exc.GeneratorExit, tupleSteal([])));
    if (r.yielded) { decref(r.value); raise(Exc.RuntimeError, 'generator ignored GeneratorExit'); }
    return r.value;
  } catch (e) {
    if (e instanceof PyRaise && (isInstance(e.exc, Exc.GeneratorExit) || isInstance(e.exc, Exc.StopIteration))) {
      decref(e.exc);
      return NONE;
    }
    throw e;
  }
}

// CPython's _PyGen_Finalize: a generator dropped while suspended inside its body (`for x in gen(): break`)
// is closed before it is freed, so its finally blocks run then; an exception from that is reported as
// "Exception ignored in: ..." on stderr.
// Installed from the runtime's init, after call.ts has registered the plain generator dealloc (an import
// cycle decides which of the two modules is evaluated first).
export function installGeneratorFinalizer(): void {
  const baseGenDealloc = getDealloc(Kind.GENERATOR)!;
  if ((baseGenDealloc as { finalizer?: boolean }).finalizer) return;
  const fin = (g: Ref): void => {
    const f = I32[g + GENERATOR.FRAME];
    if (f !== 0 && I32[f + FRAME.PC] !== 0 && !(I32[g + FLAGS] & F_GEN_RUNNING)) {
      I32[g + RC] = 1; // alive while it runs
      try {
        decref(genClose(g));
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        writeText(2, `Exception ignored in: ${Slots.repr[Kind.GENERATOR]!(g)}\n${formatException(e.exc)}`);
        decref(e.exc);
      }
      if (!dropRef(g)) return; // resurrected by its finally block: freed when that reference goes
    }
    baseGenDealloc(g);
  };
  (fin as { finalizer?: boolean }).finalizer = true;
  registerDealloc(Kind.GENERATOR, fin);
  plainGenDealloc = baseGenDealloc;
}
let plainGenDealloc: ((g: Ref) => void) | null = null;

/** --show-refcount's teardown drops references in heap order: no Python code may run from then on */
export function disableGeneratorFinalizer(): void {
  if (plainGenDealloc !== null) registerDealloc(Kind.GENERATOR, plainGenDealloc);
}

function decrefFrame(f: Ref): void { freeFrame(f); }

