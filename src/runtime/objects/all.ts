/**
 * @fileoverview Imports every object-type module for its side effects (slot registration, builtin methods),
 * in a fixed order: the order decides builtin function numbers, which must match in every worker.
 */
import './int.js';
import './float.js';
import './str.js';
import './bytes.js';
import './tuple.js';
import './list.js';
import './dict.js';
import './set.js';
import './function.js';
import './code.js';
import './exception.js';
import '../ops/number.js';
import '../types/all.js';
