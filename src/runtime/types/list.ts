/**
 * @fileoverview (to be written) the list type: slots, methods, constructor.
 */
export {};
