/**
 * @fileoverview PySyntaxError: the only exception parse() lets escape. It carries what CPython's SyntaxError
 * carries (msg, filename, lineno, 1-based offset, the source line) so the CLI can print CPython's caret format.
 */

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  /** 1-based line */
  lineno: number;
  /** 1-based column of the caret, as CPython's SyntaxError.offset */
  offset: number;
  endLineno?: number;
  /** 1-based, exclusive (CPython's end_offset) */
  endOffset?: number;
  /** the source line the error is on, without its line terminator */
  text: string;

  constructor(kind: SyntaxErrorKind, msg: string, filename: string, lineno: number, offset: number, text: string,
    endLineno?: number, endOffset?: number) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = kind;
    this.kind = kind;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    if (endLineno !== undefined) this.endLineno = endLineno;
    if (endOffset !== undefined) this.endOffset = endOffset;
  }
}

/**
 * A position-only error raised inside the front end before the filename and source lines are known;
 * index.ts turns it into a PySyntaxError. line is 1-based, col 0-based.
 */
export class LexError {
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public line: number,
    public col: number,
    public endLine?: number,
    public endCol?: number,
  ) {}
  /** for "'(' was never closed": the line of the bracket (CPython reports it only past that line) */
  unclosedLine?: number;
}
