/**
 * @fileoverview (to be written) the dict type: slots, methods, constructor.
 */
export {};
