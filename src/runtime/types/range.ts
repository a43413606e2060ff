/**
 * @fileoverview (to be written) the range type: slots, methods, constructor.
 */
export {};
