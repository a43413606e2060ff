/**
 * @fileoverview The instruction buffer of one code object: labels with patching, the per-instruction line table,
 * exception-handler tracking and the max-stack-depth walk. codegen.ts drives it; it knows nothing of the AST.
 * Everything it knows about instructions (stack effects, which ops jump or never fall through) comes from the
 * opcode table in src/vm/opcodes.ts.
 *
 * Exception handlers are lexical here, CPython's SETUP_* / POP_BLOCK pseudo-instructions made into calls:
 * pushHandler() opens a region, popHandler() closes it, and every instruction emitted in between records the
 * innermost open handler. codegen brackets exits out of a region (break, return, the end of an except clause)
 * with saveHandlers()/restoreHandlers(), where compile.c would emit a POP_BLOCK on that path only. finish()
 * coalesces the per-instruction handlers into CPython 3.11-style non-overlapping exception-table entries.
 *
 * A handler's depth (what the unwinder pops the value stack down to) is not given by codegen: it is the stack
 * depth in front of the first instruction of the region plus `adjust`, found by the same control-flow walk that
 * computes co_stacksize. Entering a handler pushes lasti (if asked) and the exception on top of that depth.
 * Instructions the walk never reaches (code after a return, a `while True:` exit) are dropped, as CPython's
 * flowgraph optimizer does, and jump targets are renumbered.
 */
import {
  OPS, JUMP, COND_JUMP, TERMINATOR, opPops, opPushes,
} from '../vm/opcodes.js';
import { JUMP_FORWARD, JUMP_BACKWARD } from '../vm/opcodes.generated.js';
import type { ExceptionEntry } from './codespec.js';

/** A source range (CPython's `location`): 1-based lines, 0-based character columns; -1 for unknown. */
export interface SrcLoc {
  lineno: number;
  col_offset: number;
  end_lineno?: number;
  end_col_offset?: number;
}

/** A jump target; `pos` is the instruction index it is bound to, or -1 while unbound. */
export class Label {
  pos = -1;
  constructor(readonly name: string = '') {}
}

/** One open exception-handler region. */
export interface Handler {
  target: Label;
  lasti: boolean;
  /** instruction index where the region starts: its stack depth (plus adjust) is the handler's depth */
  setup: number;
  adjust: number;
  /** filled in by the stack walk */
  depth: number;
}

/** Thrown for a compiler bug (never for a user error): inconsistent stack depths, unbound labels. */
export class CompilerBug extends Error {}

export interface Assembled {
  code: Int32Array;
  lines: Int32Array;
  /** 4 words per instruction: line, column, end line, end column (-1 where unknown) */
  positions: Int32Array;
  exceptiontable: ExceptionEntry[];
  stacksize: number;
}

export class Emitter {
  readonly ops: number[] = [];
  readonly args: number[] = [];
  readonly lineOf: number[] = [];
  /** the source range of each instruction (null: only its line is known) */
  readonly locOf: (SrcLoc | null)[] = [];
  /** the jump label of each instruction (JUMP-flagged ops only) */
  readonly targets: (Label | null)[] = [];
  /** the innermost handler active at each instruction */
  readonly handlerOf: (Handler | null)[] = [];
  private curLine = 0;
  /**
   * The source range given to instructions emitted from now on (CPython's rule: the node whose compilation emits
   * the instruction). Setting `line` alone forgets it: such instructions get a line but no columns.
   */
  loc: SrcLoc | null = null;
  /** the source line given to instructions emitted from now on */
  get line(): number {
    return this.curLine;
  }
  set line(v: number) {
    this.curLine = v;
    this.loc = null;
  }
  /** sets the line and the range together (the range's start line need not be `line`) */
  setPos(line: number, loc: SrcLoc | null): void {
    this.curLine = line;
    this.loc = loc;
  }
  private hstack: Handler[] = [];

  get size(): number {
    return this.ops.length;
  }

  emit(op: number, arg = 0): number {
    if (OPS[op].flags & JUMP) throw new CompilerBug(`${OPS[op].name} needs a label: use emitJump`);
    return this.push(op, arg, null);
  }

  /** A jump-flagged op aimed at `label` (bound or not). Conditional jumps must go forward. */
  emitJump(op: number, label: Label): number {
    if (!(OPS[op].flags & JUMP)) throw new CompilerBug(`${OPS[op].name} is not a jump`);
    if ((OPS[op].flags & COND_JUMP) && label.pos >= 0 && op !== JUMP_BACKWARD) {
      throw new CompilerBug(`${OPS[op].name} backward: conditional jumps go forward only`);
    }
    return this.push(op, 0, label);
  }

  /** An unconditional jump: JUMP_BACKWARD (which checks the eval breaker) to a bound label, else JUMP_FORWARD. */
  jump(label: Label): number {
    return this.emitJump(label.pos >= 0 ? JUMP_BACKWARD : JUMP_FORWARD, label);
  }

  private push(op: number, arg: number, label: Label | null): number {
    if (arg < 0 || arg > 0xffffff) throw new CompilerBug(`argument ${arg} out of range`);
    this.ops.push(op);
    this.args.push(arg);
    this.lineOf.push(this.curLine);
    this.locOf.push(this.loc);
    this.targets.push(label);
    this.handlerOf.push(this.hstack.length ? this.hstack[this.hstack.length - 1] : null);
    return this.ops.length - 1;
  }

  newLabel(name = ''): Label {
    return new Label(name);
  }

  bind(label: Label): void {
    if (label.pos >= 0) throw new CompilerBug(`label ${label.name} bound twice`);
    label.pos = this.ops.length;
  }

