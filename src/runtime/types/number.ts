/**
 * @fileoverview int, bool and float as Python sees them: the constructors int(x, base), float(x), bool(x)
 * (Slots.new), the methods (bit_length, to_bytes, as_integer_ratio, is_integer, hex, ...), the arithmetic and
 * comparison dunders as explicit builtin methods (`(5).__add__(3)`, `int.__lt__`), and the attributes
 * real/imag/numerator/denominator. The operators themselves are in ops/number.ts.
 */
import { I32, F64, type Ref } from '../heap.js';
import {
  TYPE, TYPEOBJ, Kind, NUM, NONE, TRUE, FALSE, NOTIMPLEMENTED, T_INT, T_BOOL, T_FLOAT, T_STR, T_BYTES,
  T_CLASSMETHOD, TF_HEAPTYPE,
} from '../layout.js';
import { incref, decref, makeImmortal } from '../refcount.js';
import { raise, Exc } from '../errors.js';
import { strToJs, newStr, intern } from '../objects/str.js';
import { newInt, newIntFromBig, intToBig, isBig, MAX_SAFE } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { tupleSteal } from '../objects/tuple.js';
import { newBytes, bytesToArray } from '../objects/bytes.js';
import { newDict, dictGet, dictSet, dictPop } from '../objects/dict.js';
import { newDescr } from '../objects/function.js';
import { reprJs, isTrue, typeNameOf, callDunder, iterToArray } from '../abstract.js';
import { Slots } from '../slots.js';
import { typeLookup, isSubtype, typeName } from '../typeobj.js';
import { defBuiltin, typeDict, bindArgs, argc, kwCount, noKw, type Owner } from '../builtinfn.js';
import {
  numberBinary, numberCompare, floatDivmod, negate, absolute, invert, intReprJs,
  OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT, OP_AND, OP_OR, OP_XOR,
} from '../ops/number.js';
import {
  FormatError, parseIntLiteral, invalidIntLiteralMessage, parseFloatLiteral, floatToBigInt, roundToInt,
  roundHalfEven, floatToIntegerRatio, intHash, floatHash, floatRepr,
} from '../format.js';
import { formatJs } from '../../vm/support.js';
import { N } from '../names.js';

function num(r: Ref): number {
  return F64[(r + NUM.VAL) >> 1];
}
function isIntObj(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_INT || t === T_BOOL;
}
function isFloatObj(r: Ref): boolean {
  return I32[r + TYPE] === T_FLOAT;
}
/** runs f, turning format.ts FormatErrors into Python exceptions */
export function fmt<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
    throw e;
  }
}
function newRef(v: Ref): Ref {
  incref(v);
  return v;
}
/** an int object with the value of an int or bool (bools become plain ints) */
function asPlainInt(r: Ref): Ref {
  if (I32[r + TYPE] === T_INT) return newRef(r);
  return newInt(num(r));
}
export function intFromBig(b: bigint): Ref {
  return newIntFromBig(b);
}

