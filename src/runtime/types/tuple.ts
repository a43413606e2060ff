/**
 * @fileoverview (to be written) the tuple type: slots, methods, constructor.
 */
export {};
