// Used by bundle-worker.js: in the worker bundle, every use of a numeric constant export becomes the number.
//
// tsc turns `export const RC = 1` into `exports.RC = 1` and every use in another file into `layout_js_1.RC`: a
// property load from the exports object at each access, which V8 does not fold into a constant (tsc first sets
// every export to `void 0`, so the field is not constant to V8). runtime/layout.ts alone has ~160 such constants
// (field offsets, type refs), read by every instruction of the eval loop. Written as literals, as a C compiler
// sees a #define, an int loop ran ~20% faster (docs/interpreter.md §5).
//
// A constant is inlined only when its module stores it exactly twice (tsc's `void 0`, then the value) and the
// value is an arithmetic expression of number literals. runtime/layout.js is pure (no imports, no environment),
// so its values, numeric tables (NUM.VAL) and enums (Kind.OBJECT) included, are read by loading it.

const ARITH = /^(?:\s|[-+*/%()]|0[xX][0-9a-fA-F_]+|\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?)+$/;
/** what makes `x.NAME` a store: a plain or compound assignment after it, ++ or -- */
const STORE_AFTER = String.raw`\s*(?:\+\+|--|(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?!=))`;
/** every store to an export (++/-- before it too) */
const STORE = new RegExp(String.raw`(?:\+\+|--)\s*exports\.([A-Za-z_$][\w$]*)|\bexports\.([A-Za-z_$][\w$]*)` + STORE_AFTER, 'g');

/** the numeric constants a CommonJS module (tsc output) exports: Map(name -> number) */
export function constantsOfText(text) {
  const stores = new Map();
  for (const m of text.matchAll(STORE)) { const k = m[1] ?? m[2]; stores.set(k, (stores.get(k) ?? 0) + 1); }
  const t = new Map();
  for (const m of text.matchAll(/^exports\.([A-Za-z_$][\w$]*) = ([^;\n]+);$/gm)) {
    if (m[2] === 'void 0' || stores.get(m[1]) !== 2 || !ARITH.test(m[2])) continue;
    const v = Function(`"use strict"; return (${m[2]});`)();
    if (typeof v === 'number' && Number.isFinite(v)) t.set(m[1], v);
  }
  return t;
}

/** the numeric constants of a loaded module's exports: Map(name -> number | Map(field -> number)) */
export function constantsOfExports(exp) {
  const t = new Map();
  for (const [k, v] of Object.entries(exp)) {
    if (typeof v === 'number') t.set(k, v);
    else if (v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      const fields = new Map(Object.entries(v).filter(([, x]) => typeof x === 'number'));
      if (fields.size > 0) t.set(k, fields);
    }
  }
  return t;
}

const lit = (v) => (Object.is(v, -0) ? '(-0)' : `(${v})`);

/**
 * `body` (a CommonJS module) with `alias.NAME` and `alias.TABLE.FIELD` replaced by their numbers, for the module's
 * own `exports` and each `const alias = require("./x.js")`; tableOf(spec) gives the constants of a required
 * module (relative specifier as written). Returns { text, count }. A store (`alias.NAME = ...`) is left alone.
 */
export function inlineConstants(body, ownTable, tableOf) {
  const aliases = new Map([['exports', ownTable]]);
  for (const m of body.matchAll(/\bconst ([\w$]+) = require\("(\.{1,2}\/[^"]+)"\);/g)) aliases.set(m[1], tableOf(m[2]));
  let count = 0;
  const re = new RegExp(String.raw`(?<![\w$.])([\w$]+)\.([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?(?![\w$])(?!` + STORE_AFTER + ')', 'g');
  const text = body.replace(re, (whole, alias, name, field) => {
    const v = aliases.get(alias)?.get(name);
    if (typeof v === 'number' && field === undefined) { count++; return lit(v); }
    if (v instanceof Map && field !== undefined && v.has(field)) { count++; return lit(v.get(field)); }
    return whole;
  });
  return { text, count };
}
