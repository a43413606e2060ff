/**
 * @fileoverview The operator, string, copy and contextlib modules: Python source (py/small_py.ts) run in the
 * module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { OPERATOR_PY, STRING_PY, COPY_PY, CONTEXTLIB_PY } from './py/small_py.js';

for (const [name, src] of [['operator', OPERATOR_PY], ['string', STRING_PY], ['copy', COPY_PY], ['contextlib', CONTEXTLIB_PY]]) {
  registerModule(name, (_m, d) => { execCode(compileSource(src, `<frozen ${name}>`), d, d); });
}
