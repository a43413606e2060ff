/**
 * @fileoverview The functools module: Python source (py/functools_py.ts) run in the module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { installModuleBuiltins } from '../builtinfn.js';
import { FUNCTOOLS_PY } from './py/functools_py.js';

registerModule('functools', (_m, d) => {
  installModuleBuiltins('functools', d);
  execCode(compileSource(FUNCTOOLS_PY, '<frozen functools>'), d, d);
});
