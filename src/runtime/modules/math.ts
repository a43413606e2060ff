/**
 * @fileoverview (to be written) the math module.
 */
export {};
