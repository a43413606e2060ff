/**
 * @fileoverview (to be written) the time module.
 */
export {};
