/**
 * @fileoverview (to be written) the itertools module.
 */
export {};
