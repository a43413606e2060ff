/**
 * @fileoverview Turns a failed grammar match into CPython's message. CPython's PEG parser runs a second pass with
 * its invalid_* rules to find a specific message; we look at the tokens around ohm's rightmost failure instead.
 * Returns null when nothing specific applies: the caller then reports a pending tokenizer error, or "invalid syntax".
 */
import { LexError } from './syntax-error.js';
import type { Token } from './tokens.js';

/** Keywords that start a compound statement header, and how CPython names them in "after X on line N". */
const HEADERS: Record<string, string> = {
  if: "'if' statement", elif: "'elif' statement", else: "'else' statement", while: "'while' statement",
  for: "'for' statement", with: "'with' statement", try: "'try' statement", except: "'except' statement",
  finally: "'finally' statement", def: 'function definition', class: 'class definition',
};

/** Index of the first token of the logical line containing token i. */
function lineStart(toks: Token[], i: number): number {
  let j = Math.min(i, toks.length) - 1;
  while (j >= 0 && toks[j]!.kind !== 'newline' && toks[j]!.kind !== 'indent' && toks[j]!.kind !== 'dedent') j--;
  return j + 1;
}

/** Can token t end an expression / begin one (for "Perhaps you forgot a comma?")? */
function endsExpr(t: Token): boolean {
  return t.kind === 'name' || t.kind === 'number' || t.kind === 'string' || t.kind === 'fend'
    || (t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '}' || t.text === '...'))
    || (t.kind === 'kw' && (t.text === 'True' || t.text === 'False' || t.text === 'None'));
}
function beginsExpr(t: Token): boolean {
  return t.kind === 'name' || t.kind === 'number' || t.kind === 'string' || t.kind === 'fstart'
    || (t.kind === 'op' && (t.text === '(' || t.text === '[' || t.text === '{' || t.text === '...'))
    || (t.kind === 'kw' && (t.text === 'True' || t.text === 'False' || t.text === 'None' || t.text === 'lambda'));
}

function errTok(msg: string, t: Token, kind: LexError['kind'] = 'SyntaxError'): LexError {
  return new LexError(kind, msg, t.line, t.col, t.endLine, t.endCol);
}

/** Bracket depth just before token p within its logical line. */
function depthAt(toks: Token[], start: number, p: number): number {
  let d = 0;
  for (let i = start; i < p; i++) {
    const t = toks[i]!;
    if (t.kind !== 'op') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') d++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') d--;
  }
  return d;
}

