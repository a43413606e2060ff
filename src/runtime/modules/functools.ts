/**
 * @fileoverview (to be written) the functools module.
 */
export {};