  /** Opens a handler region starting at the next instruction (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH). */
  pushHandler(target: Label, lasti: boolean, adjust = 0): Handler {
    const h: Handler = { target, lasti, setup: this.ops.length, adjust, depth: -1 };
    this.hstack.push(h);
    return h;
  }

  /** Closes the innermost region, which must be `h` (CPython's POP_BLOCK). */
  popHandler(h: Handler): void {
    const top = this.hstack.pop();
    if (top !== h) throw new CompilerBug('popHandler: not the innermost handler');
  }

  get handlerDepth(): number {
    return this.hstack.length;
  }

  saveHandlers(): Handler[] {
    return this.hstack.slice();
  }

  restoreHandlers(saved: Handler[]): void {
    this.hstack = saved.slice();
  }

  /**
   * Walks the control-flow graph for stack depths, drops unreachable instructions, resolves labels and builds the
   * exception table.
   */
  finish(): Assembled {
    const n = this.ops.length;
    if (this.hstack.length) throw new CompilerBug('finish: handler regions still open');
    const tpos = (i: number): number => {
      const l = this.targets[i]!;
      if (l.pos < 0) throw new CompilerBug(`unbound label ${l.name}`);
      if (l.pos >= n) throw new CompilerBug(`label ${l.name} past the end of the code`);
      return l.pos;
    };
    const depth = new Int32Array(n).fill(-1);
    const work: number[] = [];
    let maxDepth = 0;
    const reach = (i: number, d: number, from: number): void => {
      if (i >= n) throw new CompilerBug(`control falls off the end of the code after ${from}`);
      if (depth[i] === -1) {
        depth[i] = d;
        if (d > maxDepth) maxDepth = d;
        work.push(i);
      } else if (depth[i] !== d) {
        throw new CompilerBug(`stack depth mismatch at ${i}: ${depth[i]} vs ${d} (from ${from})`);
      }
    };
    if (n === 0) throw new CompilerBug('empty code object');
    reach(0, 0, 0);
    while (work.length) {
      const i = work.pop()!;
      const d = depth[i];
      const op = this.ops[i];
      const arg = this.args[i];
      const info = OPS[op];
      const h = this.handlerOf[i];
      if (h) {
        if (h.depth < 0) {
          const sd = depth[h.setup];
          if (h.setup >= n || sd < 0) throw new CompilerBug(`handler region at ${h.setup} entered before its start`);
          h.depth = sd + h.adjust;
        }
        if (h.depth > d) throw new CompilerBug(`handler depth ${h.depth} above stack depth ${d} at ${i}`);
        if (h.target.pos < 0) throw new CompilerBug(`unbound handler label ${h.target.name}`);
        reach(h.target.pos, h.depth + (h.lasti ? 1 : 0) + 1, i);
      }
      const pops = opPops(op, arg);
      if (pops > d) throw new CompilerBug(`stack underflow at ${i} (${info.name}: depth ${d}, pops ${pops})`);
      if (info.flags & JUMP) {
        const jd = d - pops + opPushes(op, arg, true);
        if (jd > maxDepth) maxDepth = jd;
        reach(tpos(i), jd, i);
      }
      if (!(info.flags & TERMINATOR)) {
        const fd = d - pops + opPushes(op, arg, false);
        if (fd > maxDepth) maxDepth = fd;
        reach(i + 1, fd, i);
      }
    }
    // renumber the reachable instructions
    const newIndex = new Int32Array(n + 1).fill(-1);
    let m = 0;
    for (let i = 0; i < n; i++) if (depth[i] >= 0) newIndex[i] = m++;
    newIndex[n] = m;
    const code = new Int32Array(m);
    const lines = new Int32Array(m);
    const positions = new Int32Array(4 * m).fill(-1);
    const hof: (Handler | null)[] = [];
    for (let i = 0; i < n; i++) {
      if (depth[i] < 0) continue;
      const j = newIndex[i];
      let arg = this.args[i];
      if (OPS[this.ops[i]].flags & JUMP) {
        arg = newIndex[tpos(i)];
        if (arg < 0) throw new CompilerBug(`jump at ${i} to unreachable ${tpos(i)}`);
      }
      code[j] = this.ops[i] | (arg << 8);
      lines[j] = this.lineOf[i];
      const loc = this.locOf[i];
      if (loc) {
        positions[4 * j] = loc.lineno;
        positions[4 * j + 1] = loc.col_offset;
        positions[4 * j + 2] = loc.end_lineno ?? -1;
        positions[4 * j + 3] = loc.end_col_offset ?? -1;
      } else {
        positions[4 * j] = this.lineOf[i];
      }
      hof.push(this.handlerOf[i]);
    }
    // verify jump directions after renumbering
    for (let j = 0; j < m; j++) {
      const op = code[j] & 0xff;
      const t = code[j] >>> 8;
      if (op === JUMP_BACKWARD && t > j) throw new CompilerBug(`JUMP_BACKWARD forward at ${j}`);
      if ((OPS[op].flags & JUMP) && op !== JUMP_BACKWARD && t <= j) {
        throw new CompilerBug(`${OPS[op].name} backward at ${j}: only JUMP_BACKWARD may go back`);
      }
    }
    const table: ExceptionEntry[] = [];
    for (let j = 0; j < m; j++) {
      const h = hof[j];
      if (!h) continue;
      const last = table[table.length - 1];
      const target = newIndex[h.target.pos];
      if (last && last.end === j && last.target === target && last.depth === h.depth && last.lasti === h.lasti) {
        last.end = j + 1;
      } else {
        table.push({ start: j, end: j + 1, target, depth: h.depth, lasti: h.lasti });
      }
    }
    return { code, lines, positions, exceptiontable: table, stacksize: maxDepth };
  }
}
