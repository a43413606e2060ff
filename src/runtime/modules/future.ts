/**
 * @fileoverview (to be written) the future module.
 */
export {};
