/**
 * @fileoverview Raising Python exceptions from JS. A Python exception travels through JS frames as a thrown
 * PyRaise (not an Error: no JS stack is captured, which keeps raising cheap), holding a reference to the
 * exception instance. The interpreter catches it at the instruction that failed and unwinds Python frames
 * with the code object's exception table. Not here: the exception types (runtime/objects/exception.ts).
 */
import type { Ref } from './heap.js';

export class PyRaise {
  constructor(public exc: Ref) {}
}

/** set by objects/exception.ts: make an instance of type with args (msg,) */
let makeExc: (type: Ref, msg: string | null) => Ref = () => { throw new Error('exceptions not initialized'); };
export function setExceptionFactory(f: (type: Ref, msg: string | null) => Ref): void {
  makeExc = f;
}

/** raise type(msg) */
export function raise(type: Ref, msg: string | null = null): never {
  throw new PyRaise(makeExc(type, msg));
}

/** raise an existing exception instance (takes over the caller's reference) */
export function raiseExc(exc: Ref): never {
  throw new PyRaise(exc);
}

/**
 * The builtin exception types, by name. Filled once at startup (objects/exception.ts); the refs are immortal
 * objects in the shared heap, so this is a cache of immutable facts, the same in every worker.
 */
export const Exc = {
  BaseException: 0, Exception: 0, TypeError: 0, ValueError: 0, KeyError: 0, IndexError: 0, AttributeError: 0,
  NameError: 0, UnboundLocalError: 0, ZeroDivisionError: 0, OverflowError: 0, RecursionError: 0,
  RuntimeError: 0, NotImplementedError: 0, StopIteration: 0, GeneratorExit: 0, AssertionError: 0,
  ImportError: 0, ModuleNotFoundError: 0, LookupError: 0, ArithmeticError: 0, MemoryError: 0,
  SystemExit: 0, KeyboardInterrupt: 0, OSError: 0, FileNotFoundError: 0, EOFError: 0, UnicodeError: 0,
  UnicodeDecodeError: 0, UnicodeEncodeError: 0, SyntaxError: 0, IndentationError: 0, TabError: 0,
  FloatingPointError: 0, BufferError: 0, PermissionError: 0, IsADirectoryError: 0, NotADirectoryError: 0,
  FileExistsError: 0, TimeoutError: 0, ChildProcessError: 0, ConnectionError: 0, BrokenPipeError: 0,
  InterruptedError: 0, ProcessLookupError: 0, StopAsyncIteration: 0, UnicodeTranslateError: 0,
  Warning: 0, UserWarning: 0, DeprecationWarning: 0, RuntimeWarning: 0, SyntaxWarning: 0, FutureWarning: 0,
  PendingDeprecationWarning: 0, ImportWarning: 0, UnicodeWarning: 0, BytesWarning: 0, ResourceWarning: 0,
  EncodingWarning: 0, ReferenceError: 0, SystemError: 0, PythonFinalizationError: 0,
  BaseExceptionGroup: 0, ExceptionGroup: 0,
};
export type ExcName = keyof typeof Exc;

/** the builtin hierarchy: name -> base name, in creation order (a base before its subclasses) */
export const EXC_HIERARCHY: [ExcName, ExcName | null][] = [
  ['BaseException', null],
  ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['BaseExceptionGroup', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ExceptionGroup', 'Exception'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'], ['BrokenPipeError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['FileExistsError', 'OSError'], ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'], ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'], ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['PythonFinalizationError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'], ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'], ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'], ['BytesWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
];
