/**
 * @fileoverview `minipy dis`: prints a CodeSpec the way CPython 3.12's `dis.dis` does (line, `>>` jump-target
 * marker, offset, opname, argument, argument meaning; then the exception table), and then every nested code
 * object in const order, depth first. Offsets are instruction indexes (minipy jumps are absolute indexes).
 * Everything about an opcode (its name, what its argument means) comes from the table in opcodes.ts: there is
 * no per-opcode switch here.
 */
import type { CodeConst, CodeSpec } from '../compiler/codespec.js';
import { OPS, BINARY_OPS, COMPARE_OPS, type ArgKind } from './opcodes.js';

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
    else if (c >= 0x80 && c <= 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function reprBytes(b: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

/** Python's repr() of a float: shortest round-trip digits, exponent form outside 1e-4 <= |v| < 1e16. */
export function reprFloat(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  const [mant, expStr] = Math.abs(v).toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('.', '');
  if (exp >= -4 && exp < 16) {
    let s: string;
    if (exp < 0) {
      s = '0.' + '0'.repeat(-exp - 1) + digits;
    } else if (digits.length <= exp + 1) {
      s = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    } else {
      s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
    }
    return sign + s;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

export function codeRepr(c: CodeSpec): string {
  return `<code object ${c.name}, file "${c.filename}", line ${c.firstlineno}>`;
}

/** Python's repr() of a constant. */
export function reprConst(c: CodeConst): string {
  switch (c.kind) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return c.value ? 'True' : 'False';
    case 'int': return c.value.toString();
    case 'float': return reprFloat(c.value);
    case 'complex': {
      const f = reprFloat(c.imag);
      return (f.endsWith('.0') ? f.slice(0, -2) : f) + 'j';
    }
    case 'str': return reprStr(c.value);
    case 'bytes': return reprBytes(c.value);
    case 'tuple':
      return '(' + c.items.map(reprConst).join(', ') + (c.items.length === 1 ? ',)' : ')');
    case 'frozenset':
      return c.items.length ? 'frozenset({' + c.items.map(reprConst).join(', ') + '})' : 'frozenset()';
    case 'code': return codeRepr(c.code);
  }
}

/** The meaning of an argument, by the opcode table's ArgKind; '' when there is nothing to add. */
function argRepr(code: CodeSpec, kind: ArgKind, arg: number): string {
  switch (kind) {
    case 'const': return arg < code.consts.length ? reprConst(code.consts[arg]) : '?';
    case 'name': return code.names[arg] ?? '?';
    case 'local': return code.varnames[arg] ?? '?';
    case 'cell': return [...code.cellvars, ...code.freevars][arg] ?? '?';
    case 'jump': return `to ${arg}`;
    case 'binop': return BINARY_OPS[arg] ?? '?';
    case 'cmpop': return COMPARE_OPS[arg] ?? '?';
    case 'count':
    case 'flags':
    case 'none':
      return '';
  }
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;

function disassembleOne(code: CodeSpec, out: string[]): void {
  const n = code.code.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const op = code.code[i] & 0xff;
    if (OPS[op]?.arg === 'jump') targets.add(code.code[i] >>> 8);
  }
  for (const e of code.exceptiontable) targets.add(e.target);
  let maxLine = 0;
  for (const l of code.lines) maxLine = Math.max(maxLine, l);
  const lineWidth = Math.max(3, String(maxLine).length);
  const offWidth = Math.max(4, String(n).length);
  let prevLine = -1;
  for (let i = 0; i < n; i++) {
    const word = code.code[i];
    const op = word & 0xff;
    const arg = word >>> 8;
    const info = OPS[op];
    const line = code.lines[i];
    const fields: string[] = [];
    if (line !== prevLine) {
      if (i > 0) out.push('');
      fields.push(String(line).padStart(lineWidth));
      prevLine = line;
    } else {
      fields.push(' '.repeat(lineWidth));
    }
    fields.push('   ');
    fields.push(targets.has(i) ? '>>' : '  ');
    fields.push(String(i).padStart(offWidth));
    if (!info) {
      fields.push(`<${op}>`);
    } else {
      fields.push(info.name.padEnd(OPNAME_WIDTH));
      if (info.arg !== 'none') {
        fields.push(String(arg).padStart(OPARG_WIDTH));
        const r = argRepr(code, info.arg, arg);
        if (r) fields.push(`(${r})`);
      }
    }
    out.push(fields.join(' ').trimEnd());
  }
  if (code.exceptiontable.length) {
    out.push('ExceptionTable:');
    for (const e of code.exceptiontable) {
      out.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
}

/** The top code object, then each nested code object (const order, depth first) under a header. */
export function disassemble(code: CodeSpec): string {
  const out: string[] = [];
  const walk = (c: CodeSpec, top: boolean): void => {
    if (!top) {
      out.push('');
      out.push(`Disassembly of ${codeRepr(c)}:`);
    }
    disassembleOne(c, out);
    for (const k of c.consts) if (k.kind === 'code') walk(k.code, false);
  };
  walk(code, true);
  return out.join('\n') + '\n';
}
