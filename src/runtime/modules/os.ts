/**
 * @fileoverview (to be written) the os module.
 */
export {};
