/**
 * @fileoverview (to be written) the str type: slots, methods, constructor.
 */
export {};
