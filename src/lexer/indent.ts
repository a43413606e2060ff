/**
 * @fileoverview Indentation bookkeeping for the tokenizer, CPython's rules: a tab advances the column to the next
 * multiple of 8, a form feed resets it, and a second "alternate" column counting every tab as 1 must order the
 * lines the same way, else the indentation depends on the tab size (TabError). The tokenizer emits INDENT/DEDENT
 * tokens (U+FDD0/U+FDD1 in the grammar's input) from what measure() and IndentStack.change() return.
 */
import { LexError } from './syntax-error.js';

export interface Indentation {
  /** column with tabs to multiples of 8 */
  col: number;
  /** column with tabs counted as 1 */
  alt: number;
  /** source offset of the first non-blank character */
  end: number;
}

/** Measures the indentation of the line starting at src[pos]. */
export function measure(src: string, pos: number): Indentation {
  let col = 0, alt = 0;
  for (;;) {
    const c = src[pos];
    if (c === ' ') { col++; alt++; }
    else if (c === '\t') { col = (Math.floor(col / 8) + 1) * 8; alt++; }
    else if (c === '\f') { col = 0; alt = 0; }
    else break;
    pos++;
  }
  return { col, alt, end: pos };
}

export class IndentStack {
  private cols: number[] = [0];
  private alts: number[] = [0];

  get depth(): number { return this.cols.length - 1; }

  /**
   * Applies a logical line's indentation. Returns +1 (one INDENT), 0, or -k (k DEDENTs).
   * line/lineLen locate errors (CPython puts them at the end of the offending line).
   */
  change(ind: Indentation, line: number, lineLen: number): number {
    const top = this.cols[this.cols.length - 1]!;
    const altTop = this.alts[this.alts.length - 1]!;
    const tabError = () => new LexError('TabError', 'inconsistent use of tabs and spaces in indentation', line, 0);
    if (ind.col === top) {
      if (ind.alt !== altTop) throw tabError();
      return 0;
    }
    if (ind.col > top) {
      if (ind.alt <= altTop) throw tabError();
      if (this.cols.length > 100) {
        throw new LexError('IndentationError', 'too many levels of indentation', line, ind.col);
      }
      this.cols.push(ind.col);
      this.alts.push(ind.alt);
      return 1;
    }
    let k = 0;
    while (this.cols.length > 1 && ind.col < this.cols[this.cols.length - 1]!) {
      this.cols.pop();
      this.alts.pop();
      k++;
    }
    if (ind.col !== this.cols[this.cols.length - 1]) {
      throw new LexError('IndentationError', 'unindent does not match any outer indentation level', line, lineLen);
    }
    if (ind.alt !== this.alts[this.alts.length - 1]) throw tabError();
    return -k;
  }
}
