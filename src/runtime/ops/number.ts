/**
 * @fileoverview Arithmetic: BINARY_OP and the unary operators for int, bool and float, with Python's
 * semantics (floor division and modulo round toward -inf, true division always gives a float, big ints via
 * JS bigint, int/float mixing), the reflected-operand protocol for other types (__add__/__radd__, subclass
 * first, NotImplemented), and the sequence operators (str/list/tuple + and *).
 * Not here: comparisons of numbers (registered as Slots.richcmp below), number formatting (format.ts).
 */
import { I32, F64, type Ref } from '../heap.js';
import {
  TYPE, TYPEOBJ, T_INT, T_BOOL, T_FLOAT, T_STR, T_LIST, T_TUPLE, NUM, FLAGS, F_INT_BIG, NOTIMPLEMENTED,
  TF_HEAPTYPE, Kind, TRUE, FALSE,
} from '../layout.js';
import { newInt, newIntFromBig, intToBig, intToFloat, MAX_SAFE } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { decref, incref } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { typeLookup, isSubtype, typeName } from '../typeobj.js';
import { callDunder, bool, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT } from '../abstract.js';
import { Slots } from '../slots.js';
import { BINOP_DUNDER, BINOP_RDUNDER, BINOP_IDUNDER } from '../names.js';
import { BINARY_OPS } from '../../vm/opcodes.js';
import { floatRepr } from '../format.js';
import { floatHash32, intHash32 } from '../abstract.js';
import { SeqOps } from '../slots.js';
import { intern } from '../objects/str.js';
import { N } from '../names.js';

export const OP_ADD = 0, OP_AND = 1, OP_FLOORDIV = 2, OP_LSHIFT = 3, OP_MATMUL = 4, OP_MUL = 5, OP_MOD = 6,
  OP_OR = 7, OP_POW = 8, OP_RSHIFT = 9, OP_SUB = 10, OP_TRUEDIV = 11, OP_XOR = 12, OP_INPLACE = 13;

function num(r: Ref): number {
  return F64[(r + NUM.VAL) >> 1];
}
function isSmallInt(r: Ref): boolean {
  const t = I32[r + TYPE];
  return (t === T_INT || t === T_BOOL) && !(I32[r + FLAGS] & F_INT_BIG);
}
function isInt(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_INT || t === T_BOOL;
}

/** a JS number result that is an integer: small or big int object */
function intResult(v: number): Ref {
  if (v <= MAX_SAFE && v >= -MAX_SAFE) return newInt(v === 0 ? 0 : v);
  return newIntFromBig(BigInt(v));
}

function floorDivNum(a: number, b: number): number {
  return Math.floor(a / b);
}
function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
function bigMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return (m !== 0n && (m < 0n) !== (b < 0n)) ? m + b : m;
}

/** int <op> int, both int/bool objects */
export function intBinary(a: Ref, b: Ref, op: number): Ref {
  if (!((I32[a + FLAGS] | I32[b + FLAGS]) & F_INT_BIG)) {
    const x = num(a), y = num(b);
    switch (op) {
      case OP_ADD: {
        const r = x + y;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r === 0 ? 0 : r);
        return newIntFromBig(BigInt(x) + BigInt(y));
      }
      case OP_SUB: {
        const r = x - y;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r === 0 ? 0 : r);
        return newIntFromBig(BigInt(x) - BigInt(y));
      }
      case OP_MUL: {
        const r = x * y;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return newInt(r === 0 ? 0 : r);
        return newIntFromBig(BigInt(x) * BigInt(y));
      }
      case OP_FLOORDIV:
        if (y === 0) raise(Exc.ZeroDivisionError, 'integer division or modulo by zero');
        return intResult(floorDivNum(x, y));
      case OP_MOD: {
        if (y === 0) raise(Exc.ZeroDivisionError, 'integer modulo by zero');
        const m = x % y;
        return intResult(m !== 0 && (m < 0) !== (y < 0) ? m + y : m);
      }
      case OP_TRUEDIV:
        if (y === 0) raise(Exc.ZeroDivisionError, 'division by zero');
        return newFloat(x / y);
      case OP_AND: if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) return intResult(x & y); break;
      case OP_OR: if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) return intResult(x | y); break;
      case OP_XOR: if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) return intResult(x ^ y); break;
      case OP_POW:
        if (y >= 0) {
          const r = Math.pow(x, y);
          if (r <= MAX_SAFE && r >= -MAX_SAFE) return intResult(r);
        }
        break;
      case OP_LSHIFT:
        if (y < 0) raise(Exc.ValueError, 'negative shift count');
        if (y < 31 && Math.abs(x) < 0x200000) return intResult(x * (1 << y));
        break;
      case OP_RSHIFT:
        if (y < 0) raise(Exc.ValueError, 'negative shift count');
        return intResult(Math.floor(x / Math.pow(2, Math.min(y, 1100))));
    }
  }
  return bigBinary(intToBig(a), intToBig(b), op);
}

