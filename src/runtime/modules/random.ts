/**
 * @fileoverview (to be written) the random module.
 */
export {};
