/**
 * @fileoverview (to be written) the bytes type: slots, methods, constructor.
 */
export {};
