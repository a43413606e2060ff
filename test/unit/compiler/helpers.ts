// Test helpers for the compiler: source → CodeSpec, and the opcode-name view of a code object (Lua's code.lua
// style: tests assert the instruction sequence a snippet compiles to).
import { parse } from '../../../src/lexer/index.js';
import { compile } from '../../../src/compiler/index.js';
import type { CodeSpec } from '../../../src/compiler/codespec.js';
import { OPS } from '../../../src/vm/opcodes.js';
import { reprConst } from '../../../src/vm/dis.js';

export function compileSrc(src: string): CodeSpec {
  return compile(parse(src, 'x.py'), 'x.py');
}

/** the nested code object called `name` (depth-first), or the module itself */
export function codeNamed(top: CodeSpec, name?: string): CodeSpec {
  if (name === undefined) return top;
  const walk = (c: CodeSpec): CodeSpec | null => {
    if (c.name === name) return c;
    for (const k of c.consts) {
      if (k.kind === 'code') {
        const r = walk(k.code);
        if (r) return r;
      }
    }
    return null;
  };
  const r = walk(top);
  if (!r) throw new Error(`no code object ${name}`);
  return r;
}

/** opcode names of a code object, without the leading RESUME 0 */
export function opnames(src: string, name?: string): string[] {
  const c = codeNamed(compileSrc(src), name);
  return Array.from(c.code, (w) => OPS[w & 0xff].name).slice(1);
}

/** `NAME arg-meaning` per instruction (no leading RESUME): names, consts, locals, jump targets as `to N` */
export function ops(src: string, name?: string): string[] {
  const c = codeNamed(compileSrc(src), name);
  return Array.from(c.code, (w) => {
    const info = OPS[w & 0xff];
    const arg = w >>> 8;
    switch (info.arg) {
      case 'none': return info.name;
      case 'const': return `${info.name} ${reprConst(c.consts[arg])}`;
      case 'name': return `${info.name} ${c.names[arg]}`;
      case 'local': return `${info.name} ${c.varnames[arg]}`;
      case 'cell': return `${info.name} ${[...c.cellvars, ...c.freevars][arg]}`;
      case 'jump': return `${info.name} to ${arg}`;
      default: return `${info.name} ${arg}`;
    }
  }).slice(1);
}
