/**
 * @fileoverview CPython's report for a SyntaxError raised while compiling: file, line, the source line with a
 * caret under the offending column, and `SyntaxError: message`.
 */
import type { PySyntaxError } from '../lexer/syntax-error.js';

export function formatSyntaxError(e: Pick<PySyntaxError, 'filename' | 'lineno' | 'offset' | 'text' | 'msg'>
  & { kind: string; endOffset?: number }): string {
  let out = '';
  const text = e.text ?? '';
  out += `  File "${e.filename}", line ${e.lineno}\n`;
  if (text.trim() !== '') {
    const stripped = text.replace(/\n$/, '');
    const lead = stripped.length - stripped.trimStart().length;
    out += `    ${stripped.trim()}\n`;
    if (e.offset !== undefined && e.offset !== null && e.offset > 0) {
      const start = Math.max(0, e.offset - 1 - lead);
      const end = e.endOffset && e.endOffset > e.offset ? e.endOffset - 1 - lead : start + 1;
      out += '    ' + ' '.repeat(start) + '^'.repeat(Math.max(1, end - start)) + '\n';
    }
  }
  out += `${e.kind}: ${e.msg}\n`;
  return out;
}