function bigBinary(x: bigint, y: bigint, op: number): Ref {
  switch (op) {
    case OP_ADD: return newIntFromBig(x + y);
    case OP_SUB: return newIntFromBig(x - y);
    case OP_MUL: return newIntFromBig(x * y);
    case OP_FLOORDIV:
      if (y === 0n) raise(Exc.ZeroDivisionError, 'integer division or modulo by zero');
      return newIntFromBig(bigFloorDiv(x, y));
    case OP_MOD:
      if (y === 0n) raise(Exc.ZeroDivisionError, 'integer modulo by zero');
      return newIntFromBig(bigMod(x, y));
    case OP_TRUEDIV: {
      if (y === 0n) raise(Exc.ZeroDivisionError, 'division by zero');
      return newFloat(bigTrueDiv(x, y));
    }
    case OP_AND: return newIntFromBig(x & y);
    case OP_OR: return newIntFromBig(x | y);
    case OP_XOR: return newIntFromBig(x ^ y);
    case OP_LSHIFT:
      if (y < 0n) raise(Exc.ValueError, 'negative shift count');
      if (y > 1000000n && x !== 0n) raise(Exc.OverflowError, 'too many digits in integer');
      return newIntFromBig(x << y);
    case OP_RSHIFT:
      if (y < 0n) raise(Exc.ValueError, 'negative shift count');
      return newIntFromBig(x >> (y > 100000n ? 100000n : y));
    case OP_POW:
      if (y < 0n) {
        if (x === 0n) raise(Exc.ZeroDivisionError, 'zero to a negative power');
        return newFloat(Math.pow(Number(x), Number(y)));
      }
      if (y > 10000000n && x !== 0n && x !== 1n && x !== -1n) raise(Exc.OverflowError, 'too many digits in integer');
      return newIntFromBig(x ** y);
  }
  return NOTIMPLEMENTED;
}

/** correctly rounded enough int/int true division */
function bigTrueDiv(x: bigint, y: bigint): number {
  const fx = Number(x), fy = Number(y);
  if (Number.isFinite(fx) && Number.isFinite(fy) && Math.abs(fx) <= MAX_SAFE && Math.abs(fy) <= MAX_SAFE) return fx / fy;
  // scale so that the quotient keeps 64 significant bits, then divide
  const neg = (x < 0n) !== (y < 0n);
  let ax = x < 0n ? -x : x;
  const ay = y < 0n ? -y : y;
  const shift = BigInt(Math.max(0, ay.toString(2).length - ax.toString(2).length + 64));
  ax <<= shift;
  const q = ax / ay;
  const r = Number(q) / Math.pow(2, Number(shift));
  if (!Number.isFinite(r)) raise(Exc.OverflowError, 'integer division result too large for a float');
  return neg ? -r : r;
}

