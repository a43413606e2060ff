/**
 * @fileoverview Source → tokens, CPython style: NEWLINE/INDENT/DEDENT (via indent.ts), implicit joining inside
 * brackets, backslash continuation, comments, names/keywords, numbers (numbers.ts), strings (strings.ts) and
 * f-strings, which are split into FSTRING_START / FSTRING_MIDDLE / '{' expression tokens '!' ':' '}' / FSTRING_END
 * the way CPython 3.12 does (PEP 701), so the grammar parses replacement fields like any other expression.
 *
 * The tokenizer stops at the first error and returns the tokens before it plus the error: parse() (index.ts) then
 * decides, as CPython does, whether the grammar's own error (earlier in the file) or the tokenizer's is reported.
 */
import type { ConstValue } from './ast.js';
import { IndentStack, measure } from './indent.js';
import { scanNumber } from './numbers.js';
import { EscapeError, decodeBytes, decodeStr, parsePrefix, type Prefix } from './strings.js';
import { LexError } from './syntax-error.js';
import {
  CH_DEDENT, CH_FEND, CH_FMIDDLE, CH_FSTART, CH_INDENT, CH_NAME, CH_NEWLINE, CH_NUMBER, CH_STRING, KW_CH, OP_CH,
  type TokKind, type Token,
} from './tokens.js';

export interface TokenizeResult {
  tokens: Token[];
  /** the first error; tokens holds everything before it */
  error: LexError | null;
}

interface Paren { ch: string; line: number; col: number; field: boolean }
/** An f-string being scanned: its literal parts are scanned by fLiteral(). */
interface FStr { t: 'fstr'; quote: string; raw: boolean; line: number; col: number }
/** A replacement field `{...}` of an f-string; spec is true once its ':' has been seen. */
interface Field { t: 'field'; depth: number; spec: boolean; fstr: FStr }

const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function isIdStart(c: string): boolean {
  if (c < '\x80') return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
  return /^[\p{ID_Start}]$/u.test(c);
}
function isIdContinue(c: string): boolean {
  if (c < '\x80') return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (c >= '0' && c <= '9');
  return /^[\p{ID_Continue}\u00b7]$/u.test(c);
}

export function tokenize(src: string): TokenizeResult {
  const t = new Tokenizer(src);
  try {
    t.run();
    return { tokens: t.tokens, error: null };
  } catch (e) {
    if (e instanceof LexError) return { tokens: t.tokens, error: e };
    throw e;
  }
}

class Tokenizer {
  tokens: Token[] = [];
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private atLineStart = true;
  private parens: Paren[] = [];
  private modes: (FStr | Field)[] = [];
  private indents = new IndentStack();

  constructor(private src: string) {}

  private col(): number { return this.pos - this.lineStart; }

