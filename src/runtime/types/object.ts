/**
 * @fileoverview (to be written) the object type: slots, methods, constructor.
 */
export {};
