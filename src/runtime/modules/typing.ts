/**
 * @fileoverview The typing module: Python source (py/typing_py.ts) run in the module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { TYPING_PY } from './py/typing_py.js';

registerModule('typing', (_m, d) => {
  execCode(compileSource(TYPING_PY, '<frozen typing>'), d, d);
});
