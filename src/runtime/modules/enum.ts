/**
 * @fileoverview The enum module: Python source (py/enum_py.ts) run in the module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { ENUM_PY } from './py/enum_py.js';

registerModule('enum', (_m, d) => {
  execCode(compileSource(ENUM_PY, '<frozen enum>'), d, d);
});
