/**
 * @fileoverview Per-process facts the runtime needs that are not Python objects: the command line as given,
 * and the options chosen at startup. (Python-visible state such as sys.argv lives in the heap.)
 */
export const Interp = {
  argv: [] as string[],
  path0: '',
  /** MINIPY_DEBUG=1: extra invariant checks */
  debug: false,
  showRefcount: false,
};
