/**
 * @fileoverview The math module (CPython 3.14 behaviour and messages). Also exports the number-argument
 * helpers other modules use (argFloat, argIndex).
 */
import { I32, F64, type Ref } from '../heap.js';
import { TYPE, T_INT, T_BOOL, T_FLOAT, NUM, NONE, TRUE, FALSE, FLAGS, F_INT_BIG } from '../layout.js';
import { raise, Exc } from '../errors.js';
import { intern } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { newInt, newIntFromBig, intToBig, intToFloat } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { tupleSteal } from '../objects/tuple.js';
import { defBuiltin, argc, bindArgs, installModuleBuiltins, kwCount } from '../builtinfn.js';
import { registerModule } from '../../vm/import.js';
import { typeNameOf, userDunder, callDunder, getIter, iterNext, iterToArray, lookupMethod } from '../abstract.js';
import { decref, incref } from '../refcount.js';
import { floatRepr } from '../format.js';
import { binaryOp, OP_MUL } from '../ops/number.js';
import { N } from '../names.js';
import { indexValue } from '../types/slice.js';

const F_FLOAT = intern('__float__');

/** a borrowed number argument as a JS double (int, bool, float, or __float__/__index__) */
export function argFloat(r: Ref): number {
  const t = I32[r + TYPE];
  if (t === T_FLOAT) return F64[(r + NUM.VAL) >> 1];
  if (t === T_INT || t === T_BOOL) {
    const x = intToFloat(r);
    if (!Number.isFinite(x)) raise(Exc.OverflowError, 'int too large to convert to float');
    return x;
  }
  let f = userDunder(r, F_FLOAT);
  if (f !== 0) {
    const v = callDunder(f, r);
    try {
      if (I32[v + TYPE] !== T_FLOAT) raise(Exc.TypeError, `${typeNameOf(r)}.__float__ returned non-float (type ${typeNameOf(v)})`);
      return F64[(v + NUM.VAL) >> 1];
    } finally { decref(v); }
  }
  f = userDunder(r, N.__index__);
  if (f !== 0) {
    const v = callDunder(f, r);
    try { return argFloat(v); } finally { decref(v); }
  }
  // a float/int subclass instance shares the kind
  raise(Exc.TypeError, `must be real number, not ${typeNameOf(r)}`);
}

/** a borrowed integer argument (int, bool or __index__) as a bigint */
export function argIndex(r: Ref): bigint {
  return indexValue(r, `'${typeNameOf(r)}' object cannot be interpreted as an integer`);
}
/** argIndex as a JS number when it is small, for loops */
function isIntObj(r: Ref): boolean {
  const t = I32[r + TYPE];
  return t === T_INT || t === T_BOOL;
}
function smallIntVal(r: Ref): number | null {
  return isIntObj(r) && !(I32[r + FLAGS] & F_INT_BIG) ? F64[(r + NUM.VAL) >> 1] : null;
}

function bigResult(b: bigint): Ref {
  return newIntFromBig(b);
}

function domain(): never { raise(Exc.ValueError, 'math domain error'); }
function range(): never { raise(Exc.OverflowError, 'math range error'); }

/** CPython's math_1: fn on a double, with the error rules (msg may contain %s for the argument) */
function math1(name: string, fn: (x: number) => number, canOverflow: boolean, msg: string | null = null): void {
  defBuiltin('math', name, (a, n, kw) => {
    argc(name, n, kw, 1, 1);
    const x = argFloat(I32[a]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) {
      if (msg !== null) raise(Exc.ValueError, msg.replace('%s', floatRepr(x)));
      domain();
    }
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) range();
      if (msg !== null) raise(Exc.ValueError, msg.replace('%s', floatRepr(x)));
      domain();
    }
    return newFloat(r);
  });
}