// ------------------------------------------------------------------ conversions used by builtins too
/** x.__index__() as a bigint (ints directly); TypeError `msg` if x has no __index__ */
export function indexOf(x: Ref, msg?: string): bigint {
  if (isIntObj(x)) return intToBig(x);
  const f = typeLookup(I32[x + TYPE], N.__index__);
  if (f !== 0 && (I32[I32[x + TYPE] + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
    const v = callDunder(f, x);
    try {
      if (!isIntObj(v)) raise(Exc.TypeError, `__index__ returned non-int (type ${typeNameOf(v)})`);
      return intToBig(v);
    } finally { decref(v); }
  }
  return raise(Exc.TypeError, msg ?? `'${typeNameOf(x)}' object cannot be interpreted as an integer`);
}

/** float(x) as a JS number for int/bool/float/__float__/__index__ objects */
export function toFloatJs(x: Ref, what = 'must be real number'): number {
  const t = I32[x + TYPE];
  if (t === T_FLOAT) return num(x);
  if (t === T_INT || t === T_BOOL) {
    if (!isBig(x)) return num(x);
    const v = Number(intToBig(x));
    if (!Number.isFinite(v)) raise(Exc.OverflowError, 'int too large to convert to float');
    return v;
  }
  const f = typeLookup(t, N.__float__);
  if (f !== 0) {
    const v = callDunder(f, x);
    if (I32[v + TYPE] !== T_FLOAT) {
      decref(v);
      raise(Exc.TypeError, `${typeName(t)}.__float__ returned non-float (type ${typeNameOf(v)})`);
    }
    const r = num(v);
    decref(v);
    return r;
  }
  if (typeLookup(t, N.__index__) !== 0) return Number(indexOf(x));
  return raise(Exc.TypeError, `${what}, not ${typeName(t)}`);
}

function strArgJs(x: Ref): string | null {
  const t = I32[x + TYPE];
  if (t === T_STR || isSubtype(t, T_STR)) return strToJs(x);
  if (t === T_BYTES) return String.fromCharCode(...bytesToArray(x));
  const k = I32[t + TYPEOBJ.KIND];
  if (k === Kind.BYTES) return String.fromCharCode(...bytesToArray(x));
  return null;
}

/** int(x) for one argument */
export function intOf(x: Ref): Ref {
  const t = I32[x + TYPE];
  if (t === T_INT) return newRef(x);
  if (t === T_BOOL) return newInt(num(x));
  if (t === T_FLOAT) return newIntFromBig(fmt(() => floatToBigInt(num(x))));
  const s = strArgJs(x);
  if (s !== null) {
    const v = fmt(() => parseIntLiteral(s, 10));
    if (v === null) raise(Exc.ValueError, invalidIntLiteralMessage(10, reprJs(x)));
    return newIntFromBig(v);
  }
  for (const name of [N.__int__, N.__index__, N.__trunc__]) {
    const f = typeLookup(t, name);
    if (f !== 0) {
      const v = callDunder(f, x);
      if (!isIntObj(v)) {
        if (name === N.__trunc__) { const r = intOf(v); decref(v); return r; }
        decref(v);
        raise(Exc.TypeError, `${strToJs(name)} returned non-int (type ${typeNameOf(v)})`);
      }
      if (I32[v + TYPE] === T_BOOL) { const r = newInt(num(v)); return r; }
      return v;
    }
  }
  return raise(Exc.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(t)}'`);
}

Slots.new[Kind.INT] = (_t, a, n, kw) => {
  const [x, base] = bindArgs('int', a, n, kw, ['x', 'base'], 2, 1);
  if (x === 0) {
    if (base !== 0) raise(Exc.TypeError, "int() missing string argument");
    return newInt(0);
  }
  if (base === 0) return intOf(x);
  const b = Number(indexOf(base));
  const s = strArgJs(x);
  if (s === null) raise(Exc.TypeError, "int() can't convert non-string with explicit base");
  const v = fmt(() => parseIntLiteral(s!, b));
  if (v === null) raise(Exc.ValueError, invalidIntLiteralMessage(b, reprJs(x)));
  return newIntFromBig(v!);
};

Slots.new[Kind.BOOL] = (_t, a, n, kw) => {
  noKw('bool', kw);
  if (n > 1) raise(Exc.TypeError, `bool expected at most 1 argument, got ${n}`);
  return n === 0 ? FALSE : (isTrue(I32[a]) ? TRUE : FALSE);
};

Slots.new[Kind.FLOAT] = (_t, a, n, kw) => {
  noKw('float', kw);
  if (n > 1) raise(Exc.TypeError, `float expected at most 1 argument, got ${n}`);
  if (n === 0) return newFloat(0);
  const x = I32[a];
  if (I32[x + TYPE] === T_FLOAT) return newRef(x);
  const s = strArgJs(x);
  if (s !== null) {
    const v = parseFloatLiteral(s);
    if (v === null) raise(Exc.ValueError, `could not convert string to float: ${reprJs(x)}`);
    return newFloat(v!);
  }
  return newFloat(toFloatJs(x, 'float() argument must be a string or a real number'));
};

// ------------------------------------------------------------------ classmethod builtins
let scratch = 0;
function scratchDict(): Ref {
  if (scratch === 0) { scratch = newDict(); makeImmortal(scratch); }
  return scratch;
}
/** registers impl as a classmethod of type t (installed as a builtin, then wrapped) */
export function defClassMethod(t: Ref, name: string, impl: (a: number, n: number, kw: Ref) => Ref, qual: string): void {
  defBuiltin(scratchDict, name, impl, qual);
  const nm = name;
  defBuiltin(() => {
    const s = scratchDict();
    const key = intern(nm);
    const b = dictPop(s, key);
    if (b !== 0) {
      const cm = newDescr(T_CLASSMETHOD, b);
      makeImmortal(cm);
      dictSet(I32[t + TYPEOBJ.DICT], key, cm);
      decref(b);
    }
    return s;
  }, '_fixup_' + name, () => NONE);
}

// ------------------------------------------------------------------ int methods
const INT: Owner = typeDict(T_INT);
const FLT: Owner = typeDict(T_FLOAT);

function self0(a: number, what: string, isFloat: boolean): Ref {
  const s = I32[a];
  if (isFloat ? !isFloatObj(s) : !isIntObj(s)) {
    raise(Exc.TypeError, `descriptor '${what}' requires a '${isFloat ? 'float' : 'int'}' object but received a '${typeNameOf(s)}'`);
  }
  return s;
}

const BINOPS: [string, number][] = [
  ['add', OP_ADD], ['sub', OP_SUB], ['mul', OP_MUL], ['truediv', OP_TRUEDIV], ['floordiv', OP_FLOORDIV],
  ['mod', OP_MOD], ['pow', OP_POW], ['lshift', OP_LSHIFT], ['rshift', OP_RSHIFT], ['and', OP_AND], ['or', OP_OR],
  ['xor', OP_XOR],
];
for (const isFloat of [false, true]) {
  const owner = isFloat ? FLT : INT;
  const tn = isFloat ? 'float' : 'int';
  const accepts = isFloat ? (r: Ref) => isFloatObj(r) || isIntObj(r) : isIntObj;
  for (const [name, op] of BINOPS) {
    if (isFloat && (op === OP_LSHIFT || op === OP_RSHIFT || op === OP_AND || op === OP_OR || op === OP_XOR)) continue;
    for (const reflected of [false, true]) {
      const dn = `__${reflected ? 'r' : ''}${name}__`;
      defBuiltin(owner, dn, (a, n, kw) => {
        if (op === OP_POW) argc(`${tn}.${dn}`, n, kw, 2, 3); else argc(`${tn}.${dn}`, n, kw, 2, 2);
        const s = self0(a, dn, isFloat), o = I32[a + 1];
        if (!accepts(o)) return NOTIMPLEMENTED;
        if (op === OP_POW && n === 3 && I32[a + 2] !== NONE) return powMod(reflected ? o : s, reflected ? s : o, I32[a + 2]);
        return reflected ? numberBinary(o, s, op) : numberBinary(s, o, op);
      }, tn);
    }
  }
  for (const reflected of [false, true]) {
    const dn = reflected ? '__rdivmod__' : '__divmod__';
    defBuiltin(owner, dn, (a, n, kw) => {
      argc(`${tn}.${dn}`, n, kw, 2, 2);
      const s = self0(a, dn, isFloat), o = I32[a + 1];
      if (!accepts(o)) return NOTIMPLEMENTED;
      return reflected ? divmodOf(o, s) : divmodOf(s, o);
    }, tn);
  }
  const CMPS = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
  CMPS.forEach((dn, op) => {
    defBuiltin(owner, dn, (a, n, kw) => {
      argc(`${tn}.${dn}`, n, kw, 2, 2);
      self0(a, dn, isFloat);
      return numberCompare(I32[a], I32[a + 1], op);
    }, tn);
  });
  defBuiltin(owner, '__hash__', (a, n, kw) => {
    argc(`${tn}.__hash__`, n, kw, 1, 1);
    const s = self0(a, '__hash__', isFloat);
    return newIntFromBig(numberHash(s));
  }, tn);
  defBuiltin(owner, '__repr__', (a, n, kw) => {
    argc(`${tn}.__repr__`, n, kw, 1, 1);
    return newStr(reprJs(self0(a, '__repr__', isFloat)));
  }, tn);
  defBuiltin(owner, '__str__', (a, n, kw) => {
    argc(`${tn}.__str__`, n, kw, 1, 1);
    return newStr(reprJs(self0(a, '__str__', isFloat)));
  }, tn);
  defBuiltin(owner, '__format__', (a, n, kw) => {
    argc(`${tn}.__format__`, n, kw, 2, 2);
    const s = self0(a, '__format__', isFloat), spec = I32[a + 1];
    if (I32[spec + TYPE] !== T_STR) raise(Exc.TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
    return newStr(formatJs(s, strToJs(spec)));
  }, tn);
  defBuiltin(owner, '__bool__', (a, n, kw) => {
    argc(`${tn}.__bool__`, n, kw, 1, 1);
    return isTrue(self0(a, '__bool__', isFloat)) ? TRUE : FALSE;
  }, tn);
  defBuiltin(owner, '__neg__', (a, n, kw) => { argc(`${tn}.__neg__`, n, kw, 1, 1); return negate(self0(a, '__neg__', isFloat)); }, tn);
  defBuiltin(owner, '__pos__', (a, n, kw) => {
    argc(`${tn}.__pos__`, n, kw, 1, 1);
    const s = self0(a, '__pos__', isFloat);
    return isFloat ? newRef(s) : asPlainInt(s);
  }, tn);
  defBuiltin(owner, '__abs__', (a, n, kw) => { argc(`${tn}.__abs__`, n, kw, 1, 1); return absolute(self0(a, '__abs__', isFloat)); }, tn);
  defBuiltin(owner, '__int__', (a, n, kw) => { argc(`${tn}.__int__`, n, kw, 1, 1); return intOf(self0(a, '__int__', isFloat)); }, tn);
  defBuiltin(owner, '__float__', (a, n, kw) => {
    argc(`${tn}.__float__`, n, kw, 1, 1);
    const s = self0(a, '__float__', isFloat);
    return isFloat ? newRef(s) : newFloat(toFloatJs(s));
  }, tn);
  defBuiltin(owner, '__trunc__', (a, n, kw) => { argc(`${tn}.__trunc__`, n, kw, 1, 1); return intOf(self0(a, '__trunc__', isFloat)); }, tn);
  defBuiltin(owner, '__floor__', (a, n, kw) => {
    argc(`${tn}.__floor__`, n, kw, 1, 1);
    const s = self0(a, '__floor__', isFloat);
    return isFloat ? newIntFromBig(fmt(() => floatToBigInt(Math.floor(num(s))))) : asPlainInt(s);
  }, tn);
  defBuiltin(owner, '__ceil__', (a, n, kw) => {
    argc(`${tn}.__ceil__`, n, kw, 1, 1);
    const s = self0(a, '__ceil__', isFloat);
    return isFloat ? newIntFromBig(fmt(() => floatToBigInt(Math.ceil(num(s))))) : asPlainInt(s);
  }, tn);
  defBuiltin(owner, '__round__', (a, n, kw) => {
    argc(`${tn}.__round__`, n, kw, 1, 2);
    const s = self0(a, '__round__', isFloat);
    return roundNumber(s, n > 1 ? I32[a + 1] : NONE);
  }, tn);
  defBuiltin(owner, 'conjugate', (a, n, kw) => {
    argc(`${tn}.conjugate`, n, kw, 1, 1);
    const s = self0(a, 'conjugate', isFloat);
    return isFloat ? newRef(s) : asPlainInt(s);
  }, tn);
  defBuiltin(owner, 'is_integer', (a, n, kw) => {
    argc(`${tn}.is_integer`, n, kw, 1, 1);
    const s = self0(a, 'is_integer', isFloat);
    return !isFloat || Number.isInteger(num(s)) ? TRUE : FALSE;
  }, tn);
  defBuiltin(owner, 'as_integer_ratio', (a, n, kw) => {
    argc(`${tn}.as_integer_ratio`, n, kw, 1, 1);
    const s = self0(a, 'as_integer_ratio', isFloat);
    if (!isFloat) return tupleSteal([asPlainInt(s), newInt(1)]);
    const [p, q] = fmt(() => floatToIntegerRatio(num(s)));
    return tupleSteal([newIntFromBig(p), newIntFromBig(q)]);
  }, tn);
  defBuiltin(owner, '__getnewargs__', (a, n, kw) => {
    argc(`${tn}.__getnewargs__`, n, kw, 1, 1);
    return tupleSteal([isFloat ? newRef(I32[a]) : asPlainInt(I32[a])]);
  }, tn);
}

/** full 64-bit CPython hash of an int or float */
export function numberHash(r: Ref): bigint {
  if (isFloatObj(r)) return floatHash(num(r));
  return isBig(r) ? intHash(intToBig(r)) : intHash(num(r));
}

export function divmodOf(x: Ref, y: Ref): Ref {
  if (isIntObj(x) && isIntObj(y)) {
    const q = numberBinary(x, y, OP_FLOORDIV);
    let m: Ref;
    try { m = numberBinary(x, y, OP_MOD); } catch (e) { decref(q); throw e; }
    return tupleSteal([q, m]);
  }
  const fx = toFloatJs(x), fy = toFloatJs(y);
  if (fy === 0) raise(Exc.ZeroDivisionError, 'division by zero');
  const [d, m] = floatDivmod(fx, fy);
  return tupleSteal([newFloat(d), newFloat(m)]);
}

/** pow(b, e, m) for ints */
export function powMod(b: Ref, e: Ref, m: Ref): Ref {
  if (!isIntObj(b) || !isIntObj(e) || !isIntObj(m)) {
    raise(Exc.TypeError, 'pow() 3rd argument not allowed unless all arguments are integers');
  }
  let base = intToBig(b), exp = intToBig(e);
  const mod = intToBig(m);
  if (mod === 0n) raise(Exc.ValueError, 'pow() 3rd argument cannot be 0');
  const am = mod < 0n ? -mod : mod;
  if (exp < 0n) {
    const inv = modInverse(((base % am) + am) % am, am);
    if (inv === null) raise(Exc.ValueError, 'base is not invertible for the given modulus');
    base = inv!;
    exp = -exp;
  }
  let r = 1n % am;
  base = ((base % am) + am) % am;
  while (exp > 0n) {
    if (exp & 1n) r = (r * base) % am;
    base = (base * base) % am;
    exp >>= 1n;
  }
  if (mod < 0n && r !== 0n) r += mod;
  return newIntFromBig(r);
}
function modInverse(a: bigint, m: bigint): bigint | null {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return null;
  return ((oldS % m) + m) % m;
}

/** round(x, ndigits) for int/float (ndigits None or an int) */
export function roundNumber(x: Ref, nd: Ref): Ref {
  if (isFloatObj(x)) {
    const v = num(x);
    if (nd === NONE) return newIntFromBig(fmt(() => roundToInt(v)));
    const d = indexOf(nd);
    const di = d > 10000n ? 10000 : d < -10000n ? -10000 : Number(d);
    return newFloat(fmt(() => roundHalfEven(v, di)));
  }
  if (nd === NONE) return asPlainInt(x);
  const d = indexOf(nd);
  if (d >= 0n) return asPlainInt(x);
  const v = intToBig(x);
  const p = 10n ** (-d > 400n ? 400n : -d);
  const neg = v < 0n;
  const av = neg ? -v : v;
  let q = av / p;
  const r = av - q * p;
  if (r * 2n > p || (r * 2n === p && (q & 1n) === 1n)) q += 1n;
  const res = q * p;
  return newIntFromBig(neg ? -res : res);
}

defBuiltin(INT, '__index__', (a, n, kw) => { argc('int.__index__', n, kw, 1, 1); return asPlainInt(self0(a, '__index__', false)); }, 'int');
defBuiltin(INT, '__invert__', (a, n, kw) => { argc('int.__invert__', n, kw, 1, 1); return invert(self0(a, '__invert__', false)); }, 'int');
defBuiltin(INT, 'bit_length', (a, n, kw) => {
  argc('int.bit_length', n, kw, 1, 1);
  const v = intToBig(self0(a, 'bit_length', false));
  return newInt(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
}, 'int');
defBuiltin(INT, 'bit_count', (a, n, kw) => {
  argc('int.bit_count', n, kw, 1, 1);
  const v = intToBig(self0(a, 'bit_count', false));
  let c = 0;
  for (const ch of (v < 0n ? -v : v).toString(2)) if (ch === '1') c++;
  return newInt(c);
}, 'int');
defBuiltin(INT, 'to_bytes', (a, n, kw) => {
  const s = self0(a, 'to_bytes', false);
  const [len, order, signed] = bindArgs('to_bytes', a + 1, n - 1, kw, ['length', 'byteorder', 'signed'], 2);
  const L = len === 0 ? 1 : Number(indexOf(len));
  if (L < 0) raise(Exc.ValueError, 'length argument must be non-negative');
  const ord = order === 0 ? 'big' : strToJs(order);
  if (ord !== 'big' && ord !== 'little') raise(Exc.ValueError, "byteorder must be either 'little' or 'big'");
  const sg = signed !== 0 && isTrue(signed);
  let v = intToBig(s);
  if (v < 0n && !sg) raise(Exc.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(L * 8);
  if (sg) {
    const lim = 1n << (bits - 1n);
    if (L === 0 ? v !== 0n : (v >= lim || v < -lim)) raise(Exc.OverflowError, 'int too big to convert');
    if (v < 0n) v += 1n << bits;
  } else if (v >= (1n << bits)) raise(Exc.OverflowError, 'int too big to convert');
  const out = new Array<number>(L);
  for (let i = 0; i < L; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  if (ord === 'big') out.reverse();
  return newBytes(out);
}, 'int');
defClassMethod(T_INT, 'from_bytes', (a, n, kw) => {
  const [bs, order, signed] = bindArgs('from_bytes', a + 1, n - 1, kw, ['bytes', 'byteorder', 'signed'], 2);
  if (bs === 0) raise(Exc.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  const ord = order === 0 ? 'big' : strToJs(order);
  if (ord !== 'big' && ord !== 'little') raise(Exc.ValueError, "byteorder must be either 'little' or 'big'");
  let arr: number[];
  if (I32[I32[bs + TYPE] + TYPEOBJ.KIND] === Kind.BYTES) arr = [...bytesToArray(bs)];
  else {
    const items = iterToArray(bs);
    arr = items.map((r) => Number(indexOf(r)));
    for (const r of items) decref(r);
  }
  if (ord === 'little') arr.reverse();
  let v = 0n;
  for (const b of arr) v = (v << 8n) | BigInt(b & 0xff);
  if (signed !== 0 && isTrue(signed) && arr.length > 0 && (arr[0] & 0x80)) v -= 1n << BigInt(arr.length * 8);
  return newIntFromBig(v);
}, 'int');

// ------------------------------------------------------------------ float methods
defBuiltin(FLT, 'hex', (a, n, kw) => {
  argc('float.hex', n, kw, 1, 1);
  return newStr(floatHex(num(self0(a, 'hex', true))));
}, 'float');
defClassMethod(T_FLOAT, 'fromhex', (a, n, kw) => {
  argc('float.fromhex', n - 1, kw, 1, 1);
  const s = strToJs(I32[a + 1]).trim();
  const v = parseHexFloat(s);
  if (v === null) raise(Exc.ValueError, 'invalid hexadecimal floating-point string');
  return newFloat(v!);
}, 'float');

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  x = Math.abs(x);
  if (x === 0) return sign + '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  let e = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = 1;
  if (e === 0) { lead = 0; e = 1; }
  const m = mant.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${m}p${e - 1023 >= 0 ? '+' : ''}${e - 1023}`;
}
function parseHexFloat(s: string): number | null {
  const low = s.toLowerCase();
  const mm = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(low);
  if (mm === null) {
    const f = parseFloatLiteral(s);
    return f !== null && !Number.isFinite(f) ? f : null;
  }
  const [, sg, ip, fp = '', ex = '0'] = mm;
  if (ip === '' && fp === '') return null;
  let v = 0;
  for (const c of ip) v = v * 16 + parseInt(c, 16);
  let scale = 1 / 16;
  for (const c of fp) { v += parseInt(c, 16) * scale; scale /= 16; }
  v *= Math.pow(2, Number(ex));
  return sg === '-' ? -v : v;
}

// ------------------------------------------------------------------ attributes
Slots.getattr[Kind.INT] = (r, name) => {
  if (name === N.real) return asPlainInt(r);
  if (name === N.imag) return newInt(0);
  if (name === NUMERATOR) return asPlainInt(r);
  if (name === DENOMINATOR) return newInt(1);
  return 0;
};
Slots.getattr[Kind.BOOL] = Slots.getattr[Kind.INT];
const NUMERATOR = intern('numerator'), DENOMINATOR = intern('denominator');
Slots.getattr[Kind.FLOAT] = (r, name) => {
  if (name === N.real) return newRef(r);
  if (name === N.imag) return newFloat(0);
  return 0;
};
Slots.str[Kind.INT] = intReprJs;
Slots.str[Kind.FLOAT] = (r) => floatRepr(num(r));