  /** Call after consuming a '\n'. */
  private newLine(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  private lineLength(lineStart: number): number {
    const e = this.src.indexOf('\n', lineStart);
    return (e < 0 ? this.src.length : e) - lineStart;
  }

  private err(msg: string, line = this.line, col = this.col(), kind: LexError['kind'] = 'SyntaxError'): never {
    throw new LexError(kind, msg, line, col);
  }

  /** Pushes a token that ends at the current position. */
  private emit(kind: TokKind, ch: string, text: string, start: number, line: number, col: number,
    value?: ConstValue): Token {
    const tok: Token = {
      kind, text, ch, line, col, endLine: this.line, endCol: this.col(), start, end: this.pos,
    };
    if (value !== undefined) tok.value = value;
    this.tokens.push(tok);
    return tok;
  }

  private emitOp(op: string): void {
    const start = this.pos, col = this.col();
    this.pos += op.length;
    this.emit('op', OP_CH.get(op)!, op, start, this.line, col);
  }

  run(): void {
    const src = this.src;
    for (;;) {
      const top = this.modes[this.modes.length - 1];
      if (top !== undefined) {
        if (top.t === 'fstr') { this.fLiteral(top, null); continue; }
        if (top.spec) { this.fLiteral(top.fstr, top); continue; }
      }
      if (this.atLineStart && this.startLine()) continue;
      let c = src[this.pos];
      while (c === ' ' || c === '\t' || c === '\f') c = src[++this.pos];
      if (c === undefined) { this.eof(); return; }
      if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '\n') {
        const start = this.pos, col = this.col();
        this.pos++;
        if (this.parens.length === 0) {
          this.emit('newline', CH_NEWLINE, '\n', start, this.line, col);
          this.tokens[this.tokens.length - 1]!.endLine = this.line;
          this.tokens[this.tokens.length - 1]!.endCol = col + 1;
          this.atLineStart = true;
        }
        this.newLine();
        continue;
      }
      if (c === '\\') {
        if (src[this.pos + 1] === '\n') { this.pos += 2; this.newLine(); continue; }
        if (this.pos + 1 >= src.length) this.err('unexpected EOF while parsing', this.line, this.col() + 1);
        this.err('unexpected character after line continuation character', this.line, this.col() + 1);
      }
      if (top !== undefined && this.parens.length === top.depth && this.fieldSpecial(c, top)) continue;
      if (isIdStart(c) || (c >= '\ud800' && c <= '\udbff' && isIdStart(String.fromCodePoint(src.codePointAt(this.pos)!)))) {
        this.name();
        continue;
      }
      if ((c >= '0' && c <= '9') || (c === '.' && src[this.pos + 1]! >= '0' && src[this.pos + 1]! <= '9')) {
        const start = this.pos, col = this.col();
        const r = scanNumber(src, this.pos, this.line, this.lineStart);
        this.pos = r.end;
        this.emit('number', CH_NUMBER, src.slice(start, r.end), start, this.line, col, r.value);
        continue;
      }
      if (c === '"' || c === "'") { this.string(this.pos, { raw: false, bytes: false, f: false }); continue; }
      if (c === '(' || c === '[' || c === '{') {
        if (this.parens.length >= 200) this.err('too many nested parentheses');
        this.parens.push({ ch: c, line: this.line, col: this.col(), field: false });
        this.emitOp(c);
        continue;
      }
      if (c === ')' || c === ']' || c === '}') {
        const open = this.parens[this.parens.length - 1];
        if (open === undefined) this.err(`unmatched '${c}'`);
        if (open.field) this.err(`f-string: unmatched '${c}'`);
        if (open.ch !== CLOSER[c]) {
          const where = open.line !== this.line ? ` on line ${open.line}` : '';
          this.err(`closing parenthesis '${c}' does not match opening parenthesis '${open.ch}'${where}`);
        }
        this.parens.pop();
        this.emitOp(c);
        continue;
      }
      const op = OP_CH.has(src.substr(this.pos, 3)) ? src.substr(this.pos, 3)
        : OP_CH.has(src.substr(this.pos, 2)) ? src.substr(this.pos, 2) : OP_CH.has(c) ? c : null;
      if (op !== null) { this.emitOp(op); continue; }
      this.badChar();
    }
  }

  /**
   * At the start of a physical line outside brackets: skips blank and comment-only lines and emits INDENT/DEDENT.
   * Returns true if it consumed a blank line (the caller loops).
   */
  private startLine(): boolean {
    const src = this.src;
    const ind = measure(src, this.pos);
    const c = src[ind.end];
    if (c === '#' || c === '\n') {
      let p = ind.end;
      while (p < src.length && src[p] !== '\n') p++;
      this.pos = p;
      if (p < src.length) { this.pos++; this.newLine(); }
      return p < src.length;
    }
    this.pos = ind.end;
    this.atLineStart = false;
    if (c === undefined) return false;
    const delta = this.indents.change(ind, this.line, this.lineLength(this.lineStart));
    const col = this.col();
    if (delta > 0) this.emit('indent', CH_INDENT, '', this.pos, this.line, col);
    for (let k = 0; k < -delta; k++) this.emit('dedent', CH_DEDENT, '', this.pos, this.line, col);
    return false;
  }