const FINITE = 'expected a finite input, got %s';
math1('sqrt', Math.sqrt, false, 'expected a nonnegative input, got %s');
math1('exp', Math.exp, true);
math1('exp2', (x) => Math.pow(2, x), true);
math1('expm1', Math.expm1, true);
math1('sin', Math.sin, false, FINITE);
math1('cos', Math.cos, false, FINITE);
math1('tan', Math.tan, false, FINITE);
math1('asin', Math.asin, false, 'expected a number in range from -1 up to 1, got %s');
math1('acos', Math.acos, false, 'expected a number in range from -1 up to 1, got %s');
math1('atan', Math.atan, false);
math1('sinh', Math.sinh, true);
math1('cosh', Math.cosh, true);
math1('tanh', Math.tanh, false);
math1('asinh', Math.asinh, false);
math1('acosh', Math.acosh, false, 'expected argument value not less than 1, got %s');
math1('atanh', (x) => (Math.abs(x) >= 1 ? NaN : Math.atanh(x)), false, 'expected a number between -1 and 1, got %s');
math1('log1p', (x) => (x <= -1 ? NaN : Math.log1p(x)), false, 'expected argument value > -1, got %s');
math1('fabs', Math.abs, false);
math1('cbrt', Math.cbrt, false);
math1('degrees', (x) => x * (180 / Math.PI), true);
math1('radians', (x) => x * (Math.PI / 180), false);
math1('erf', erf, false);
math1('erfc', (x) => 1 - erf(x), false);
math1('gamma', (x) => ((x === 0 || (x < 0 && Number.isInteger(x)) || x === -Infinity) ? NaN : gamma(x)), true, 'expected a noninteger or positive integer, got %s');
math1('lgamma', (x) => ((x <= 0 && Number.isInteger(x)) ? NaN : lgamma(x)), true, 'expected a noninteger or positive integer, got %s');

function erf(x: number): number {
  // series / continued fraction (accurate to ~1e-15)
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) {
    let sum = ax, term = ax;
    const x2 = ax * ax;
    for (let i = 1; i < 200; i++) {
      term *= -x2 / i;
      const t = term / (2 * i + 1);
      sum += t;
      if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
    }
    const r = (2 / Math.sqrt(Math.PI)) * sum;
    return x < 0 ? -r : r;
  }
  if (ax > 6) return x < 0 ? -1 : 1;
  // continued fraction for erfc
  let f = 0;
  for (let k = 60; k >= 1; k--) f = k / 2 / (ax + f);
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / (ax + f);
  return x < 0 ? erfc - 1 : 1 - erfc;
}
// CPython's m_tgamma / m_lgamma (Modules/mathmodule.c), so results agree to the last bit
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [];
{ let f = 1; for (let i = 1; i <= 23; i++) { GAMMA_INTEGRAL.push(f); f *= i; } }
function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}
function gamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : NaN;
  if (x === 0) return NaN;
  if (Number.isInteger(x)) {
    if (x < 0) return NaN;
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) return x < 0 ? 0 / sinpi(x) : Infinity;
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; }
  else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= Math.pow(y, absx - 0.5);
    else { const sp = Math.pow(y, absx / 2 - 0.25); r /= sp; r /= sp; }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) r *= Math.pow(y, absx - 0.5);
    else { const sp = Math.pow(y, absx / 2 - 0.25); r *= sp; r *= sp; }
  }
  return r;
}
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (Number.isInteger(x) && x <= 2) return x <= 0 ? NaN : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return r;
}

// ------------------------------------------------------------------ logs (exact for big ints)
function logOf(r: Ref, fn: (x: number) => number, ln: number): number {
  if (isIntObj(r)) {
    const b = intToBig(r);
    if (b <= 0n) raise(Exc.ValueError, 'expected a positive input');
    const x = Number(b);
    if (Number.isFinite(x)) return fn(x);
    // x = m * 2**e with m in [0.5, 1)
    const bits = b.toString(2).length;
    const shift = bits - 60;
    const m = Number(b >> BigInt(shift)) / 2 ** 60;
    return fn(m) + (shift + 60) * ln;
  }
  const x = argFloat(r);
  if (Number.isNaN(x)) return x;
  if (x <= 0) raise(Exc.ValueError, `expected a positive input, got ${floatRepr(x)}`);
  return fn(x);
}
defBuiltin('math', 'log', (a, n, kw) => {
  argc('log', n, kw, 1, 2);
  const num = logOf(I32[a], Math.log, Math.LN2);
  if (n === 1) return newFloat(num);
  const den = logOf(I32[a + 1], Math.log, Math.LN2);
  if (den === 0) raise(Exc.ZeroDivisionError, 'division by zero');
  return newFloat(num / den);
});
defBuiltin('math', 'log2', (a, n, kw) => {
  argc('log2', n, kw, 1, 1);
  return newFloat(logOf(I32[a], Math.log2, 1));
});
defBuiltin('math', 'log10', (a, n, kw) => {
  argc('log10', n, kw, 1, 1);
  return newFloat(logOf(I32[a], Math.log10, Math.log10(2)));
});

