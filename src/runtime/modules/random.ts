/**
 * @fileoverview The random module: the Random type (Kind.RANDOM; its MT19937 state lives in a raw heap block,
 * RANDOM.STATE, so threads share it) and the module-level functions, bound methods of a hidden instance as in
 * CPython's random.py. The algorithms are runtime/mt19937.ts (same values as CPython for the same seed).
 */
import { FT } from '../threadid.js';
import { I32, F64, type Ref } from '../heap.js';
import { allocBlock, allocRaw } from '../alloc.js';
import {
  RANDOM, TYPE, HDR, Kind, typeRef, NONE, T_INT, T_BOOL, T_FLOAT, T_STR, T_BYTES, T_LIST, LIST, TYPEOBJ,
  TF_HEAPTYPE, NUM, T_SET, T_FROZENSET, T_DICT, TUPLE, TUPLE_ITEMS,
} from '../layout.js';
import { raise, Exc } from '../errors.js';
import { intern, strToJs } from '../objects/str.js';
import { dictSet } from '../objects/dict.js';
import { newInt, newIntFromBig, intToBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { tupleSteal, tupleOf } from '../objects/tuple.js';
import { bytesToArray, newBytes } from '../objects/bytes.js';
import { defBuiltin, argc, bindArgs, typeDict, installModuleBuiltins } from '../builtinfn.js';
import { registerModule } from '../../vm/import.js';
import { lenOf, getItem, setItem, hashOf, getAttr, iterToArray, typeNameOf, isInstance } from '../abstract.js';
import { Slots } from '../slots.js';
import { registerDealloc, layoutDealloc, incref, decref, makeImmortal } from '../refcount.js';
import {
  MT_STATE_WORDS, RandomError, mtSeedBigint, mtSeedString, mtSeedBytes, mtSeedRandom, mtRandom, mtGetrandbits,
  mtRandbelow, mtRandbelowNumber, mtRandrange, mtSample, mtChoicesCumulative, mtGauss, mtGetState, mtSetState,
} from '../mt19937.js';
import { argFloat, argIndex } from './math.js';

export const T_RANDOM = typeRef(Kind.RANDOM);

registerDealloc(Kind.RANDOM, layoutDealloc(RANDOM));

/** the word index where r's generator state starts */
function st(r: Ref): number {
  const s = I32[r + RANDOM.STATE];
  if (s === 0) raise(Exc.ValueError, 'random generator not initialized');
  return s + HDR;
}

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RandomError) raise(Exc[e.pyType], e.message);
    throw e;
  }
}

