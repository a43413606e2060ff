/**
 * @fileoverview (to be written) the slice type: slots, methods, constructor.
 */
export {};
