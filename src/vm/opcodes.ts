/**
 * @fileoverview THE opcode table: the one place an instruction is defined. The compiler's emitter (stack depth),
 * the interpreter (src/vm/interpreter.ts, one `case` per entry), `minipy dis` and docs/opcodes.md all derive
 * from it; scripts/gen-opcodes.ts writes opcodes.generated.ts (plain numeric constants) from it.
 *
 * Semantics follow CPython 3.12's `dis` documentation wherever the name matches, with the differences noted
 * in each `doc` and these global ones:
 *   - jump arguments are ABSOLUTE instruction indexes (not relative, not byte offsets);
 *   - calls use CPython 3.13's stack layout: `callable, self_or_null, arg1 .. argN`;
 *   - FOR_ITER pops the exhausted iterator itself (no END_FOR);
 *   - yield from uses 3.10's YIELD_FROM, not SEND;
 *   - every loop back edge is a JUMP_BACKWARD (the only backward jump that checks the eval breaker).
 *
 * Instruction word (one Int32 per instruction, stored in the heap inside the code object):
 *
 *    31                              8 7        0
 *   +---------------------------------+----------+
 *   |          arg (24 bits)          |  opcode  |
 *   +---------------------------------+----------+
 *
 * arg is unsigned (0 .. 2^24-1); no EXTENDED_ARG is needed.
 */

/** What the argument of an instruction means, used by dis to print it. */
export type ArgKind =
  | 'none'     // no argument (arg is 0)
  | 'const'    // index into co_consts
  | 'name'     // index into co_names
  | 'local'    // index into co_varnames (fast locals)
  | 'cell'     // index into cellvars + freevars
  | 'jump'     // absolute instruction index
  | 'count'    // a plain number (items, arguments, depth)
  | 'binop'    // a BINARY_OP operator, see BINARY_OPS
  | 'cmpop'    // a COMPARE_OP operator, see COMPARE_OPS
  | 'flags';   // a bit set described in doc

/** Flag bits of an opcode. */
export const JUMP = 1;        // arg is a jump target
export const CAN_RAISE = 2;   // may raise an exception
export const EVAL_BREAK = 4;  // checks the eval breaker (GIL drop request, Ctrl-C, async exceptions)
export const TERMINATOR = 8;  // control never falls through to the next instruction
export const COND_JUMP = 16;  // a conditional jump: falls through or jumps

export interface OpInfo {
  name: string;
  arg: ArgKind;
  /** stack effect as (pops, pushes); a function of arg where it varies. When the jump is taken, `jumpPushes`
   *  (if given) replaces `pushes` (e.g. FOR_ITER pushes 1 when it continues, and pops the iterator when it jumps) */
  pops: number | ((arg: number) => number);
  pushes: number | ((arg: number) => number);
  jumpPushes?: number;
  flags: number;
  /** one line: stack before → after, and what it does */
  doc: string;
}