function toFloat(r: Ref): number {
  const t = I32[r + TYPE];
  if (t === T_FLOAT) return num(r);
  const v = intToFloat(r);
  if (!Number.isFinite(v)) raise(Exc.OverflowError, 'int too large to convert to float');
  return v;
}

/** float <op> float (either side may be an int) */
export function floatBinary(x: number, y: number, op: number): Ref {
  switch (op) {
    case OP_ADD: return newFloat(x + y);
    case OP_SUB: return newFloat(x - y);
    case OP_MUL: return newFloat(x * y);
    case OP_TRUEDIV:
      if (y === 0) raise(Exc.ZeroDivisionError, 'division by zero');
      return newFloat(x / y);
    case OP_FLOORDIV:
      if (y === 0) raise(Exc.ZeroDivisionError, 'division by zero');
      return newFloat(floatDivmod(x, y)[0]);
    case OP_MOD:
      if (y === 0) raise(Exc.ZeroDivisionError, 'division by zero');
      return newFloat(floatDivmod(x, y)[1]);
    case OP_POW: {
      if (x === 0 && y < 0) raise(Exc.ZeroDivisionError, 'zero to a negative power');
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
        raise(Exc.ValueError, 'complex numbers are not supported by minipy (negative number raised to a fractional power)');
      }
      const r = Math.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(Exc.OverflowError, 'Numerical result out of range');
      if (x === 1 || (y === 0)) return newFloat(1);
      return newFloat(r);
    }
  }
  return NOTIMPLEMENTED;
}

/** Python's float divmod (Objects/floatobject.c float_divmod) */
export function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** a <op> b for numbers; NOTIMPLEMENTED if either is not a number */
export function numberBinary(a: Ref, b: Ref, op: number): Ref {
  const ta = I32[a + TYPE], tb = I32[b + TYPE];
  const ai = ta === T_INT || ta === T_BOOL, bi = tb === T_INT || tb === T_BOOL;
  if (ai && bi) {
    if (ta === T_BOOL && tb === T_BOOL && (op === OP_AND || op === OP_OR || op === OP_XOR)) {
      const x = a === TRUE, y = b === TRUE;
      return bool(op === OP_AND ? x && y : op === OP_OR ? x || y : x !== y);
    }
    return intBinary(a, b, op);
  }
  if ((ai || ta === T_FLOAT) && (bi || tb === T_FLOAT)) {
    if (op === OP_AND || op === OP_OR || op === OP_XOR || op === OP_LSHIFT || op === OP_RSHIFT || op === OP_MATMUL) return NOTIMPLEMENTED;
    return floatBinary(toFloat(a), toFloat(b), op);
  }
  return NOTIMPLEMENTED;
}

export { SeqOps };

