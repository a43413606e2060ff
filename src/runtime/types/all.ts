/**
 * @fileoverview The Python-visible behaviour of each builtin type (slots, methods, constructors), one file per
 * type, imported here in a fixed order (the order decides builtin function numbers).
 */
import './core.js';
