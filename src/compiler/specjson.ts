/**
 * @fileoverview CodeSpec to JSON and back, for the frozen modules' code cache (vm/frozen-cache.ts): the library
 * modules minipy writes in Python (threading, collections, ...) are compiled once at build time, as CPython
 * freezes its own start-up modules, instead of being parsed at every import (ohm parses ~1 ms per 3 lines).
 * JSON cannot hold bigints, -0, NaN, infinities, Int32Arrays or bytes: those are tagged objects.
 */
import type { CodeSpec, CodeConst } from './codespec.js';

type J = null | boolean | number | string | J[] | { [k: string]: J };

function constOut(c: CodeConst): J {
  switch (c.kind) {
    case 'int': return { kind: 'int', value: c.value.toString() };
    case 'float': return { kind: 'float', value: Object.is(c.value, -0) ? '-0' : String(c.value) };
    case 'complex': return { kind: 'complex', imag: Object.is(c.imag, -0) ? '-0' : String(c.imag) };
    case 'bytes': return { kind: 'bytes', value: Array.from(c.value) };
    case 'tuple': case 'frozenset': return { kind: c.kind, items: c.items.map(constOut) };
    case 'code': return { kind: 'code', code: specOut(c.code) };
    default: return c as unknown as J;
  }
}

function constIn(j: { [k: string]: J }): CodeConst {
  switch (j.kind) {
    case 'int': return { kind: 'int', value: BigInt(j.value as string) };
    case 'float': return { kind: 'float', value: Number(j.value as string) };
    case 'complex': return { kind: 'complex', imag: Number(j.imag as string) };
    case 'bytes': return { kind: 'bytes', value: Uint8Array.from(j.value as number[]) };
    case 'tuple': case 'frozenset':
      return { kind: j.kind, items: (j.items as { [k: string]: J }[]).map(constIn) };
    case 'code': return { kind: 'code', code: specIn(j.code as { [k: string]: J }) };
    default: return j as unknown as CodeConst;
  }
}

function specOut(s: CodeSpec): J {
  return {
    ...(s as unknown as { [k: string]: J }),
    consts: s.consts.map(constOut),
    code: Array.from(s.code),
    lines: Array.from(s.lines),
    positions: s.positions ? Array.from(s.positions) : null,
    exceptiontable: s.exceptiontable as unknown as J,
  };
}

function specIn(j: { [k: string]: J }): CodeSpec {
  return {
    ...(j as unknown as CodeSpec),
    consts: (j.consts as { [k: string]: J }[]).map(constIn),
    code: Int32Array.from(j.code as number[]),
    lines: Int32Array.from(j.lines as number[]),
    positions: j.positions ? Int32Array.from(j.positions as number[]) : undefined,
  };
}

export function specToJson(s: CodeSpec): string {
  return JSON.stringify(specOut(s));
}

export function specFromJson(text: string): CodeSpec {
  return specIn(JSON.parse(text) as { [k: string]: J });
}

/** a 32-bit FNV-1a of a string (with its length): tells a cached spec from a stale one */
export function sourceHash(s: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16) + '-' + s.length.toString(16);
}
