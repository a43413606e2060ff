// src/ is compiled to CommonJS (tsconfig.json, scripts/dist-cjs.js), where an import becomes a require() at the
// place it is written. An ES module hoists every import above the module's code, but a require() after code runs
// late, and in an import cycle the code before it then sees the other module half-loaded ("X is not a function"
// at startup). So every value import must come before the first statement that is not an import.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** value imports that follow a statement other than an import: "file:line" */
function lateImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  let codeSeen = false;
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st)) { codeSeen = true; continue; }
    if (codeSeen && !st.importClause?.isTypeOnly) {
      out.push(`${file}:${sf.getLineAndCharacterOfPosition(st.getStart()).line + 1}`);
    }
  }
  return out;
}

describe('src/ module layout', () => {
  test('every import comes before the module code', () => {
    expect(tsFiles(SRC).flatMap((f) => lateImports(f))).toEqual([]);
  });
  test('the check finds a late import, and lets a late type-only one pass', () => {
    const text = "import { a } from './a.js';\nconst b = a;\nimport { c } from './c.js';\nimport type { D } from './d.js';\n";
    expect(lateImports('x.ts', text)).toEqual(['x.ts:3']);
  });
});