// ------------------------------------------------------------------ two-argument float functions
defBuiltin('math', 'pow', (a, n, kw) => {
  argc('pow', n, kw, 2, 2);
  const x = argFloat(I32[a]), y = argFloat(I32[a + 1]);
  let r: number;
  if (y === 0) r = 1;
  else if (x === 1) r = 1;
  else if (Number.isNaN(x) || Number.isNaN(y)) r = NaN;
  else if (!Number.isFinite(y) && x === -1) r = 1;
  else {
    r = Math.pow(x, y);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (Number.isNaN(r)) domain();
      if (!Number.isFinite(r)) {
        if (x === 0) domain(); // 0 ** negative
        range();
      }
    }
  }
  return newFloat(r);
});
defBuiltin('math', 'atan2', (a, n, kw) => {
  argc('atan2', n, kw, 2, 2);
  return newFloat(Math.atan2(argFloat(I32[a]), argFloat(I32[a + 1])));
});
defBuiltin('math', 'copysign', (a, n, kw) => {
  argc('copysign', n, kw, 2, 2);
  const x = argFloat(I32[a]), y = argFloat(I32[a + 1]);
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signbitNaN(I32[a + 1]));
  return newFloat(neg ? -Math.abs(x) : Math.abs(x));
});
function signbitNaN(r: Ref): boolean {
  return I32[r + TYPE] === T_FLOAT && (I32[r + NUM.VAL + 1] >>> 31) === 1;
}
defBuiltin('math', 'fmod', (a, n, kw) => {
  argc('fmod', n, kw, 2, 2);
  const x = argFloat(I32[a]), y = argFloat(I32[a + 1]);
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(x);
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
  return newFloat(r);
});
defBuiltin('math', 'remainder', (a, n, kw) => {
  argc('remainder', n, kw, 2, 2);
  const x = argFloat(I32[a]), y = argFloat(I32[a + 1]);
  if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
  if (!Number.isFinite(x) || y === 0) domain();
  if (!Number.isFinite(y)) return newFloat(x);
  const q = x / y;
  let nq = Math.round(q);
  if (Math.abs(q - Math.trunc(q)) === 0.5) nq = 2 * Math.round(q / 2);
  return newFloat(x - nq * y);
});
defBuiltin('math', 'ldexp', (a, n, kw) => {
  argc('ldexp', n, kw, 2, 2);
  const x = argFloat(I32[a]);
  if (!isIntObj(I32[a + 1])) raise(Exc.TypeError, 'Expected an int as second argument to ldexp.');
  const eb = intToBig(I32[a + 1]);
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  if (eb > 2000n) range();
  if (eb < -2000n) return newFloat(x < 0 ? -0 : 0);
  let e = Number(eb);
  let r = x;
  while (e > 0) { const s = Math.min(e, 1000); r *= 2 ** s; e -= s; }
  while (e < 0) { const s = Math.max(e, -1000); r *= 2 ** s; e -= s; if (r === 0) break; }
  if (!Number.isFinite(r)) range();
  return newFloat(r);
});
defBuiltin('math', 'frexp', (a, n, kw) => {
  argc('frexp', n, kw, 1, 1);
  const x = argFloat(I32[a]);
  if (x === 0 || !Number.isFinite(x)) return tupleSteal([newFloat(x), newInt(0)]);
  const [m, e] = frexp(x);
  return tupleSteal([newFloat(m), newInt(e)]);
});
const fbuf = new Float64Array(1);
const fbits = new Uint32Array(fbuf.buffer);
/** frexp for finite nonzero x: [m, e] with 0.5 <= |m| < 1 and x == m * 2**e */
function frexp(x: number): [number, number] {
  let adj = 0;
  if (Math.abs(x) < 2.2250738585072014e-308) { x *= 2 ** 64; adj = -64; }
  fbuf[0] = x;
  const hi = fbits[1];
  const exp = (hi >>> 20) & 0x7ff;
  fbits[1] = (hi & 0x800fffff) | (1022 << 20);
  return [fbuf[0], exp - 1022 + adj];
}
defBuiltin('math', 'modf', (a, n, kw) => {
  argc('modf', n, kw, 1, 1);
  const x = argFloat(I32[a]);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return tupleSteal([newFloat(x), newFloat(x)]);
    return tupleSteal([newFloat(x > 0 ? 0 : -0), newFloat(x)]);
  }
  const ip = Math.trunc(x);
  let fp = x - ip;
  if (fp === 0 && (x < 0 || Object.is(x, -0))) fp = -0;
  return tupleSteal([newFloat(fp), newFloat(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
});

// ------------------------------------------------------------------ rounding to int
function floatToIntRef(x: number): Ref {
  if (Number.isNaN(x)) raise(Exc.ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) raise(Exc.OverflowError, 'cannot convert float infinity to integer');
  if (Math.abs(x) <= Number.MAX_SAFE_INTEGER) return newInt(x === 0 ? 0 : x);
  return newIntFromBig(BigInt(x));
}
function roundingFn(name: string, dunder: string, fn: (x: number) => number): void {
  const dn = intern(dunder);
  defBuiltin('math', name, (a, n, kw) => {
    argc(name, n, kw, 1, 1);
    const x = I32[a];
    const t = I32[x + TYPE];
    if (t === T_FLOAT) return floatToIntRef(fn(F64[(x + NUM.VAL) >> 1]));
    if (t === T_INT) { incref(x); return x; }
    if (t === T_BOOL) return newInt(x === TRUE ? 1 : 0);
    const f = userDunder(x, dn);
    if (f !== 0) return callDunder(f, x);
    if (name === 'trunc') raise(Exc.TypeError, `type ${typeNameOf(x)} doesn't define __trunc__ method`);
    return floatToIntRef(fn(argFloat(x)));
  });
}
roundingFn('floor', '__floor__', Math.floor);
roundingFn('ceil', '__ceil__', Math.ceil);
roundingFn('trunc', '__trunc__', Math.trunc);

// ------------------------------------------------------------------ integer functions
function bigAbs(b: bigint): bigint { return b < 0n ? -b : b; }
function bigGcd(a: bigint, b: bigint): bigint {
  a = bigAbs(a); b = bigAbs(b);
  while (b) { [a, b] = [b, a % b]; }
  return a;
}
defBuiltin('math', 'gcd', (a, n, kw) => {
  argc('gcd', n, kw, 0, 1 << 30);
  if (n === 1) return bigResult(bigAbs(argIndex(I32[a])));
  let g = 0n;
  for (let i = 0; i < n; i++) {
    const v = argIndex(I32[a + i]);
    if (g !== 1n) g = bigGcd(g, v);
  }
  return bigResult(g);
});
defBuiltin('math', 'lcm', (a, n, kw) => {
  argc('lcm', n, kw, 0, 1 << 30);
  if (n === 0) return newInt(1);
  let l = bigAbs(argIndex(I32[a]));
  for (let i = 1; i < n; i++) {
    const v = bigAbs(argIndex(I32[a + i]));
    if (l === 0n || v === 0n) { l = 0n; continue; }
    l = (l / bigGcd(l, v)) * v;
  }
  return bigResult(l);
});

function factorialBig(n: number): bigint {
  // product tree for speed
  const prod = (lo: number, hi: number): bigint => {
    if (hi - lo < 16) { let r = 1n; for (let i = lo; i <= hi; i++) r *= BigInt(i); return r; }
    const mid = (lo + hi) >> 1;
    return prod(lo, mid) * prod(mid + 1, hi);
  };
  return n < 2 ? 1n : prod(2, n);
}
defBuiltin('math', 'factorial', (a, n, kw) => {
  argc('factorial', n, kw, 1, 1);
  const x = I32[a];
  if (I32[x + TYPE] === T_FLOAT) raise(Exc.TypeError, "'float' object cannot be interpreted as an integer");
  const v = argIndex(x);
  if (v < 0n) raise(Exc.ValueError, 'factorial() not defined for negative values');
  if (v > 1000000n) raise(Exc.OverflowError, 'factorial() argument should not exceed 9223372036854775807');
  return bigResult(factorialBig(Number(v)));
});

export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  const bits = n.toString(2).length;
  let x = 1n << BigInt((bits + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}
defBuiltin('math', 'isqrt', (a, n, kw) => {
  argc('isqrt', n, kw, 1, 1);
  const v = argIndex(I32[a]);
  if (v < 0n) raise(Exc.ValueError, 'isqrt() argument must be nonnegative');
  return bigResult(bigIsqrt(v));
});

function combBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
defBuiltin('math', 'comb', (a, n, kw) => {
  argc('comb', n, kw, 2, 2);
  const nn = argIndex(I32[a]), k = argIndex(I32[a + 1]);
  if (nn < 0n) raise(Exc.ValueError, 'n must be a non-negative integer');
  if (k < 0n) raise(Exc.ValueError, 'k must be a non-negative integer');
  return bigResult(combBig(nn, k));
});
defBuiltin('math', 'perm', (a, n, kw) => {
  argc('perm', n, kw, 1, 2);
  const nn = argIndex(I32[a]);
  const k = n < 2 || I32[a + 1] === NONE ? nn : argIndex(I32[a + 1]);
  if (nn < 0n) raise(Exc.ValueError, 'n must be a non-negative integer');
  if (k < 0n) raise(Exc.ValueError, 'k must be a non-negative integer');
  if (k > nn) return newInt(0);
  let r = 1n;
  for (let i = nn - k + 1n; i <= nn; i++) r *= i;
  return bigResult(r);
});

// ------------------------------------------------------------------ predicates and misc
defBuiltin('math', 'isfinite', (a, n, kw) => { argc('isfinite', n, kw, 1, 1); return Number.isFinite(argFloat(I32[a])) ? TRUE : FALSE; });
defBuiltin('math', 'isinf', (a, n, kw) => {
  argc('isinf', n, kw, 1, 1);
  const x = argFloat(I32[a]);
  return !Number.isFinite(x) && !Number.isNaN(x) ? TRUE : FALSE;
});
defBuiltin('math', 'isnan', (a, n, kw) => { argc('isnan', n, kw, 1, 1); return Number.isNaN(argFloat(I32[a])) ? TRUE : FALSE; });

defBuiltin('math', 'isclose', (a, n, kw) => {
  const [pa, pb, rt, at] = bindArgs('isclose', a, n, kw, ['a', 'b', 'rel_tol', 'abs_tol'], 2);
  if (pa === 0 || pb === 0) raise(Exc.TypeError, `isclose() missing required argument '${pa === 0 ? 'a' : 'b'}' (pos ${pa === 0 ? 1 : 2})`);
  const x = argFloat(pa), y = argFloat(pb);
  const relTol = rt ? argFloat(rt) : 1e-9, absTol = at ? argFloat(at) : 0;
  if (relTol < 0 || absTol < 0) raise(Exc.ValueError, 'tolerances must be non-negative');
  if (x === y) return TRUE;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return FALSE;
  const diff = Math.abs(y - x);
  return (diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol) ? TRUE : FALSE;
});

function hypotOf(v: number[]): number {
  let max = 0, found_nan = false;
  for (const x of v) {
    const ax = Math.abs(x);
    if (Number.isNaN(ax)) found_nan = true;
    else if (ax > max) max = ax;
  }
  if (max === Infinity) return Infinity;
  if (found_nan) return NaN;
  if (max === 0 || v.length <= 1) return max;
  return exactNorm(v);
}

function scale2(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}
/** sqrt(sum of squares), correctly rounded: exact integer arithmetic on the mantissas */
function exactNorm(v: number[]): number {
  const parts: [bigint, number][] = [];
  for (const x of v) {
    if (x === 0) continue;
    const [m, e] = frexp(Math.abs(x));
    parts.push([BigInt(m * 2 ** 53), e - 53]);
  }
  if (parts.length === 0) return 0;
  let emin = Infinity;
  for (const [, e] of parts) if (e < emin) emin = e;
  let S = 0n;
  for (const [M, e] of parts) S += (M * M) << BigInt(2 * (e - emin));
  const bl = S.toString(2).length;
  const k = Math.max(0, Math.ceil((120 - bl) / 2));
  const S2 = S << BigInt(2 * k);
  const q = bigIsqrt(S2);
  const sticky = q * q !== S2;
  const qb = q.toString(2).length;
  const sh = qb - 53;
  let keep = q >> BigInt(sh);
  const rem = q & ((1n << BigInt(sh)) - 1n);
  const half = 1n << BigInt(sh - 1);
  if (rem > half || (rem === half && (sticky || (keep & 1n) === 1n))) keep += 1n;
  return scale2(Number(keep), emin - k + sh);
}
defBuiltin('math', 'hypot', (a, n, kw) => {
  argc('hypot', n, kw, 0, 1 << 30);
  const v: number[] = [];
  for (let i = 0; i < n; i++) v.push(argFloat(I32[a + i]));
  return newFloat(hypotOf(v));
});
defBuiltin('math', 'dist', (a, n, kw) => {
  argc('dist', n, kw, 2, 2);
  const p = iterToArray(I32[a]), q = iterToArray(I32[a + 1]);
  try {
    if (p.length !== q.length) raise(Exc.ValueError, 'both points must have the same number of dimensions');
    const d: number[] = [];
    for (let i = 0; i < p.length; i++) d.push(argFloat(p[i]) - argFloat(q[i]));
    return newFloat(hypotOf(d));
  } finally { for (const r of [...p, ...q]) decref(r); }
});

defBuiltin('math', 'prod', (a, n, kw) => {
  const [it, start] = bindArgs('prod', a, n, kw, ['iterable', 'start'], 1);
  if (it === 0) raise(Exc.TypeError, 'prod() takes exactly 1 positional argument (0 given)');
  let acc = start === 0 ? newInt(1) : start;
  if (start !== 0) incref(acc);
  const iter = getIter(it);
  try {
    for (let v = iterNext(iter); v !== 0; v = iterNext(iter)) {
      try {
        const r = binaryOp(acc, v, OP_MUL);
        decref(acc);
        acc = r;
      } finally { decref(v); }
    }
  } catch (e) { decref(acc); throw e; } finally { decref(iter); }
  return acc;
});

/** Shewchuk / CPython msum with correct final rounding */
defBuiltin('math', 'fsum', (a, n, kw) => {
  argc('fsum', n, kw, 1, 1);
  const it = getIter(I32[a]);
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  try {
    for (let v = iterNext(it); v !== 0; v = iterNext(it)) {
      let x: number;
      try { x = argFloat(v); } finally { decref(v); }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j];
        if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          if (Number.isFinite(xsave)) raise(Exc.OverflowError, 'intermediate overflow in fsum');
          if (!Number.isFinite(xsave) && !Number.isNaN(xsave)) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else p.push(x);
      }
    }
  } finally { decref(it); }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) raise(Exc.ValueError, '-inf + inf in fsum');
    return newFloat(specialSum);
  }
  let hi = 0;
  let k = p.length;
  if (k > 0) {
    hi = p[--k];
    let lo = 0;
    while (k > 0) {
      const x = hi;
      const y = p[--k];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (k > 0 && ((lo < 0 && p[k - 1] < 0) || (lo > 0 && p[k - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return newFloat(hi);
});

defBuiltin('math', 'nextafter', (a, n, kw) => {
  argc('nextafter', n, kw, 2, 2);
  const x = argFloat(I32[a]), y = argFloat(I32[a + 1]);
  return newFloat(nextafter(x, y));
});
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new Float64Array([x]);
  const bits = new BigInt64Array(buf.buffer);
  if ((y > x) === (x > 0)) bits[0] += 1n; else bits[0] -= 1n;
  return buf[0];
}
defBuiltin('math', 'ulp', (a, n, kw) => {
  argc('ulp', n, kw, 1, 1);
  let x = Math.abs(argFloat(I32[a]));
  if (Number.isNaN(x) || x === Infinity) return newFloat(x);
  if (x === Number.MAX_VALUE) { return newFloat(x - nextafter(x, 0)); }
  x = x;
  return newFloat(nextafter(x, Infinity) - x);
});

registerModule('math', (_m, d) => {
  const consts: [string, number][] = [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]];
  for (const [k, v] of consts) {
    const f = newFloat(v);
    dictSet(d, intern(k), f);
    decref(f);
  }
  installModuleBuiltins('math', d);
});

export { smallIntVal };
