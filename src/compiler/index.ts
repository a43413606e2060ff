/**
 * @fileoverview The compiler's public API: a parsed Module in, a CodeSpec (codespec.ts) out. Syntax errors the
 * parser cannot see (return outside a function, nonlocal without a binding, ...) are thrown as PySyntaxError.
 */
import type { Module } from '../lexer/ast.js';
import type { CodeSpec } from './codespec.js';
import { CodeGen } from './codegen.js';

export type { CodeSpec, CodeConst, ExceptionEntry } from './codespec.js';

export function compile(mod: Module, filename: string, kind: 'exec' = 'exec'): CodeSpec {
  void kind;
  return new CodeGen(mod, filename).compileModule(mod);
}