export function diagnose(toks: Token[], p: number): LexError | null {
  const t = toks[p];
  const prev = toks[p - 1];
  // a block was expected after "header:" NEWLINE
  if (prev?.kind === 'newline' && toks[p - 2]?.kind === 'op' && toks[p - 2]!.text === ':' && t?.kind !== 'indent') {
    const first = toks[lineStart(toks, p - 1)];
    if (first !== undefined && HEADERS[first.text] !== undefined && first.kind === 'kw') {
      const at = t ?? prev;
      return errTok(`expected an indented block after ${HEADERS[first.text]} on line ${first.line}`, at,
        'IndentationError');
    }
  }
  // try: block closed without except/finally
  if (prev?.kind === 'dedent' && !(t?.kind === 'kw' && (t.text === 'except' || t.text === 'finally'))) {
    let k = 0;
    while (toks[p - 1 - k]?.kind === 'dedent') k++;
    let d = k;
    for (let i = p - 1 - k; i >= 0; i--) {
      const x = toks[i]!;
      if (x.kind === 'dedent') d++;
      else if (x.kind === 'indent' && --d === 0) {
        const h = toks[lineStart(toks, i - 1)];
        if (h?.kind === 'kw' && h.text === 'try') return errTok("expected 'except' or 'finally' block", t ?? prev);
        break;
      }
    }
  }
  if (t === undefined) return null;
  if (t.kind === 'indent') {
    return new LexError('IndentationError', 'unexpected indent', t.line, Math.max(0, t.col - 1));
  }
  if (t.kind === 'dedent') {
    return new LexError('IndentationError', 'unexpected unindent', t.line, t.col);
  }
  const s = lineStart(toks, p);
  const first = toks[s]!;
  // "if x" NEWLINE
  if (t.kind === 'newline' && first.kind === 'kw' && HEADERS[first.text] !== undefined && depthAt(toks, s, p) === 0) {
    let colon = false;
    for (let i = s; i < p; i++) if (toks[i]!.kind === 'op' && toks[i]!.text === ':') colon = true;
    if (!colon || first.text === 'def' || first.text === 'class') return errTok("expected ':'", t);
  }
  if (prev === undefined) return null;
  // else if x:
  if (t.kind === 'kw' && t.text === 'if' && prev.kind === 'kw' && prev.text === 'else') return errTok("expected ':'", t);
  // f(a.b=1)
  if (t.kind === 'op' && t.text === '=' && depthAt(toks, s, p) > 0) {
    let i = p - 1, d = 0;
    for (; i > s; i--) {
      const x = toks[i]!;
      if (x.kind !== 'op') continue;
      if (x.text === ')' || x.text === ']' || x.text === '}') d++;
      else if (x.text === '(' || x.text === '[' || x.text === '{') { if (d === 0) break; d--; }
      else if (x.text === ',' && d === 0) break;
    }
    const a = toks[i + 1]!;
    return new LexError('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?',
      a.line, a.col, prev.endLine, prev.endCol);
  }
  // from x import a,
  if (t.kind === 'newline' && prev.kind === 'op' && prev.text === ',' && first.kind === 'kw' && first.text === 'from'
    && depthAt(toks, s, p) === 0) {
    return errTok('trailing comma not allowed without surrounding parentheses', t);
  }
  // print 'x'
  if (p - 1 === s && prev.kind === 'name' && (prev.text === 'print' || prev.text === 'exec') && beginsExpr(t)) {
    let e = p;
    while (toks[e + 1] !== undefined && toks[e + 1]!.kind !== 'newline') e++;
    const end = toks[e]!;
    return new LexError('SyntaxError', `Missing parentheses in call to '${prev.text}'. Did you mean ${prev.text}(...)?`,
      prev.line, prev.col, end.endLine, end.endCol);
  }
  // if x = 1:
  if (t.kind === 'op' && t.text === '=' && first.kind === 'kw' && ['if', 'elif', 'while'].includes(first.text)
    && prev.kind === 'name' && depthAt(toks, s, p) === 0) {
    const nx = toks[p + 1] ?? t;
    return new LexError('SyntaxError', "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      prev.line, prev.col, nx.endLine, nx.endCol);
  }
  // except A, B:
  if (t.kind === 'op' && t.text === ',' && first.kind === 'kw' && first.text === 'except' && depthAt(toks, s, p) === 0) {
    let e = p;
    while (toks[e + 1] !== undefined && !(toks[e + 1]!.kind === 'op' && toks[e + 1]!.text === ':') && toks[e + 1]!.kind !== 'newline') e++;
    const a = toks[s + 1]!, b = toks[e]!;
    return new LexError('SyntaxError', 'multiple exception types must be parenthesized', a.line, a.col, b.endLine, b.endCol);
  }
  // f'{}'
  if (t.kind === 'op' && t.text === '}' && prev.kind === 'op' && prev.text === '{') {
    return errTok("f-string: valid expression required before '}'", t);
  }
  // x = 5 if y
  const ifExp = findIfWithoutElse(toks, s, p);
  if (ifExp !== null) return errTok("expected 'else' after 'if' expression", ifExp);
  // [a b]
  if (endsExpr(prev) && beginsExpr(t) && prev.line === t.line && depthAt(toks, s, p) > 0
    && !(first.kind === 'kw' && first.text === 'def' && depthAt(toks, s, p) === 1)
    && !(prev.kind === 'name' && (t.kind === 'string' || t.kind === 'fstart'))) {
    return new LexError('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?', prev.line, prev.col, t.endLine, t.endCol);
  }
  return null;
}

const EXPR_STARTERS = new Set(['(', '[', '{', ',', '=', ':', ':=', 'return', 'yield', 'in', 'assert', 'del', 'print']);

/**
 * For "expected 'else' after 'if' expression": an `if` inside an expression (not a statement's, not a
 * comprehension's) at the failure's bracket depth with no `else` after it. Returns the first token of the
 * expression before that `if` (where CPython puts the caret), or null.
 */
function findIfWithoutElse(toks: Token[], s: number, p: number): Token | null {
  const depth = depthAt(toks, s, p);
  let d = depth;
  // walk back to the opener of the current bracket (or the line start), looking at tokens of depth `depth` only
  for (let j = p - 1; j > s; j--) {
    const x = toks[j]!;
    if (x.kind === 'op' && (x.text === ')' || x.text === ']' || x.text === '}')) { d++; continue; }
    if (x.kind === 'op' && (x.text === '(' || x.text === '[' || x.text === '{')) {
      d--;
      if (d < depth) return null;
      continue;
    }
    if (d !== depth) continue;
    if (x.kind === 'kw' && (x.text === 'else' || x.text === 'for' || x.text === 'lambda')) return null;
    if (x.kind === 'kw' && x.text === 'if') {
      let k = j - 1, kd = 0;
      for (; k > s; k--) {
        const y = toks[k]!;
        if (y.kind === 'op' && (y.text === ')' || y.text === ']' || y.text === '}')) { kd++; continue; }
        if (y.kind === 'op' && (y.text === '(' || y.text === '[' || y.text === '{')) { if (kd === 0) break; kd--; continue; }
        if (kd > 0) continue;
        if (y.kind === 'kw' && y.text === 'for') return null;
        if ((y.kind === 'op' || y.kind === 'kw') && EXPR_STARTERS.has(y.text)) break;
      }
      return k + 1 < j ? toks[k + 1]! : null;
    }
  }
  return null;
}