  private eof(): void {
    const fs = this.modes.find((m): m is FStr => m.t === 'fstr');
    if (fs !== undefined) {
      const triple = fs.quote.length === 3 ? 'triple-quoted ' : '';
      this.err(`unterminated ${triple}f-string literal (detected at line ${this.line})`, fs.line, fs.col);
    }
    const open = this.parens[this.parens.length - 1];
    if (open !== undefined) {
      const e = new LexError('SyntaxError', `'${open.ch}' was never closed`, open.line, open.col);
      e.unclosedLine = open.line;
      throw e;
    }
    const last = this.tokens[this.tokens.length - 1];
    if (last !== undefined && last.kind !== 'newline' && last.kind !== 'dedent') {
      this.emit('newline', CH_NEWLINE, '', this.pos, this.line, this.col());
    }
    const col = this.col();
    for (let k = this.indents.depth; k > 0; k--) this.emit('dedent', CH_DEDENT, '', this.pos, this.line, col);
  }

  private badChar(): never {
    const cp = this.src.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    if (cp === 0) this.err('source code cannot contain null bytes');
    if (cp < 0x80) this.err('invalid syntax');
    if (/^[\p{C}\p{Z}]$/u.test(ch)) this.err(`invalid non-printable character U+${hex}`);
    this.err(`invalid character '${ch}' (U+${hex})`);
  }

