/**
 * @fileoverview The heapq and bisect modules: Python source (py/heapq_py.ts) run in the module's namespace.
 */
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { HEAPQ_PY, BISECT_PY } from './py/heapq_py.js';

registerModule('heapq', (_m, d) => {
  execCode(compileSource(HEAPQ_PY, '<frozen heapq>'), d, d);
});

registerModule('bisect', (_m, d) => {
  execCode(compileSource(BISECT_PY, '<frozen bisect>'), d, d);
});