export const OPS: readonly OpInfo[] = [
  // ---- stack manipulation
  { name: 'NOP', arg: 'none', pops: 0, pushes: 0, flags: 0, doc: 'does nothing' },
  { name: 'POP_TOP', arg: 'none', pops: 1, pushes: 0, flags: 0, doc: 'a → ; drops the top of stack' },
  { name: 'PUSH_NULL', arg: 'none', pops: 0, pushes: 1, flags: 0, doc: '→ NULL; the self_or_null slot of a plain call' },
  { name: 'COPY', arg: 'count', pops: (n) => n, pushes: (n) => n + 1, flags: 0, doc: 'a .. → a .. a; pushes a copy of STACK[-n] (n >= 1)' },
  { name: 'SWAP', arg: 'count', pops: (n) => n, pushes: (n) => n, flags: 0, doc: 'swaps STACK[-1] and STACK[-n] (n >= 2)' },

  // ---- function entry
  { name: 'RESUME', arg: 'count', pops: 0, pushes: 0, flags: EVAL_BREAK, doc: 'first instruction of every code object (arg 0) and after each yield (arg 1); checks the eval breaker' },

  // ---- constants and variables
  { name: 'LOAD_CONST', arg: 'const', pops: 0, pushes: 1, flags: 0, doc: '→ co_consts[arg]' },
  { name: 'LOAD_FAST', arg: 'local', pops: 0, pushes: 1, flags: CAN_RAISE, doc: '→ local; UnboundLocalError if unbound' },
  { name: 'STORE_FAST', arg: 'local', pops: 1, pushes: 0, flags: 0, doc: 'v → ; local = v' },
  { name: 'DELETE_FAST', arg: 'local', pops: 0, pushes: 0, flags: CAN_RAISE, doc: 'del local; UnboundLocalError if unbound' },
  { name: 'LOAD_NAME', arg: 'name', pops: 0, pushes: 1, flags: CAN_RAISE, doc: '→ v; looks up locals dict, then globals, then builtins (module and class bodies)' },
  { name: 'STORE_NAME', arg: 'name', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'v → ; locals dict[name] = v' },
  { name: 'DELETE_NAME', arg: 'name', pops: 0, pushes: 0, flags: CAN_RAISE, doc: 'del locals dict[name]; NameError if missing' },
  { name: 'LOAD_GLOBAL', arg: 'name', pops: 0, pushes: 1, flags: CAN_RAISE, doc: '→ v; looks up globals, then builtins; NameError if missing' },
  { name: 'STORE_GLOBAL', arg: 'name', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'v → ; globals[name] = v' },
  { name: 'DELETE_GLOBAL', arg: 'name', pops: 0, pushes: 0, flags: CAN_RAISE, doc: 'del globals[name]; NameError if missing' },
  { name: 'LOAD_DEREF', arg: 'cell', pops: 0, pushes: 1, flags: CAN_RAISE, doc: '→ cell contents; NameError/UnboundLocalError if empty' },
  { name: 'STORE_DEREF', arg: 'cell', pops: 1, pushes: 0, flags: 0, doc: 'v → ; cell contents = v' },
  { name: 'DELETE_DEREF', arg: 'cell', pops: 0, pushes: 0, flags: CAN_RAISE, doc: 'empties the cell' },
  { name: 'LOAD_CLOSURE', arg: 'cell', pops: 0, pushes: 1, flags: 0, doc: '→ the cell object itself (to build a closure tuple)' },
  { name: 'LOAD_CLASSDEREF', arg: 'cell', pops: 0, pushes: 1, flags: CAN_RAISE, doc: '→ v; in a class body: the locals dict first, then the cell' },

  // ---- attributes and subscripts
  { name: 'LOAD_ATTR', arg: 'name', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'obj → obj.name' },
  { name: 'LOAD_METHOD', arg: 'name', pops: 1, pushes: 2, flags: CAN_RAISE, doc: 'obj → meth obj (an unbound function found on the type) or obj → attr NULL' },
  { name: 'STORE_ATTR', arg: 'name', pops: 2, pushes: 0, flags: CAN_RAISE, doc: 'v obj → ; obj.name = v' },
  { name: 'DELETE_ATTR', arg: 'name', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'obj → ; del obj.name' },
  { name: 'BINARY_SUBSCR', arg: 'none', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'container key → container[key]' },
  { name: 'STORE_SUBSCR', arg: 'none', pops: 3, pushes: 0, flags: CAN_RAISE, doc: 'v container key → ; container[key] = v' },
  { name: 'DELETE_SUBSCR', arg: 'none', pops: 2, pushes: 0, flags: CAN_RAISE, doc: 'container key → ; del container[key]' },
  { name: 'BUILD_SLICE', arg: 'count', pops: (n) => n, pushes: 1, flags: 0, doc: 'start stop [step] → slice (arg 2 or 3)' },

  // ---- operators
  { name: 'BINARY_OP', arg: 'binop', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'a b → a <op> b; arg from BINARY_OPS (the INPLACE ones try __iop__ first)' },
  { name: 'UNARY_NEGATIVE', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'a → -a' },
  { name: 'UNARY_POSITIVE', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'a → +a' },
  { name: 'UNARY_NOT', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'a → not a' },
  { name: 'UNARY_INVERT', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'a → ~a' },
  { name: 'COMPARE_OP', arg: 'cmpop', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'a b → a <cmp> b; arg from COMPARE_OPS' },
  { name: 'IS_OP', arg: 'count', pops: 2, pushes: 1, flags: 0, doc: 'a b → a is b (arg 0) / a is not b (arg 1)' },
  { name: 'CONTAINS_OP', arg: 'count', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'a b → a in b (arg 0) / a not in b (arg 1)' },

  // ---- building containers
  { name: 'BUILD_TUPLE', arg: 'count', pops: (n) => n, pushes: 1, flags: 0, doc: 'a1 .. an → (a1, .., an)' },
  { name: 'BUILD_LIST', arg: 'count', pops: (n) => n, pushes: 1, flags: 0, doc: 'a1 .. an → [a1, .., an]' },
  { name: 'BUILD_SET', arg: 'count', pops: (n) => n, pushes: 1, flags: CAN_RAISE, doc: 'a1 .. an → {a1, .., an}' },
  { name: 'BUILD_MAP', arg: 'count', pops: (n) => 2 * n, pushes: 1, flags: CAN_RAISE, doc: 'k1 v1 .. kn vn → {k1: v1, ..}' },
  { name: 'BUILD_STRING', arg: 'count', pops: (n) => n, pushes: 1, flags: 0, doc: 's1 .. sn → s1 + .. + sn (all str)' },
  { name: 'LIST_APPEND', arg: 'count', pops: 1, pushes: 0, flags: 0, doc: 'v → ; STACK[-arg].append(v) (after popping v)' },
  { name: 'SET_ADD', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'v → ; STACK[-arg].add(v) (after popping v)' },
  { name: 'MAP_ADD', arg: 'count', pops: 2, pushes: 0, flags: CAN_RAISE, doc: 'k v → ; STACK[-arg][k] = v (after popping both)' },
  { name: 'LIST_EXTEND', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'it → ; STACK[-arg].extend(it)' },
  { name: 'SET_UPDATE', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'it → ; STACK[-arg].update(it)' },
  { name: 'DICT_UPDATE', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'm → ; STACK[-arg].update(m) (a {**m} display)' },
  { name: 'DICT_MERGE', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'm → ; like DICT_UPDATE but TypeError on a repeated key (f(**a, **b))' },
  { name: 'LIST_TO_TUPLE', arg: 'none', pops: 1, pushes: 1, flags: 0, doc: 'list → tuple(list)' },
  { name: 'UNPACK_SEQUENCE', arg: 'count', pops: 1, pushes: (n) => n, flags: CAN_RAISE, doc: 'seq → seq[n-1] .. seq[0] (seq[0] on top); ValueError on a length mismatch' },
  { name: 'UNPACK_EX', arg: 'count', pops: 1, pushes: (a) => (a & 0xff) + (a >> 8) + 1, flags: CAN_RAISE, doc: 'seq → after.. list before..; arg = before | after << 8 (a, *b, c = seq)' },
  { name: 'FORMAT_VALUE', arg: 'flags', pops: (f) => ((f & 4) ? 2 : 1), pushes: 1, flags: CAN_RAISE, doc: 'v [spec] → format(conv(v), spec); flags & 3: 0 none 1 str 2 repr 3 ascii; flags & 4: a spec is on top' },

  // ---- control flow
  { name: 'JUMP_FORWARD', arg: 'jump', pops: 0, pushes: 0, flags: JUMP | TERMINATOR, doc: 'pc = arg (arg > pc)' },
  { name: 'JUMP_BACKWARD', arg: 'jump', pops: 0, pushes: 0, flags: JUMP | TERMINATOR | EVAL_BREAK, doc: 'pc = arg (arg <= pc), then checks the eval breaker' },
  { name: 'POP_JUMP_IF_FALSE', arg: 'jump', pops: 1, pushes: 0, flags: JUMP | COND_JUMP | CAN_RAISE, doc: 'v → ; jump if not v' },
  { name: 'POP_JUMP_IF_TRUE', arg: 'jump', pops: 1, pushes: 0, flags: JUMP | COND_JUMP | CAN_RAISE, doc: 'v → ; jump if v' },
  { name: 'POP_JUMP_IF_NONE', arg: 'jump', pops: 1, pushes: 0, flags: JUMP | COND_JUMP, doc: 'v → ; jump if v is None' },
  { name: 'POP_JUMP_IF_NOT_NONE', arg: 'jump', pops: 1, pushes: 0, flags: JUMP | COND_JUMP, doc: 'v → ; jump if v is not None' },
  { name: 'JUMP_IF_FALSE_OR_POP', arg: 'jump', pops: 1, pushes: 0, jumpPushes: 1, flags: JUMP | COND_JUMP | CAN_RAISE, doc: 'v → v (jump, if not v) or → (pop, fall through)' },
  { name: 'JUMP_IF_TRUE_OR_POP', arg: 'jump', pops: 1, pushes: 0, jumpPushes: 1, flags: JUMP | COND_JUMP | CAN_RAISE, doc: 'v → v (jump, if v) or → (pop, fall through)' },
  { name: 'GET_ITER', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'obj → iter(obj)' },
  { name: 'FOR_ITER', arg: 'jump', pops: 1, pushes: 2, jumpPushes: 0, flags: JUMP | COND_JUMP | CAN_RAISE, doc: 'it → it next(it); when exhausted: it → and jump' },

  // ---- calls and functions
  { name: 'CALL', arg: 'count', pops: (n) => n + 2, pushes: 1, flags: CAN_RAISE | EVAL_BREAK, doc: 'callable self_or_null a1 .. an → result; self (if not NULL) is passed first' },
  { name: 'CALL_KW', arg: 'count', pops: (n) => n + 3, pushes: 1, flags: CAN_RAISE | EVAL_BREAK, doc: 'callable self_or_null a1 .. an kwnames → result; the last len(kwnames) args are keyword values' },
  { name: 'CALL_FUNCTION_EX', arg: 'flags', pops: (f) => ((f & 1) ? 4 : 3), pushes: 1, flags: CAN_RAISE | EVAL_BREAK, doc: 'callable NULL args_tuple [kwargs_dict] → result; flags & 1: kwargs present' },
  { name: 'MAKE_FUNCTION', arg: 'flags', pops: (f) => 1 + ((f & 1) ? 1 : 0) + ((f & 2) ? 1 : 0) + ((f & 8) ? 1 : 0), pushes: 1, flags: 0, doc: '[defaults] [kwdefaults] [closure] code → function; flags 1: defaults tuple, 2: kwdefaults dict, 8: closure tuple of cells' },
  { name: 'RETURN_VALUE', arg: 'none', pops: 1, pushes: 0, flags: TERMINATOR, doc: 'v → ; returns v to the caller' },
  { name: 'RETURN_CONST', arg: 'const', pops: 0, pushes: 0, flags: TERMINATOR, doc: 'returns co_consts[arg]' },
  { name: 'LOAD_BUILD_CLASS', arg: 'none', pops: 0, pushes: 1, flags: 0, doc: '→ builtins.__build_class__' },
  { name: 'YIELD_VALUE', arg: 'none', pops: 1, pushes: 1, flags: 0, doc: 'v → sent; suspends the generator yielding v; resumes with the sent value on top' },
  { name: 'GET_YIELD_FROM_ITER', arg: 'none', pops: 1, pushes: 1, flags: CAN_RAISE, doc: 'obj → iter(obj) (a generator stays itself)' },
  { name: 'YIELD_FROM', arg: 'none', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'subiter v → result; sends v to subiter; if it yields, the generator yields that and re-runs YIELD_FROM on resume with the sent value; when it returns, pushes its return value' },

  // ---- exceptions
  { name: 'RAISE_VARARGS', arg: 'count', pops: (n) => n, pushes: 0, flags: CAN_RAISE | TERMINATOR, doc: 'arg 0: re-raise the handled exception; 1: exc → raise exc; 2: exc cause → raise exc from cause' },
  { name: 'RERAISE', arg: 'count', pops: 1, pushes: 0, flags: CAN_RAISE | TERMINATOR, doc: 'exc → ; re-raises exc without adding a traceback entry; if arg, STACK[-arg] (after the pop) is the lasti of the original raise' },
  { name: 'PUSH_EXC_INFO', arg: 'none', pops: 1, pushes: 2, flags: 0, doc: 'exc → prev_exc exc; makes exc the handled exception (sys.exception()), saving the previous one' },
  { name: 'POP_EXCEPT', arg: 'none', pops: 1, pushes: 0, flags: 0, doc: 'prev_exc → ; restores the handled exception to prev_exc' },
  { name: 'CHECK_EXC_MATCH', arg: 'none', pops: 2, pushes: 2, flags: CAN_RAISE, doc: 'exc type → exc bool(isinstance(exc, type)); type may be a tuple' },
  { name: 'LOAD_ASSERTION_ERROR', arg: 'none', pops: 0, pushes: 1, flags: 0, doc: '→ AssertionError' },
  { name: 'BEFORE_WITH', arg: 'none', pops: 1, pushes: 3, flags: CAN_RAISE, doc: 'mgr → exit_func exit_self mgr.__enter__() (as 3.14\'s LOAD_SPECIAL: exit_func is type(mgr).__exit__ and exit_self mgr, or the bound __exit__ and NULL; no bound method is made)' },
  { name: 'WITH_EXCEPT_START', arg: 'none', pops: 5, pushes: 6, flags: CAN_RAISE, doc: 'exit_func exit_self lasti prev_exc exc → ... exc exit_func(exit_self, type(exc), exc, exc.__traceback__)' },

  // ---- imports
  { name: 'IMPORT_NAME', arg: 'name', pops: 2, pushes: 1, flags: CAN_RAISE, doc: 'level fromlist → module; `import a.b` pushes a unless fromlist is not None' },
  { name: 'IMPORT_FROM', arg: 'name', pops: 1, pushes: 2, flags: CAN_RAISE, doc: 'module → module module.name; ImportError if missing' },
  { name: 'IMPORT_STAR', arg: 'none', pops: 1, pushes: 0, flags: CAN_RAISE, doc: 'module → ; copies its public names into the locals dict' },
];

/** BINARY_OP arguments: CPython's NB_* numbering (Include/opcode.h). INPLACE_X = X + 13. */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** COMPARE_OP arguments, in CPython's Py_LT .. Py_GE order. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** Code object flags (CPython's CO_*). */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;

export const OPCODE_COUNT = OPS.length;

/** Opcode number by name, for code that cannot import the generated constants (the generator itself, tests). */
export const OPNUM: Readonly<Record<string, number>> = Object.fromEntries(OPS.map((o, i) => [o.name, i]));

export function opPops(op: number, arg: number): number {
  const p = OPS[op].pops;
  return typeof p === 'number' ? p : p(arg);
}
export function opPushes(op: number, arg: number, jumped: boolean): number {
  const info = OPS[op];
  if (jumped && info.jumpPushes !== undefined) return info.jumpPushes;
  const p = info.pushes;
  return typeof p === 'number' ? p : p(arg);
}
