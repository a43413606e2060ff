/**
 * @fileoverview (to be written) the function type: slots, methods, constructor.
 */
export {};
