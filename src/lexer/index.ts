/**
 * @fileoverview The front end's public API: parse(source, filename) → Module (ast.ts), or a PySyntaxError.
 * Pipeline: tokenize.ts (source → tokens, one grammar character each) → the ohm grammar (python.ohm, loaded from its
 * precompiled recipe by grammar.ts) → grammar.ts semantics (match → AST). Errors: see decide() below.
 */
import type { FailedMatchResult } from 'ohm-js';
import type { Module } from './ast.js';
import { diagnose } from './diagnose.js';
import { buildModule, pythonGrammar } from './grammar.js';
import { LexError, PySyntaxError } from './syntax-error.js';
import { tokenize } from './tokenize.js';

export { PySyntaxError } from './syntax-error.js';
export type { SyntaxErrorKind } from './syntax-error.js';

/** Parses a module. Throws PySyntaxError for any bad input, and nothing else. */
export function parse(source: string, filename: string): Module {
  let src = source.replace(/\r\n?/g, '\n');
  if (src.charCodeAt(0) === 0xfeff) src = src.slice(1);
  try {
    return parseNormalized(src);
  } catch (e) {
    if (e instanceof LexError) throw toPyError(e, src, filename);
    if (e instanceof PySyntaxError) throw e;
    // A bug of ours, or a JS stack overflow on absurdly nested input: still a SyntaxError for the user.
    const msg = e instanceof RangeError
      ? (/[([{]{40}/.test(src.replace(/[^()[\]{}]/g, '')) ? 'too many nested parentheses' : 'expression too deeply nested')
      : `internal parser error: ${String((e as Error)?.message ?? e)}`;
    throw new PySyntaxError('SyntaxError', msg, filename, 1, 1, lineText(src, 1));
  }
}

function parseNormalized(src: string): Module {
  const { tokens, error } = tokenize(src);
  let input = '';
  for (const t of tokens) input += t.ch;
  const match = pythonGrammar().match(input);
  if (match.succeeded()) {
    // semantic errors (bad targets...) come first: CPython finds them in the same grammar pass
    const mod = buildModule(match, tokens, src);
    if (error) throw error;
    return mod;
  }
  // As CPython: a tokenizer error the parser reached wins; a specific parser message beats a later tokenizer error;
  // a generic "invalid syntax" is replaced by any tokenizer error in the rest of the file.
  const p = (match as FailedMatchResult).getRightmostFailurePosition();
  if (error && p >= tokens.length) throw error;
  const specific = diagnose(tokens, p);
  if (specific) throw specific;
  const t = tokens[p];
  if (error && (error.unclosedLine === undefined || (t?.line ?? Infinity) > error.unclosedLine)) throw error;
  if (t !== undefined) throw new LexError('SyntaxError', 'invalid syntax', t.line, t.col, t.endLine, t.endCol);
  const last = tokens[tokens.length - 1];
  throw new LexError('SyntaxError', 'invalid syntax', last?.endLine ?? 1, last?.endCol ?? 0);
}

function lineText(src: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = src.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const end = src.indexOf('\n', start);
  return src.slice(start, end < 0 ? src.length : end);
}

function toPyError(e: LexError, src: string, filename: string): PySyntaxError {
  return new PySyntaxError(e.kind, e.msg, filename, e.line, e.col + 1, lineText(src, e.line),
    e.endLine, e.endCol === undefined ? undefined : e.endCol + 1);
}
