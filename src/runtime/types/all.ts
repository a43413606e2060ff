/**
 * @fileoverview The Python-visible behaviour of each builtin type (slots, methods, constructors), one file per
 * type, imported here in a fixed order (the order decides builtin function numbers).
 */
import './core.js';
import './object.js';
import './function.js';
import './exception.js';
import './number.js';
import './str.js';
import './bytes.js';
import './tuple.js';
import './list.js';
import './dict.js';
import './set.js';
import './range.js';
import './slice.js';
