/**
 * @fileoverview Registers every builtin module (builtins, sys, math, ...) in a fixed order.
 */
import './io.js';
import './builtins.js';
import './sys.js';
