// scripts/inline-constants.js writes the numeric constants of the worker bundle as literals (a property load
// from a module's exports object at each use made the eval loop ~20% slower). These tests check what it may and
// may not replace, and that the built bundle has no use of a layout.ts constant left.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain JavaScript build script, no declarations
import { constantsOfText, constantsOfExports, inlineConstants } from '../../../scripts/inline-constants.js';
import * as layout from '../../../src/runtime/layout.js';

const tsc = (body: string, names: string[]) =>
  `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n` +
  `${names.map((n) => `exports.${n}`).join(' = ')} = void 0;\n${body}`;

describe('constantsOfText', () => {
  test('takes numbers assigned once, and arithmetic of number literals', () => {
    const t = constantsOfText(tsc('exports.A = 3;\nexports.B = 2 ** 53 - 1;\nexports.C = 0x10;\n', ['A', 'B', 'C']));
    expect([...t]).toEqual([['A', 3], ['B', 2 ** 53 - 1], ['C', 16]]);
  });
  test('leaves exports that change, are not numbers, or name other values', () => {
    const body = 'exports.A = 1;\nfunction bump() { exports.A += 1; }\nexports.B = 1;\nexports.B++;\n' +
      "exports.S = 'x';\nexports.R = A_B;\nexports.F = f(1);\nexports.N = NaN;\n";
    expect([...constantsOfText(tsc(body, ['A', 'B', 'S', 'R', 'F', 'N']))]).toEqual([]);
  });
});

describe('inlineConstants', () => {
  const lay = new Map<string, unknown>([['RC', 1], ['NUM', new Map([['VAL', 4]])]]);
  const own = new Map([['MAX', 7]]);
  const tableOf = (spec: string) => (spec === './layout.js' ? lay : new Map());
  const run = (body: string) => inlineConstants(body, own, tableOf);

  test('replaces imported and own constants, and numeric table fields', () => {
    const body = 'const layout_js_1 = require("./layout.js");\n' +
      'x = I32[r + layout_js_1.RC] + F64[(r + layout_js_1.NUM.VAL) >> 1] - exports.MAX;\n';
    const { text, count } = run(body);
    expect(text).toContain('x = I32[r + (1)] + F64[(r + (4)) >> 1] - (7);');
    expect(count).toBe(3);
  });
  test('leaves stores, unknown names, whole tables, other objects and longer member chains', () => {
    const body = 'const layout_js_1 = require("./layout.js");\nconst other_js_1 = require("./other.js");\n' +
      'exports.MAX = 7;\nf(layout_js_1.NUM, layout_js_1.SIZE, other_js_1.RC, a.layout_js_1.RC, layout_js_1.NUM.LEN);\n';
    const { text, count } = run(body);
    expect(text).toBe(body);
    expect(count).toBe(0);
  });
  test('a negative zero keeps its sign', () => {
    expect(inlineConstants('y = exports.Z;', new Map([['Z', -0]]), tableOf).text).toBe('y = (-0);');
  });
});

describe('the built worker bundle', () => {
  const BUNDLE = fileURLToPath(new URL('../../../dist/worker-bundle.js', import.meta.url));
  test.skipIf(!existsSync(BUNDLE))('uses no numeric constant of layout.ts through its module', () => {
    const numeric = constantsOfExports(layout) as Map<string, number | Map<string, number>>;
    const left = new Set<string>();
    for (const m of readFileSync(BUNDLE, 'utf8').matchAll(/\blayout_js_\d+\.(\w+)(?:\.(\w+))?/g)) {
      const v = numeric.get(m[1]);
      if (typeof v === 'number' || (v instanceof Map && m[2] !== undefined && v.has(m[2]))) left.add(m[0]);
    }
    expect([...left]).toEqual([]);
  });
});
