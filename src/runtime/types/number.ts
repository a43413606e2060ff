/**
 * @fileoverview (to be written) the number type: slots, methods, constructor.
 */
export {};
