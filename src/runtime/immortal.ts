/**
 * @fileoverview The immortal singletons at fixed addresses (layout.ts): None, Ellipsis, NotImplemented,
 * False, True, the small ints -5..256 and the empty tuple. Written once by the thread that creates the heap;
 * their reference counts are never touched again (refcount.ts skips negative counts).
 */
import { I32, F64 } from './heap.js';
import {
  TYPE, RC, FLAGS, LOCK, NUM, IMMORTAL_RC, NONE, ELLIPSIS, NOTIMPLEMENTED, FALSE, TRUE, SMALLINT_MIN,
  SMALLINT_MAX, smallInt, EMPTY_TUPLE, TUPLE, T_NONE, T_BOOL, T_INT, T_TUPLE, typeRef, Kind, SMALLINT_WORDS,
} from './layout.js';
import { sizeClass } from './alloc.js';

function header(r: number, type: number, words: number): void {
  I32[r + TYPE] = type;
  I32[r + RC] = IMMORTAL_RC;
  I32[r + FLAGS] = sizeClass(words);
  I32[r + LOCK] = 0;
}

export function initSingletons(): void {
  header(NONE, T_NONE, SMALLINT_WORDS);
  header(ELLIPSIS, typeRef(Kind.ELLIPSIS), SMALLINT_WORDS);
  header(NOTIMPLEMENTED, typeRef(Kind.NOTIMPL), SMALLINT_WORDS);
  header(FALSE, T_BOOL, SMALLINT_WORDS);
  F64[(FALSE + NUM.VAL) >> 1] = 0;
  header(TRUE, T_BOOL, SMALLINT_WORDS);
  F64[(TRUE + NUM.VAL) >> 1] = 1;
  for (let v = SMALLINT_MIN; v <= SMALLINT_MAX; v++) {
    const r = smallInt(v);
    header(r, T_INT, SMALLINT_WORDS);
    F64[(r + NUM.VAL) >> 1] = v;
  }
  header(EMPTY_TUPLE, T_TUPLE, SMALLINT_WORDS);
  I32[EMPTY_TUPLE + TUPLE.SIZE] = 0;
  I32[EMPTY_TUPLE + TUPLE.HASH] = 0;
}
