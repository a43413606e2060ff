// The emitter: labels, stack depth from the opcode table, handler regions → exception table, dead-code removal.
import { describe, expect, test } from 'vitest';
import { Emitter, CompilerBug } from '../../../src/compiler/emitter.js';
import * as O from '../../../src/vm/opcodes.generated.js';

const opsOf = (code: Int32Array) => Array.from(code, (w) => O.OPNAMES[w & 0xff]);

describe('stack depth', () => {
  test('straight-line code', () => {
    const e = new Emitter();
    e.emit(O.RESUME, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.BUILD_TUPLE, 3);
    e.emit(O.RETURN_VALUE);
    expect(e.finish().stacksize).toBe(3);
  });
  test('branches take the max; FOR_ITER pushes 1 on continue and pops the iterator on exit', () => {
    const e = new Emitter();
    const top = e.newLabel(), done = e.newLabel();
    e.emit(O.RESUME, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.GET_ITER);
    e.bind(top);
    e.emitJump(O.FOR_ITER, done);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.BINARY_OP, 0);
    e.emit(O.POP_TOP);
    e.jump(top);
    e.bind(done);
    e.emit(O.RETURN_CONST, 0);
    const a = e.finish();
    expect(a.stacksize).toBe(3);
    expect(opsOf(a.code)).toContain('JUMP_BACKWARD');
  });
  test('JUMP_IF_FALSE_OR_POP keeps the value only on the jump', () => {
    const e = new Emitter();
    const end = e.newLabel();
    e.emit(O.RESUME, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emitJump(O.JUMP_IF_FALSE_OR_POP, end);
    e.emit(O.LOAD_CONST, 0);
    e.bind(end);
    e.emit(O.RETURN_VALUE);
    expect(e.finish().stacksize).toBe(1);
  });
  test('inconsistent depths at a join are a compiler bug', () => {
    const e = new Emitter();
    const end = e.newLabel();
    e.emit(O.RESUME, 0);
    e.emit(O.LOAD_CONST, 0);
    e.emitJump(O.POP_JUMP_IF_TRUE, end);
    e.emit(O.LOAD_CONST, 0);
    e.bind(end);
    e.emit(O.RETURN_CONST, 0);
    expect(() => e.finish()).toThrow(CompilerBug);
  });
  test('stack underflow is a compiler bug', () => {
    const e = new Emitter();
    e.emit(O.RESUME, 0);
    e.emit(O.POP_TOP);
    e.emit(O.RETURN_CONST, 0);
    expect(() => e.finish()).toThrow(/underflow/);
  });
});

describe('handlers and the exception table', () => {
  test('handler depth = region start depth + adjust; entry pushes lasti and exc', () => {
    const e = new Emitter();
    const handler = e.newLabel();
    e.emit(O.RESUME, 0);
    e.emit(O.LOAD_CONST, 0);           // depth 1 from here
    const h = e.pushHandler(handler, true);
    e.emit(O.LOAD_CONST, 0);
    e.emit(O.POP_TOP);
    e.popHandler(h);
    e.emit(O.RETURN_VALUE);
    e.bind(handler);                   // depth 1 + lasti + exc = 3
    e.emit(O.POP_TOP);
    e.emit(O.POP_TOP);
    e.emit(O.RETURN_VALUE);
    const a = e.finish();
    expect(a.exceptiontable).toEqual([{ start: 2, end: 4, target: 5, depth: 1, lasti: true }]);
    expect(a.stacksize).toBe(3);
  });
  test('nested regions give non-overlapping entries', () => {
    const e = new Emitter();
    const h1l = e.newLabel(), h2l = e.newLabel();
    e.emit(O.RESUME, 0);
    const h1 = e.pushHandler(h1l, false);
    e.emit(O.NOP);
    const h2 = e.pushHandler(h2l, false);
    e.emit(O.NOP);
    e.popHandler(h2);
    e.emit(O.NOP);
    e.popHandler(h1);
    e.emit(O.RETURN_CONST, 0);
    e.bind(h1l);
    e.emit(O.RERAISE, 0);
    e.bind(h2l);
    e.emit(O.RERAISE, 0);
    expect(e.finish().exceptiontable).toEqual([
      { start: 1, end: 2, target: 5, depth: 0, lasti: false },
      { start: 2, end: 3, target: 6, depth: 0, lasti: false },
      { start: 3, end: 4, target: 5, depth: 0, lasti: false },
    ]);
  });
});

describe('labels and dead code', () => {
  test('unreachable instructions are dropped and jumps renumbered', () => {
    const e = new Emitter();
    const end = e.newLabel();
    e.emit(O.RESUME, 0);
    e.jump(end);
    e.emit(O.LOAD_CONST, 0);  // dead
    e.emit(O.POP_TOP);        // dead
    e.bind(end);
    e.emit(O.RETURN_CONST, 0);
    const a = e.finish();
    expect(opsOf(a.code)).toEqual(['RESUME', 'JUMP_FORWARD', 'RETURN_CONST']);
    expect(a.code[1] >>> 8).toBe(2);
  });
  test('conditional jumps may not go backward', () => {
    const e = new Emitter();
    const l = e.newLabel();
    e.bind(l);
    e.emit(O.LOAD_CONST, 0);
    expect(() => e.emitJump(O.POP_JUMP_IF_TRUE, l)).toThrow(CompilerBug);
  });
  test('the line table follows `line`', () => {
    const e = new Emitter();
    e.line = 1;
    e.emit(O.RESUME, 0);
    e.line = 7;
    e.emit(O.RETURN_CONST, 0);
    expect(Array.from(e.finish().lines)).toEqual([1, 7]);
  });
});