function seedWith(r: Ref, a: Ref): void {
  const b = st(r);
  const t = I32[a + TYPE];
  if (a === 0 || a === NONE) mtSeedRandom(I32, b);
  else if (t === T_INT || t === T_BOOL) { const v = intToBig(a); mtSeedBigint(I32, b, v < 0n ? -v : v); }
  else if (t === T_FLOAT) { const h = floatHash64(F64[(a + NUM.VAL) >> 1]); mtSeedBigint(I32, b, h < 0n ? (1n << 64n) + h : h); }
  else if (t === T_STR) mtSeedString(I32, b, strToJs(a));
  else if (t === T_BYTES) mtSeedBytes(I32, b, bytesToArray(a));
  else raise(Exc.TypeError, 'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
}

/** CPython's hash(float) (64-bit), as random.seed(float) uses it */
function floatHash64(x: number): bigint {
  const P = (1n << 61n) - 1n;
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (Number.isInteger(x)) {
    const v = BigInt(x);
    let h = (v < 0n ? -v : v) % P;
    if (v < 0n) h = -h;
    return h === -1n ? -2n : h;
  }
  // x = m / 2**k exactly
  let m = Math.abs(x), e = 0;
  while (!Number.isInteger(m)) { m *= 2; e++; }
  let h = BigInt(m) % P;
  // multiply by 2**-e mod P: 2**61 == 1 mod P, so 2**-e == 2**((61 - e % 61) % 61)
  const sh = BigInt((61 - (e % 61)) % 61);
  h = ((h << sh) | (h >> (61n - sh))) & P;
  if (sh === 0n) h = BigInt(m) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

function newRandom(t: Ref): Ref {
  const size = I32[t + TYPEOBJ.BASICSIZE];
  const r = allocBlock(t, size);
  for (let i = HDR; i < size; i++) I32[r + i] = 0;
  if (I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE) incref(t);
  I32[r + RANDOM.STATE] = allocRaw(MT_STATE_WORDS);
  I32[r + RANDOM.GAUSS] = 0;
  return r;
}

Slots.new[Kind.RANDOM] = (t, a, n, kw) => {
  if (!(I32[t + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) argc('Random', n, kw, 0, 1);
  const r = newRandom(t);
  try { seedWith(r, n > 0 ? I32[a] : NONE); } catch (e) { decref(r); throw e; }
  return r;
};

const TD = typeDict(T_RANDOM);
const Q = 'Random';

function m(name: string, impl: (a: number, n: number, kw: Ref) => Ref): void {
  defBuiltin(TD, name, impl, Q);
}

m('seed', (a, n, kw) => {
  const [self, x] = bindArgs('seed', a, n, kw, ['self', 'a', 'version']);
  seedWith(self, x);
  return NONE;
});
m('__init__', (a, n, kw) => {
  const [self, x] = bindArgs('Random', a, n, kw, ['self', 'x']);
  if (I32[self + RANDOM.STATE] !== 0 && x !== 0) seedWith(self, x);
  return NONE;
});
m('random', (a, n, kw) => {
  argc('random', n - 1, kw, 0, 0);
  return newFloat(mtRandom(I32, st(I32[a])));
});
m('getrandbits', (a, n, kw) => {
  argc('getrandbits', n - 1, kw, 1, 1);
  const k = argIndex(I32[a + 1]);
  if (k < 0n) raise(Exc.ValueError, 'number of bits must be non-negative');
  return newIntFromBig(wrap(() => mtGetrandbits(I32, st(I32[a]), Number(k))));
});
m('randbytes', (a, n, kw) => {
  argc('randbytes', n - 1, kw, 1, 1);
  const k = Number(argIndex(I32[a + 1]));
  if (k < 0) raise(Exc.ValueError, 'number of bytes must be non-negative');
  let v = wrap(() => mtGetrandbits(I32, st(I32[a]), k * 8));
  const out = new Uint8Array(k);
  for (let i = 0; i < k; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return newBytes(out);
});

function intArg(r: Ref): bigint {
  return argIndex(r);
}
m('randrange', (a, n, kw) => {
  const [self, start, stop, step] = bindArgs('randrange', a, n, kw, ['self', 'start', 'stop', 'step']);
  const b = st(self);
  const s0 = intArg(start);
  const s1 = stop === 0 || stop === NONE ? undefined : intArg(stop);
  const s2 = step === 0 ? undefined : intArg(step);
  return newIntFromBig(wrap(() => mtRandrange(I32, b, s0, s1, s2)));
});
m('randint', (a, n, kw) => {
  const [self, lo, hi] = bindArgs('randint', a, n, kw, ['self', 'a', 'b']);
  if (lo === 0 || hi === 0) raise(Exc.TypeError, `Random.randint() missing 1 required positional argument: '${lo === 0 ? 'a' : 'b'}'`);
  const x = intArg(lo), y = intArg(hi);
  return newIntFromBig(wrap(() => mtRandrange(I32, st(self), x, y + 1n)));
});
m('uniform', (a, n, kw) => {
  const [self, lo, hi] = bindArgs('uniform', a, n, kw, ['self', 'a', 'b']);
  const x = argFloat(lo), y = argFloat(hi);
  return newFloat(x + (y - x) * mtRandom(I32, st(self)));
});
m('triangular', (a, n, kw) => {
  const [self, lo0, hi0, mode0] = bindArgs('triangular', a, n, kw, ['self', 'low', 'high', 'mode']);
  let low = lo0 ? argFloat(lo0) : 0, high = hi0 ? argFloat(hi0) : 1;
  const u0 = mtRandom(I32, st(self));
  let c: number;
  try {
    c = mode0 === 0 || mode0 === NONE ? 0.5 : (argFloat(mode0) - low) / (high - low);
  } catch (e) { throw e; }
  if (high === low) return newFloat(low);
  let u = u0;
  if (u > c) { u = 1 - u; c = 1 - c; const t = low; low = high; high = t; }
  return newFloat(low + (high - low) * Math.sqrt(u * c));
});
m('gauss', (a, n, kw) => {
  const [self, mu, sigma] = bindArgs('gauss', a, n, kw, ['self', 'mu', 'sigma']);
  return newFloat(mtGauss(I32, st(self), mu ? argFloat(mu) : 0, sigma ? argFloat(sigma) : 1));
});
const NV_MAGICCONST = 4 * Math.exp(-0.5) / Math.sqrt(2.0);
m('normalvariate', (a, n, kw) => {
  const [self, mu, sigma] = bindArgs('normalvariate', a, n, kw, ['self', 'mu', 'sigma']);
  const b = st(self);
  let z: number;
  for (;;) {
    const u1 = mtRandom(I32, b);
    const u2 = 1.0 - mtRandom(I32, b);
    z = NV_MAGICCONST * (u1 - 0.5) / u2;
    const zz = z * z / 4.0;
    if (zz <= -Math.log(u2)) break;
  }
  return newFloat((mu ? argFloat(mu) : 0) + z * (sigma ? argFloat(sigma) : 1));
});
m('expovariate', (a, n, kw) => {
  const [self, l] = bindArgs('expovariate', a, n, kw, ['self', 'lambd']);
  const lambd = l ? argFloat(l) : 1;
  return newFloat(-Math.log(1.0 - mtRandom(I32, st(self))) / lambd);
});

m('choice', (a, n, kw) => {
  argc('choice', n - 1, kw, 1, 1);
  const seq = I32[a + 1];
  const len = lenOf(seq);
  if (len === 0) raise(Exc.IndexError, 'Cannot choose from an empty sequence');
  const i = mtRandbelowNumber(I32, st(I32[a]), len);
  const k = newInt(i);
  try { return getItem(seq, k); } finally { decref(k); }
});

m('shuffle', (a, n, kw) => {
  argc('shuffle', n - 1, kw, 1, 1);
  const x = I32[a + 1];
  const b = st(I32[a]);
  if (I32[x + TYPE] === T_LIST && !FT) { // (--gil=off: item by item below, each access locked)
    for (let i = I32[x + LIST.SIZE] - 1; i >= 1; i--) {
      const j = mtRandbelowNumber(I32, b, i + 1);
      const items = I32[x + LIST.ITEMS] + HDR;
      const t = I32[items + i]; I32[items + i] = I32[items + j]; I32[items + j] = t;
    }
    return NONE;
  }
  for (let i = lenOf(x) - 1; i >= 1; i--) {
    const j = mtRandbelowNumber(I32, b, i + 1);
    const ki = newInt(i), kj = newInt(j);
    try {
      const vi = getItem(x, ki), vj = getItem(x, kj);
      try { setItem(x, ki, vj); setItem(x, kj, vi); } finally { decref(vi); decref(vj); }
    } finally { decref(ki); decref(kj); }
  }
  return NONE;
});

m('sample', (a, n, kw) => {
  const [self, pop, k0, counts] = bindArgs('sample', a, n, kw, ['self', 'population', 'k', 'counts'], 3);
  if (k0 === 0) raise(Exc.TypeError, "Random.sample() missing 1 required positional argument: 'k'");
  const pt = I32[pop + TYPE];
  if (pt === T_SET || pt === T_FROZENSET || pt === T_DICT || Slots.getitem[I32[pt + TYPEOBJ.KIND]] === undefined && !(I32[pt + TYPEOBJ.TFLAGS] & TF_HEAPTYPE)) {
    raise(Exc.TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  let population = pop;
  let owned = 0;
  if (counts !== 0 && counts !== NONE) {
    // expand the population by counts
    const cs = iterToArray(counts);
    const items = iterToArray(pop);
    try {
      if (cs.length !== items.length) raise(Exc.ValueError, 'The number of counts does not match the population');
      const l = newList(0);
      for (let i = 0; i < items.length; i++) {
        const c = Number(argIndex(cs[i]));
        for (let j = 0; j < c; j++) { incref(items[i]); listAppendSteal(l, items[i]); }
      }
      population = owned = l;
    } finally { for (const r of [...cs, ...items]) decref(r); }
  }
  try {
    const k = Number(argIndex(k0));
    const len = lenOf(population);
    const idx = wrap(() => mtSample(I32, st(self), len, k));
    const out = newList(0);
    try {
      for (const i of idx) {
        const key = newInt(i);
        try { listAppendSteal(out, getItem(population, key)); } finally { decref(key); }
      }
    } catch (e) { decref(out); throw e; }
    return out;
  } finally { if (owned) decref(owned); }
});

m('choices', (a, n, kw) => {
  const [self, pop, weights, cum, k0] = bindArgs('choices', a, n, kw, ['self', 'population', 'weights', 'cum_weights', 'k'], 3);
  const b = st(self);
  const len = lenOf(pop);
  const k = k0 === 0 ? 1 : Number(argIndex(k0));
  const out = newList(0);
  const pick = (i: number) => {
    const key = newInt(i);
    try { listAppendSteal(out, getItem(pop, key)); } finally { decref(key); }
  };
  try {
    if ((weights === 0 || weights === NONE) && (cum === 0 || cum === NONE)) {
      if (len === 0) raise(Exc.IndexError, 'Cannot choose from an empty sequence');
      for (let i = 0; i < k; i++) pick(Math.floor(mtRandom(I32, b) * len));
      return out;
    }
    if (weights !== 0 && weights !== NONE && cum !== 0 && cum !== NONE) {
      raise(Exc.TypeError, 'Cannot specify both weights and cumulative weights');
    }
    let cw: number[];
    if (cum !== 0 && cum !== NONE) {
      const items = iterToArray(cum);
      try { cw = items.map(argFloat); } finally { for (const r of items) decref(r); }
    } else {
      const items = iterToArray(weights);
      try {
        let s = 0;
        cw = items.map((r) => (s += argFloat(r)));
      } finally { for (const r of items) decref(r); }
    }
    if (cw.length !== len) raise(Exc.ValueError, 'The number of weights does not match the population');
    for (const i of wrap(() => mtChoicesCumulative(I32, b, cw, k))) pick(i);
    return out;
  } catch (e) { decref(out); throw e; }
});

m('getstate', (a, n, kw) => {
  argc('getstate', n - 1, kw, 0, 0);
  const s = mtGetState(I32, st(I32[a]));
  const words = tupleSteal(s.words.map((w) => newInt(w)));
  return tupleSteal([newInt(3), words, s.gaussNext === null ? NONE : newFloat(s.gaussNext)]);
});
m('setstate', (a, n, kw) => {
  argc('setstate', n - 1, kw, 1, 1);
  const state = I32[a + 1];
  if (!isInstance(state, typeRef(Kind.TUPLE)) || I32[state + TUPLE.SIZE] !== 3) raise(Exc.ValueError, 'state with version 3 passed to Random.setstate() of version 3');
  const words = I32[state + TUPLE_ITEMS + 1];
  const g = I32[state + TUPLE_ITEMS + 2];
  const items = iterToArray(words);
  try {
    const ws = items.map((r) => Number(intToBig(r)));
    wrap(() => mtSetState(I32, st(I32[a]), ws, g === NONE ? null : argFloat(g)));
  } finally { for (const r of items) decref(r); }
  return NONE;
});
m('_randbelow', (a, n, kw) => {
  argc('_randbelow', n - 1, kw, 1, 1);
  return newIntFromBig(mtRandbelow(I32, st(I32[a]), argIndex(I32[a + 1])));
});

const MODULE_FUNCS = ['seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample',
  'shuffle', 'choices', 'normalvariate', 'gauss', 'expovariate', 'getstate', 'setstate', 'getrandbits', 'randbytes'];

registerModule('random', (_m, d) => {
  I32[T_RANDOM + TYPEOBJ.MODULE] = intern('random');
  dictSet(d, intern('Random'), T_RANDOM);
  const inst = newRandom(T_RANDOM);
  seedWith(inst, NONE);
  makeImmortal(inst);
  dictSet(d, intern('_inst'), inst);
  for (const name of MODULE_FUNCS) {
    const f = getAttr(inst, intern(name));
    dictSet(d, intern(name), f);
    decref(f);
  }
  installModuleBuiltins('random', d);
});