  private name(): void {
    const src = this.src;
    const start = this.pos, col = this.col();
    let ascii = true;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (c < '\x80') {
        if (!isIdContinue(c)) break;
        this.pos++;
      } else {
        const cp = src.codePointAt(this.pos)!;
        if (!isIdContinue(String.fromCodePoint(cp))) break;
        ascii = false;
        this.pos += cp > 0xffff ? 2 : 1;
      }
    }
    let word = src.slice(start, this.pos);
    const next = src[this.pos];
    if ((next === '"' || next === "'") && word.length <= 2) {
      const prefix = parsePrefix(word);
      if (prefix !== null) { this.string(start, prefix); return; }
    }
    if (!ascii) word = word.normalize('NFKC');
    const kw = KW_CH.get(word);
    if (kw !== undefined) this.emit('kw', kw, word, start, this.line, col);
    else this.emit('name', CH_NAME, word, start, this.line, col);
  }

  /** A string literal whose prefix starts at `start`; this.pos is at the opening quote. */
  private string(start: number, prefix: Prefix): void {
    const src = this.src;
    const line = this.line, col = start - this.lineStart;
    const q = src[this.pos]!;
    const quote = src.startsWith(q + q + q, this.pos) ? q + q + q : q;
    this.pos += quote.length;
    if (prefix.f) {
      this.emit('fstart', CH_FSTART, src.slice(start, this.pos), start, line, col);
      this.modes.push({ t: 'fstr', quote, raw: prefix.raw, line, col });
      return;
    }
    const bodyStart = this.pos;
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) this.unterminated(quote, line, col);
      if (c === '\\') {
        this.pos++;
        if (src[this.pos] === '\n') { this.pos++; this.newLine(); }
        else if (this.pos < src.length) this.pos++;
        continue;
      }
      if (c === '\n') {
        if (quote.length === 1) this.unterminated(quote, line, col);
        this.pos++;
        this.newLine();
        continue;
      }
      if (c === q && src.startsWith(quote, this.pos)) break;
      this.pos++;
    }
    const body = src.slice(bodyStart, this.pos);
    this.pos += quote.length;
    let value: ConstValue;
    try {
      value = prefix.bytes ? { kind: 'bytes', value: decodeBytes(body, prefix.raw) }
        : { kind: 'str', value: decodeStr(body, prefix.raw) };
    } catch (e) {
      // CPython puts the caret just past the literal
      if (e instanceof EscapeError) {
        if (e.pos < 0) this.err(e.msg, line, col);
        this.err(e.msg, this.line, this.col());
      }
      throw e;
    }
    this.emit('string', CH_STRING, src.slice(start, this.pos), start, line, col, value);
  }

  private unterminated(quote: string, line: number, col: number): never {
    const what = quote.length === 3 ? 'triple-quoted string literal' : 'string literal';
    // CPython counts the line the EOF is on, not an empty one after a final newline
    const at = quote.length === 3 ? this.line - (this.src.endsWith('\n') ? 1 : 0) : line;
    this.err(`unterminated ${what} (detected at line ${at})`, line, col);
  }

  /**
   * Inside a replacement field at its own bracket depth, '}' ends the field, ':' starts the format spec, '!' a
   * conversion and a lone '=' the self-documenting form. Returns true if it consumed `c`.
   */
  private fieldSpecial(c: string, field: Field): boolean {
    const next = this.src[this.pos + 1];
    if (c === '}') {
      this.parens.pop();
      this.modes.pop();
      this.emitOp('}');
      return true;
    }
    if (c === ':') {
      field.spec = true;
      this.emitOp(':');
      return true;
    }
    if ((c === '!' || c === '=') && next !== '=') {
      this.emitOp(c);
      return true;
    }
    return false;
  }

  /**
   * Scans literal text of an f-string (or of a format spec when `field` is given) up to the next replacement
   * field, the end of the spec, or the closing quote, emitting FSTRING_MIDDLE / '{' / '}' / FSTRING_END.
   */
  private fLiteral(fs: FStr, field: Field | null): void {
    const src = this.src;
    const start = this.pos, line = this.line, col = this.col();
    let buf = '';
    const flush = (): void => {
      if (buf === '') return;
      let value: string;
      try {
        value = decodeStr(buf, fs.raw);
      } catch (e) {
        if (e instanceof EscapeError) this.err(e.msg, line, col);
        throw e;
      }
      this.emit('fmiddle', CH_FMIDDLE, src.slice(start, this.pos), start, line, col, { kind: 'str', value });
    };
    for (;;) {
      const c = src[this.pos];
      if (c === undefined) {
        const triple = fs.quote.length === 3 ? 'triple-quoted ' : '';
        this.err(`unterminated ${triple}f-string literal (detected at line ${this.line})`, fs.line, fs.col);
      }
      if (c === fs.quote[0] && src.startsWith(fs.quote, this.pos)) {
        if (field !== null) this.err("f-string: expecting '}'");
        flush();
        const s = this.pos, sc = this.col();
        this.pos += fs.quote.length;
        this.emit('fend', CH_FEND, fs.quote, s, this.line, sc);
        this.modes.pop();
        return;
      }
      if (c === '\n') {
        if (fs.quote.length === 1) this.err(`unterminated f-string literal (detected at line ${this.line})`, fs.line, fs.col);
        buf += c;
        this.pos++;
        this.newLine();
        continue;
      }
      if (c === '\\') {
        const n = src[this.pos + 1];
        if (!fs.raw && n === 'N' && src[this.pos + 2] === '{') {
          const close = src.indexOf('}', this.pos);
          const e = close < 0 ? src.length : close + 1;
          buf += src.slice(this.pos, e);
          this.pos = e;
          continue;
        }
        if (n === '{' || n === '}' || n === undefined) { buf += c; this.pos++; continue; }
        buf += c + n;
        this.pos += 2;
        if (n === '\n') this.newLine();
        continue;
      }
      if (c === '{') {
        if (field === null && src[this.pos + 1] === '{') { buf += '{'; this.pos += 2; continue; }
        flush();
        this.parens.push({ ch: '{', line: this.line, col: this.col(), field: true });
        this.emitOp('{');
        this.modes.push({ t: 'field', depth: this.parens.length, spec: false, fstr: fs });
        return;
      }
      if (c === '}') {
        if (field === null && src[this.pos + 1] === '}') { buf += '}'; this.pos += 2; continue; }
        if (field === null) this.err("f-string: single '}' is not allowed");
        flush();
        this.parens.pop();
        this.modes.pop();
        this.emitOp('}');
        return;
      }
      buf += c;
      this.pos++;
    }
  }
}
