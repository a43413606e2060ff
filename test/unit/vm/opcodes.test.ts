// The opcode table checks of STYLE §6.2: the generated artifacts equal a fresh rendering of the table, and the
// table itself is well-formed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OPS, OPNUM, OPCODE_COUNT, JUMP, COND_JUMP, EVAL_BREAK, TERMINATOR, opPops, opPushes } from '../../../src/vm/opcodes.js';
import { renderGenerated, renderDoc } from '../../../src/vm/opcodes-gen.js';
import * as G from '../../../src/vm/opcodes.generated.js';

const root = new URL('../../../', import.meta.url);

describe('generated artifacts', () => {
  test('src/vm/opcodes.generated.ts is byte-identical to renderGenerated()', () => {
    expect(readFileSync(new URL('src/vm/opcodes.generated.ts', root), 'utf8')).toBe(renderGenerated());
  });
  test('docs/opcodes.md is byte-identical to renderDoc()', () => {
    expect(readFileSync(new URL('docs/opcodes.md', root), 'utf8')).toBe(renderDoc());
  });
  test('generated constants match the table', () => {
    OPS.forEach((o, i) => {
      expect((G as unknown as Record<string, number>)[o.name]).toBe(i);
      expect(G.OPNAMES[i]).toBe(o.name);
      expect(OPNUM[o.name]).toBe(i);
    });
  });
});

describe('the table', () => {
  test('fits the 8-bit opcode field; names unique and UPPER_SNAKE', () => {
    expect(OPCODE_COUNT).toBeLessThanOrEqual(256);
    expect(new Set(OPS.map((o) => o.name)).size).toBe(OPS.length);
    for (const o of OPS) expect(o.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });
  test('JUMP flag iff a jump argument; COND_JUMP implies JUMP; every op documented', () => {
    for (const o of OPS) {
      expect(!!(o.flags & JUMP), o.name).toBe(o.arg === 'jump');
      if (o.flags & COND_JUMP) expect(o.flags & JUMP, o.name).toBeTruthy();
      if (o.jumpPushes !== undefined) expect(o.flags & JUMP, o.name).toBeTruthy();
      expect(o.doc.length, o.name).toBeGreaterThan(0);
    }
  });
  test('only RESUME, JUMP_BACKWARD and calls check the eval breaker', () => {
    const eb = OPS.filter((o) => o.flags & EVAL_BREAK).map((o) => o.name).sort();
    expect(eb).toEqual(['CALL', 'CALL_FUNCTION_EX', 'CALL_KW', 'JUMP_BACKWARD', 'RESUME']);
  });
  test('the only unconditional jumps are terminators', () => {
    for (const o of OPS) {
      if ((o.flags & JUMP) && !(o.flags & COND_JUMP)) expect(o.flags & TERMINATOR, o.name).toBeTruthy();
    }
  });
  test('stack effects are non-negative for small args', () => {
    for (let op = 0; op < OPCODE_COUNT; op++) {
      for (const arg of [0, 1, 2, 3, 5, 0x102]) {
        expect(opPops(op, arg)).toBeGreaterThanOrEqual(0);
        expect(opPushes(op, arg, false)).toBeGreaterThanOrEqual(0);
        expect(opPushes(op, arg, true)).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
