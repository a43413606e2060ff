/**
 * @fileoverview The itertools module: Python source (py/itertools_py.ts) run in the module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { installModuleBuiltins } from '../builtinfn.js';
import { ITERTOOLS_PY } from './py/itertools_py.js';

registerModule('itertools', (_m, d) => {
  installModuleBuiltins('itertools', d);
  execCode(compileSource(ITERTOOLS_PY, '<frozen itertools>'), d, d);
});
