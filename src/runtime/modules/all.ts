/**
 * @fileoverview Registers every builtin module (builtins, sys, math, ...) in a fixed order.
 */
import './io.js';
import './builtins.js';
import './sys.js';
import './math.js';
import './time.js';
import './random.js';
import './os.js';
import './collections.js';
import './functools.js';
import './itertools.js';
import './future.js';
import './heapq.js';
import './small.js';
import './typing.js';
import './types.js';
import './enum.js';
import './thread.js';
import './threading.js';
