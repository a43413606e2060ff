/**
 * @fileoverview (to be written) the set type: slots, methods, constructor.
 */
export {};
