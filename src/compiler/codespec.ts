/**
 * @fileoverview CodeSpec: what the compiler hands to the runtime. A plain, immutable JS description of one code
 * object; src/runtime/objects/code.ts copies it into the shared heap (bytecode, constants, names all become heap
 * objects, so every worker can read them). `minipy dis` prints CodeSpecs directly (src/vm/dis.ts).
 * Not here: the opcode table (src/vm/opcodes.ts), the compiler itself (codegen.ts, emitter.ts, symtable.ts).
 */
import type { ConstValue } from '../lexer/ast.js';

/** A constant in co_consts: a front-end constant, a tuple of constants, or a nested code object. */
export type CodeConst =
  | ConstValue
  | { kind: 'tuple'; items: CodeConst[] }
  | { kind: 'frozenset'; items: CodeConst[] }
  | { kind: 'code'; code: CodeSpec };

/** One exception-table entry (CPython 3.11+ zero-cost exceptions). Entries do not overlap. */
export interface ExceptionEntry {
  /** first instruction index covered */
  start: number;
  /** one past the last instruction index covered */
  end: number;
  /** handler instruction index */
  target: number;
  /** the value stack is popped down to this depth before jumping to the handler */
  depth: number;
  /** if true, the index of the raising instruction (an int) is pushed before the exception */
  lasti: boolean;
}

export interface CodeSpec {
  /** co_name: function name, '<module>', '<lambda>', '<listcomp>', '<genexpr>', or the class name */
  name: string;
  /** co_qualname, e.g. 'Outer.method.<locals>.inner' */
  qualname: string;
  filename: string;
  firstlineno: number;
  /** positional parameters, posonly included */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* bits from src/vm/opcodes.ts */
  flags: number;
  /** parameters first (posonly, positional, kwonly, *args, **kwargs, in that order), then other locals */
  varnames: string[];
  /** names of cell variables (locals captured by inner scopes); a parameter captured by an inner scope is listed
   *  here too, and the runtime moves the argument into its cell on entry */
  cellvars: string[];
  /** free variables (captured from enclosing scopes); cell index = cellvars.length + index here */
  freevars: string[];
  /** globals, attributes and imported names used by LOAD_NAME/LOAD_GLOBAL/LOAD_ATTR/IMPORT_NAME... */
  names: string[];
  consts: CodeConst[];
  /** instruction words: opcode | arg << 8 */
  code: Int32Array;
  /** source line of each instruction (same length as code) */
  lines: Int32Array;
  /**
   * co_positions: 4 words per instruction, the source range of the AST node that emitted it (line, column,
   * end line, end column; columns in characters, 0-based; -1 where unknown). Used for the traceback markers.
   * Optional: a spec built without it has no column information.
   */
  positions?: Int32Array;
  exceptiontable: ExceptionEntry[];
  /** maximum value-stack depth, computed by the emitter from the opcode table */
  stacksize: number;
}
