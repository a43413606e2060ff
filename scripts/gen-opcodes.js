#!/usr/bin/env node
// Writes src/vm/opcodes.generated.ts and docs/opcodes.md from the opcode table (via the built dist/).
// Run after changing src/vm/opcodes.ts:  npm run build && node scripts/gen-opcodes.js && npm run build
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderGenerated, renderDoc } from '../dist/vm/opcodes-gen.js';
const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(root + 'src/vm/opcodes.generated.ts', renderGenerated());
writeFileSync(root + 'docs/opcodes.md', renderDoc());
console.log('wrote src/vm/opcodes.generated.ts and docs/opcodes.md');