function repeatCount(r: Ref): number | null {
  const t = I32[r + TYPE];
  if (t !== T_INT && t !== T_BOOL) return null;
  if (I32[r + FLAGS] & F_INT_BIG) {
    if (intToBig(r) < 0n) return 0;
    raise(Exc.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  }
  return num(r);
}

/** one side's slot for a builtin type: NOTIMPLEMENTED (immortal) or a new ref */
function builtinBinary(a: Ref, b: Ref, op: number, inplace: boolean): Ref {
  const r = numberBinary(a, b, op);
  if (r !== NOTIMPLEMENTED) return r;
  const ka = I32[I32[a + TYPE] + TYPEOBJ.KIND];
  if (op === OP_ADD) {
    // list += accepts any iterable; concatenation needs the same kind
    const fi = inplace ? SeqOps.inplaceConcat[ka] : undefined;
    if (fi !== undefined) return fi(a, b);
    const f = SeqOps.concat[ka];
    if (f !== undefined && I32[I32[b + TYPE] + TYPEOBJ.KIND] === ka) return f(a, b);
  }
  if (op === OP_MUL) {
    const f = inplace ? (SeqOps.inplaceRepeat[ka] ?? SeqOps.repeat[ka]) : SeqOps.repeat[ka];
    if (f !== undefined) { const n = repeatCount(b); if (n !== null) return f(a, n); }
    const kb = I32[I32[b + TYPE] + TYPEOBJ.KIND];
    const g = SeqOps.repeat[kb];
    if (g !== undefined) { const n = repeatCount(a); if (n !== null) return g(b, n); }
  }
  if (inplace) {
    const gi = SeqOps.inplaceBinary[ka];
    if (gi !== undefined) { const r = gi(a, b, op); if (r !== NOTIMPLEMENTED) return r; }
  }
  const g = SeqOps.binary[ka];
  if (g !== undefined) return g(a, b, op);
  return NOTIMPLEMENTED;
}

function userSlot(obj: Ref, name: Ref, other: Ref): Ref {
  const t = I32[obj + TYPE];
  if (!(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) return NOTIMPLEMENTED;
  const f = typeLookup(t, name);
  if (f === 0 || I32[I32[f + TYPE] + TYPEOBJ.KIND] === Kind.BUILTIN) return NOTIMPLEMENTED;
  return callDunder(f, obj, other);
}

/** a <op> b with the full protocol; op is a BINARY_OP argument (in-place variants included) */
export function binaryOp(a: Ref, b: Ref, op: number): Ref {
  const inplace = op >= OP_INPLACE;
  const base = inplace ? op - OP_INPLACE : op;
  const ta = I32[a + TYPE], tb = I32[b + TYPE];
  const ua = (I32[ta + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) !== 0, ub = (I32[tb + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) !== 0;
  if (!ua && !ub) {
    let r = builtinBinary(a, b, base, inplace);
    if (r !== NOTIMPLEMENTED) return r;
    if (ta !== tb) {
      const kb = I32[tb + TYPEOBJ.KIND];
      const g = SeqOps.binary[kb];
      if (g !== undefined && base !== OP_ADD && base !== OP_MUL) {
        r = g(a, b, base);
        if (r !== NOTIMPLEMENTED) return r;
      }
    }
    return binaryTypeError(a, b, op);
  }
  if (inplace && ua) {
    const r = userSlot(a, BINOP_IDUNDER[base], b);
    if (r !== NOTIMPLEMENTED) return r;
  }
  // reflected first when b's type is a proper subclass of a's that overrides the reflected method
  let triedB = false;
  if (ta !== tb && ub && isSubtype(tb, ta)) {
    triedB = true;
    const r = userSlot(b, BINOP_RDUNDER[base], a);
    if (r !== NOTIMPLEMENTED) return r;
  }
  let r = ua ? userSlot(a, BINOP_DUNDER[base], b) : builtinBinary(a, b, base, false);
  if (r !== NOTIMPLEMENTED) return r;
  if (!triedB && ta !== tb) {
    r = ub ? userSlot(b, BINOP_RDUNDER[base], a) : NOTIMPLEMENTED;
    if (r !== NOTIMPLEMENTED) return r;
  }
  if ((ua && !ub) || (inplace && !ua)) {
    // a user subclass of a builtin type without an override: use the builtin behaviour (and list += any iterable)
    r = builtinBinary(a, b, base, inplace);
    if (r !== NOTIMPLEMENTED) return r;
  }
  return binaryTypeError(a, b, op);
}

function binaryTypeError(a: Ref, b: Ref, op: number): Ref {
  const ta = I32[a + TYPE], tb = I32[b + TYPE];
  const sym = BINARY_OPS[op];
  if ((op === OP_ADD || op === OP_ADD + OP_INPLACE) && ta === T_STR) {
    raise(Exc.TypeError, `can only concatenate str (not "${typeName(tb)}") to str`);
  }
  if ((op === OP_ADD || op === OP_ADD + OP_INPLACE) && (ta === T_LIST || ta === T_TUPLE)) {
    raise(Exc.TypeError, `can only concatenate ${typeName(ta)} (not "${typeName(tb)}") to ${typeName(ta)}`);
  }
  if (op === OP_MUL || op === OP_MUL + OP_INPLACE) {
    const ka = I32[ta + TYPEOBJ.KIND], kb = I32[tb + TYPEOBJ.KIND];
    if (SeqOps.repeat[ka] !== undefined || SeqOps.repeat[kb] !== undefined) {
      // CPython's sequence_repeat: after both operands' __mul__/__rmul__, a count with __index__ (an int
      // subclass or a class defining __index__) repeats the sequence
      const seqA = SeqOps.repeat[ka] !== undefined;
      const cnt = seqA ? b : a;
      const ix = typeLookup(I32[cnt + TYPE], N.__index__);
      if (ix !== 0) {
        let big: bigint;
        const tc = I32[cnt + TYPE];
        if (I32[tc + TYPEOBJ.KIND] === Kind.INT) big = intToBig(cnt); // an int subclass
        else {
          const v = callDunder(ix, cnt);
          try {
            const tv = I32[v + TYPE];
            if (tv !== T_INT && tv !== T_BOOL && I32[tv + TYPEOBJ.KIND] !== Kind.INT) {
              raise(Exc.TypeError, `__index__ returned non-int (type ${typeName(tv)})`);
            }
            big = intToBig(v);
          } finally { decref(v); }
        }
        const n = big < 0n ? 0 : big > BigInt(MAX_SAFE) ? raise(Exc.OverflowError, "cannot fit 'int' into an index-sized integer") : Number(big);
        const inplace = op !== OP_MUL;
        const f = seqA && inplace ? (SeqOps.inplaceRepeat[ka] ?? SeqOps.repeat[ka]) : SeqOps.repeat[seqA ? ka : kb];
        return f(seqA ? a : b, n);
      }
      raise(Exc.TypeError, `can't multiply sequence by non-int of type '${typeName(SeqOps.repeat[ka] !== undefined ? tb : ta)}'`);
    }
  }
  if (op === OP_POW || op === OP_POW + OP_INPLACE) {
    raise(Exc.TypeError, `unsupported operand type(s) for ${sym === '**' ? '** or pow()' : sym}: '${typeName(ta)}' and '${typeName(tb)}'`);
  }
  raise(Exc.TypeError, `unsupported operand type(s) for ${sym}: '${typeName(ta)}' and '${typeName(tb)}'`);
}

// ------------------------------------------------------------------ unary
export function negate(a: Ref): Ref {
  const t = I32[a + TYPE];
  if (t === T_INT || t === T_BOOL) {
    if (I32[a + FLAGS] & F_INT_BIG) return newIntFromBig(-intToBig(a));
    return intResult(-num(a));
  }
  if (t === T_FLOAT) return newFloat(-num(a));
  return unaryDunder(a, '__neg__', 'unary -');
}
export function positive(a: Ref): Ref {
  const t = I32[a + TYPE];
  if (t === T_INT || t === T_FLOAT) { incref(a); return a; }
  if (t === T_BOOL) return newInt(num(a));
  return unaryDunder(a, '__pos__', 'unary +');
}
export function invert(a: Ref): Ref {
  const t = I32[a + TYPE];
  if (t === T_INT || t === T_BOOL) {
    if (I32[a + FLAGS] & F_INT_BIG) return newIntFromBig(~intToBig(a));
    return intResult(-num(a) - 1);
  }
  return unaryDunder(a, '__invert__', 'unary ~');
}
export function absolute(a: Ref): Ref {
  const t = I32[a + TYPE];
  if (t === T_INT || t === T_BOOL) {
    if (I32[a + FLAGS] & F_INT_BIG) { const v = intToBig(a); return newIntFromBig(v < 0n ? -v : v); }
    return intResult(Math.abs(num(a)));
  }
  if (t === T_FLOAT) return newFloat(Math.abs(num(a)));
  return unaryDunder(a, '__abs__', 'abs()');
}

function unaryDunder(a: Ref, dunder: string, what: string): Ref {
  const t = I32[a + TYPE];
  const f = typeLookup(t, intern(dunder));
  if (f !== 0) return callDunder(f, a);
  if (what === 'abs()') raise(Exc.TypeError, `bad operand type for abs(): '${typeName(t)}'`);
  raise(Exc.TypeError, `bad operand type for ${what}: '${typeName(t)}'`);
}

// ------------------------------------------------------------------ comparisons and slots of int/float
function cmpNums(x: number, y: number, op: number): Ref {
  switch (op) {
    case CMP_LT: return bool(x < y);
    case CMP_LE: return bool(x <= y);
    case CMP_EQ: return bool(x === y);
    case CMP_NE: return bool(x !== y);
    case CMP_GT: return bool(x > y);
    default: return bool(x >= y);
  }
}
function cmpBig(x: bigint, y: bigint, op: number): Ref {
  switch (op) {
    case CMP_LT: return bool(x < y);
    case CMP_LE: return bool(x <= y);
    case CMP_EQ: return bool(x === y);
    case CMP_NE: return bool(x !== y);
    case CMP_GT: return bool(x > y);
    default: return bool(x >= y);
  }
}

/** compares an int with a float exactly (as CPython does, without rounding the int) */
function cmpIntFloat(i: Ref, f: number, op: number): Ref {
  if (Number.isNaN(f)) return bool(op === CMP_NE);
  if (!(I32[i + FLAGS] & F_INT_BIG)) return cmpNums(num(i), f, op);
  if (!Number.isFinite(f)) return cmpNums(0, f, op);
  const fi = Math.floor(f);
  const bi = intToBig(i);
  const bf = BigInt(fi);
  if (bi !== bf) return cmpBig(bi, bf, op);
  return cmpNums(0, f - fi === 0 ? 0 : -1, op);
}

export function numberCompare(a: Ref, b: Ref, op: number): Ref {
  const ta = I32[a + TYPE], tb = I32[b + TYPE];
  const ai = ta === T_INT || ta === T_BOOL, bi = tb === T_INT || tb === T_BOOL;
  if (ai && bi) {
    if (!((I32[a + FLAGS] | I32[b + FLAGS]) & F_INT_BIG)) return cmpNums(num(a), num(b), op);
    return cmpBig(intToBig(a), intToBig(b), op);
  }
  if (ta === T_FLOAT && tb === T_FLOAT) return cmpNums(num(a), num(b), op);
  if (ai && tb === T_FLOAT) return cmpIntFloat(a, num(b), op);
  if (ta === T_FLOAT && bi) {
    const swapped = [4, 5, 2, 3, 0, 1][op];
    return cmpIntFloat(b, num(a), swapped);
  }
  return NOTIMPLEMENTED;
}

export function intReprJs(r: Ref): string {
  if (I32[r + FLAGS] & F_INT_BIG) return intToBig(r).toString();
  const v = num(r);
  return Math.abs(v) < 1e21 ? String(v) : BigInt(v).toString();
}

Slots.repr[Kind.INT] = intReprJs;
Slots.repr[Kind.BOOL] = (r) => (r === TRUE ? 'True' : 'False');
Slots.repr[Kind.FLOAT] = (r) => floatRepr(num(r));
Slots.richcmp[Kind.INT] = numberCompare;
Slots.richcmp[Kind.BOOL] = numberCompare;
Slots.richcmp[Kind.FLOAT] = numberCompare;
Slots.hash[Kind.INT] = intHash32;
Slots.hash[Kind.BOOL] = intHash32;
Slots.hash[Kind.FLOAT] = (r) => floatHash32(num(r));
Slots.bool[Kind.INT] = (r) => (I32[r + FLAGS] & F_INT_BIG) !== 0 || num(r) !== 0;
Slots.bool[Kind.BOOL] = (r) => r === TRUE;
Slots.bool[Kind.FLOAT] = (r) => num(r) !== 0;

