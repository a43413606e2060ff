#!/usr/bin/env node
// Build step (after tsc and dist-cjs.js): joins the CommonJS modules a worker runs (dist/vm/worker.js and all it
// requires, ~100 files) into one script, dist/worker-bundle.js, that src/vm/worker-boot.ts compiles with V8's
// code cache. A worker then boots without ~100 file lookups and compiles, which every minipy start and every
// pooled worker paid (see docs/interpreter.md §5). Node 20 has no code cache for require()d files.
//
// The bundle is one function expression: given the real require (for node: built-ins), it returns a require for
// the bundled modules, keyed by their path under dist/ ("vm/worker.js"). Each module body is the file with its
// numeric constants written as literals (inline-constants.js), wrapped as Node wraps a CommonJS file, so
// __dirname and __filename still name its place in dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { constantsOfText, constantsOfExports, inlineConstants } from './inline-constants.js';
import path from 'node:path';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ENTRY = 'vm/worker.js';

const order = [];
/** module id -> its text (each file is read once) */
const texts = new Map();
function visit(id) {
  if (texts.has(id)) return;
  const text = readFileSync(path.join(DIST, id), 'utf8');
  texts.set(id, text);
  order.push(id);
  for (const m of text.matchAll(/require\((["'])(\.{1,2}\/[^"']+)\1\)/g)) {
    visit(path.posix.normalize(path.posix.join(path.posix.dirname(id), m[2])));
  }
}
visit(ENTRY);

// numeric constants become literals (scripts/inline-constants.js)
const requireDist = createRequire(path.join(DIST, 'x.js'));
const constTables = new Map();
function constTable(id) {
  let t = constTables.get(id);
  if (t === undefined) {
    t = id === 'runtime/layout.js' ? constantsOfExports(requireDist('./runtime/layout.js'))
      : constantsOfText(texts.get(id) ?? readFileSync(path.join(DIST, id), 'utf8'));
    constTables.set(id, t);
  }
  return t;
}
let inlined = 0;

let out = '(function (externalRequire, distDir) {\n"use strict";\nconst defs = {\n';
for (const id of order) {
  const resolve = (spec) => constTable(path.posix.normalize(path.posix.join(path.posix.dirname(id), spec)));
  const { text: body, count } = inlineConstants(texts.get(id), constTable(id), resolve);
  inlined += count;
  out += `${JSON.stringify(id)}: function (exports, require, module, __filename, __dirname) {\n${body}\n},\n`;
}
out += `};
const cache = new Map();
function load(id) {
  let m = cache.get(id);
  if (m !== undefined) return m.exports;
  const def = defs[id];
  if (def === undefined) throw new Error("minipy bundle: no module " + id);
  m = { exports: {} };
  cache.set(id, m);
  const dir = id.includes("/") ? id.slice(0, id.lastIndexOf("/")) : "";
  const req = (spec) => {
    if (!spec.startsWith(".")) return externalRequire(spec);
    const parts = (dir ? dir + "/" + spec : spec).split("/");
    const outParts = [];
    for (const p of parts) {
      if (p === "..") outParts.pop();
      else if (p !== "." && p !== "") outParts.push(p);
    }
    return load(outParts.join("/"));
  };
  def.call(m.exports, m.exports, req, m, distDir + "/" + id, distDir + (dir ? "/" + dir : ""));
  return m.exports;
}
return load;
})`;
writeFileSync(path.join(DIST, 'worker-bundle.js'), out);
console.log(`bundle-worker: ${order.length} modules, ${(out.length / 1024).toFixed(0)} KB, ${inlined} constant uses inlined`);
