/**
 * @fileoverview (to be written) the collections module.
 */
export {};
