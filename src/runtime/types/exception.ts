/**
 * @fileoverview (to be written) the exception type: slots, methods, constructor.
 */
export {};
