// CPython's `random` module core: the MT19937 generator of Modules/_randommodule.c
// and the integer algorithms of Lib/random.py (3.12+), operating on a state
// held in an Int32Array (e.g. over a SharedArrayBuffer) at an offset, so any
// thread can continue the sequence. Callers serialise access (the GIL);
// nothing here is atomic.
//
// Layout at `base` (MT_STATE_WORDS words):
//   [0, 624)  the 624 state words (uint32 stored as int32)
//   624       index into the state (624 = regenerate on next draw)
//   625       1 when a gauss() value is cached, else 0
//   626, 627  the cached gauss value (float64 bits, little word first)


const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df | 0;
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;

/** Number of Int32 words one generator state occupies. */
export const MT_STATE_WORDS = 628;
const IDX = 624;
const GAUSS_FLAG = 625;
const GAUSS_LO = 626;

/** An error CPython's random module would raise, with its exception type. */
export class RandomError extends Error {
  readonly pyType: 'ValueError' | 'TypeError' | 'IndexError';
  constructor(message: string, pyType: 'ValueError' | 'TypeError' | 'IndexError' = 'ValueError') {
    super(message);
    this.name = 'RandomError';
    this.pyType = pyType;
  }
}

// ---------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------

/** init_genrand(s): seed from one 32-bit word. */
export function mtSeedInit(view: Int32Array, base: number, s: number): void {
  let prev = s | 0;
  view[base] = prev;
  for (let i = 1; i < N; i++) {
    prev = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) | 0;
    view[base + i] = prev;
  }
  view[base + IDX] = N;
  view[base + GAUSS_FLAG] = 0;
}

/** init_by_array(key): seed from an array of 32-bit words. */
export function mtSeedByArray(view: Int32Array, base: number, key: ArrayLike<number>): void {
  mtSeedInit(view, base, 19650218);
  const len = key.length;
  let i = 1;
  let j = 0;
  for (let k = N > len ? N : len; k > 0; k--) {
    const p = view[base + i - 1]!;
    view[base + i] = ((view[base + i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + (key[j]! >>> 0) + j) | 0;
    i++;
    j++;
    if (i >= N) {
      view[base] = view[base + N - 1]!;
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = view[base + i - 1]!;
    view[base + i] = ((view[base + i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) | 0;
    i++;
    if (i >= N) {
      view[base] = view[base + N - 1]!;
      i = 1;
    }
  }
  view[base] = UPPER_MASK; // MSB is 1; assuring non-zero initial array
  view[base + IDX] = N;
  view[base + GAUSS_FLAG] = 0;
}

/**
 * random.seed(int): |seed| split into 32-bit little-endian words.
 * (For a float seed CPython uses abs(hash(x)); pass that here.)
 */
export function mtSeedBigint(view: Int32Array, base: number, seed: bigint): void {
  let n = seed < 0n ? -seed : seed;
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  mtSeedByArray(view, base, key);
}

/** random.seed(bytes) (version 2): int.from_bytes(a + sha512(a).digest(), 'big'). */
export function mtSeedBytes(view: Int32Array, base: number, bytes: Uint8Array): void {
  // node:crypto is required here, not at the top: loading it costs every worker's boot, and few programs seed
  // random with a str or bytes
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const digest = createHash('sha512').update(bytes).digest();
  const all = new Uint8Array(bytes.length + digest.length);
  all.set(bytes, 0);
  all.set(digest, bytes.length);
  let hex = '';
  for (let i = 0; i < all.length; i++) hex += all[i]!.toString(16).padStart(2, '0');
  mtSeedBigint(view, base, BigInt('0x' + hex));
}

/** random.seed(str): the UTF-8 bytes, as {@link mtSeedBytes}. */
export function mtSeedString(view: Int32Array, base: number, s: string): void {
  mtSeedBytes(view, base, new TextEncoder().encode(s));
}

/** random.seed() / random.seed(None): 624 words from the OS CSPRNG (time-based fallback). */
export function mtSeedRandom(view: Int32Array, base: number): void {
  const key = new Uint32Array(N);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) {
    c.getRandomValues(key);
    mtSeedByArray(view, base, key);
  } else {
    const t = BigInt(Date.now()) * 1000000n + BigInt(Math.floor(Math.random() * 1e6));
    mtSeedBigint(view, base, t);
  }
}

// ---------------------------------------------------------------------------
// Raw generator
// ---------------------------------------------------------------------------

function regenerate(view: Int32Array, base: number): void {
  let kk = 0;
  let y: number;
  for (; kk < N - M; kk++) {
    y = (view[base + kk]! & UPPER_MASK) | (view[base + kk + 1]! & LOWER_MASK);
    view[base + kk] = view[base + kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  for (; kk < N - 1; kk++) {
    y = (view[base + kk]! & UPPER_MASK) | (view[base + kk + 1]! & LOWER_MASK);
    view[base + kk] = view[base + kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  y = (view[base + N - 1]! & UPPER_MASK) | (view[base]! & LOWER_MASK);
  view[base + N - 1] = view[base + M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  view[base + IDX] = 0;
}

/** genrand_uint32: the next unsigned 32-bit output. */
export function mtGenrand32(view: Int32Array, base: number): number {
  let idx = view[base + IDX]!;
  if (idx >= N || idx < 0) {
    regenerate(view, base);
    idx = 0;
  }
  let y = view[base + idx]!;
  view[base + IDX] = idx + 1;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random.random(): 53-bit float in [0, 1). */
export function mtRandom(view: Int32Array, base: number): number {
  const a = mtGenrand32(view, base) >>> 5;
  const b = mtGenrand32(view, base) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** random.getrandbits(k). */
export function mtGetrandbits(view: Int32Array, base: number, k: number): bigint {
  if (k < 0) throw new RandomError('number of bits must be non-negative');
  if (k === 0) return 0n;
  if (k <= 32) return BigInt(mtGenrand32(view, base) >>> (32 - k));
  // 32-bit words from least to most significant; the last one keeps its top bits
  let result = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let r = mtGenrand32(view, base);
    if (left < 32) r >>>= 32 - left;
    result |= BigInt(r) << shift;
    shift += 32n;
  }
  return result;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** Random._randbelow_with_getrandbits(n): uniform in [0, n); 0 when n is 0. */
export function mtRandbelow(view: Int32Array, base: number, n: bigint): bigint {
  if (n <= 0n) return 0n;
  const k = n < 0x100000000n ? 32 - Math.clz32(Number(n)) : bitLength(n);
  let r = mtGetrandbits(view, base, k);
  while (r >= n) r = mtGetrandbits(view, base, k);
  return r;
}

/** mtRandbelow for a JS integer n in [1, 2**53) (sequence lengths). */
export function mtRandbelowNumber(view: Int32Array, base: number, n: number): number {
  if (n <= 0) return 0;
  if (n < 0x100000000) {
    // k <= 32 bits: getrandbits(k) is genrand_uint32 >>> (32 - k)
    const k = 32 - Math.clz32(n);
    let r = mtGenrand32(view, base) >>> (32 - k);
    while (r >= n) r = mtGenrand32(view, base) >>> (32 - k);
    return r;
  }
  return Number(mtRandbelow(view, base, BigInt(n)));
}

// ---------------------------------------------------------------------------
// Lib/random.py algorithms (3.12+)
// ---------------------------------------------------------------------------

/**
 * random.randrange(start[, stop[, step]]) on already-__index__'d ints.
 * Pass `stop === undefined` for the one-argument form; `step` defaults to 1
 * (an explicit step with no stop is Python's TypeError).
 */
export function mtRandrange(view: Int32Array, base: number, start: bigint, stop?: bigint, step?: bigint): bigint {
  if (stop === undefined) {
    if (step !== undefined) throw new RandomError('Missing a non-None stop argument', 'TypeError');
    if (start > 0n) return mtRandbelow(view, base, start);
    throw new RandomError('empty range for randrange()');
  }
  const width = stop - start;
  const istep = step ?? 1n;
  if (istep === 1n) {
    if (width > 0n) return start + mtRandbelow(view, base, width);
    throw new RandomError(`empty range in randrange(${start}, ${stop})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw new RandomError('zero step for randrange()');
  if (n <= 0n) throw new RandomError(`empty range in randrange(${start}, ${stop}, ${istep})`);
  return start + istep * mtRandbelow(view, base, n);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** random.randint(a, b) == randrange(a, b + 1). */
export function mtRandint(view: Int32Array, base: number, a: bigint, b: bigint): bigint {
  return mtRandrange(view, base, a, b + 1n);
}

/** random.choice(seq): the index to take from a sequence of length `len`. */
export function mtChoiceIndex(view: Int32Array, base: number, len: number): number {
  if (len <= 0) throw new RandomError('Cannot choose from an empty sequence', 'IndexError');
  return mtRandbelowNumber(view, base, len);
}

/**
 * random.shuffle on a sequence of length n: the swap partners, in order.
 * Entry t is j for i = n-1-t: swap(x[i], x[j]) for i from n-1 down to 1.
 */
export function mtShuffleIndexes(view: Int32Array, base: number, n: number): number[] {
  const out: number[] = [];
  for (let i = n - 1; i >= 1; i--) out.push(mtRandbelowNumber(view, base, i + 1));
  return out;
}

/** random.shuffle(arr) in place. */
export function mtShuffleInPlace<T>(view: Int32Array, base: number, arr: T[]): void {
  for (let i = arr.length - 1; i >= 1; i--) {
    const j = mtRandbelowNumber(view, base, i + 1);
    const t = arr[i]!;
    arr[i] = arr[j]!;
    arr[j] = t;
  }
}

/** random.uniform(a, b). */
export function mtUniform(view: Int32Array, base: number, a: number, b: number): number {
  return a + (b - a) * mtRandom(view, base);
}

/** random.sample(population, k) for a population of length n: the chosen indexes. */
export function mtSample(view: Int32Array, base: number, n: number, k: number): number[] {
  if (!(k >= 0 && k <= n)) throw new RandomError('Sample larger than population or is negative');
  const result: number[] = new Array<number>(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool: number[] = [];
    for (let i = 0; i < n; i++) pool.push(i);
    for (let i = 0; i < k; i++) {
      const j = mtRandbelowNumber(view, base, n - i);
      result[i] = pool[j]!;
      pool[j] = pool[n - i - 1]!;
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = mtRandbelowNumber(view, base, n);
      while (selected.has(j)) j = mtRandbelowNumber(view, base, n);
      selected.add(j);
      result[i] = j;
    }
  }
  return result;
}

/** random.choices(population, k=k) without weights: k indexes into a population of length n. */
export function mtChoices(view: Int32Array, base: number, n: number, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(Math.floor(mtRandom(view, base) * n));
  return out;
}

/**
 * random.choices(population, cum_weights=cum, k=k): k indexes.
 * (For `weights`, pass the running sums, as itertools.accumulate does.)
 */
export function mtChoicesCumulative(view: Int32Array, base: number, cumWeights: readonly number[], k: number): number[] {
  const n = cumWeights.length;
  if (n === 0) throw new RandomError('list index out of range', 'IndexError');
  const total = cumWeights[n - 1]! + 0.0;
  if (total <= 0.0) throw new RandomError('Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw new RandomError('Total of weights must be finite');
  const hi = n - 1;
  const out: number[] = [];
  for (let i = 0; i < k; i++) {
    const x = mtRandom(view, base) * total;
    // bisect_right(cum_weights, x, 0, hi)
    let lo = 0;
    let h = hi;
    while (lo < h) {
      const mid = (lo + h) >>> 1;
      if (x < cumWeights[mid]!) h = mid;
      else lo = mid + 1;
    }
    out.push(lo);
  }
  return out;
}

const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

/** random.gauss(mu, sigma), with the cached second value kept in the shared state. */
export function mtGauss(view: Int32Array, base: number, mu: number, sigma: number): number {
  let z: number;
  if (view[base + GAUSS_FLAG] === 1) {
    i32[0] = view[base + GAUSS_LO]!;
    i32[1] = view[base + GAUSS_LO + 1]!;
    z = f64[0]!;
    view[base + GAUSS_FLAG] = 0;
  } else {
    const x2pi = mtRandom(view, base) * 2 * Math.PI;
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mtRandom(view, base)));
    z = Math.cos(x2pi) * g2rad;
    f64[0] = Math.sin(x2pi) * g2rad;
    view[base + GAUSS_LO] = i32[0]!;
    view[base + GAUSS_LO + 1] = i32[1]!;
    view[base + GAUSS_FLAG] = 1;
  }
  return mu + z * sigma;
}

/** random.getstate()[1]: the 624 words (unsigned) plus the index, and gauss_next. */
export function mtGetState(view: Int32Array, base: number): { words: number[]; gaussNext: number | null } {
  const words: number[] = [];
  for (let i = 0; i < N; i++) words.push(view[base + i]! >>> 0);
  words.push(view[base + IDX]!);
  let gaussNext: number | null = null;
  if (view[base + GAUSS_FLAG] === 1) {
    i32[0] = view[base + GAUSS_LO]!;
    i32[1] = view[base + GAUSS_LO + 1]!;
    gaussNext = f64[0]!;
  }
  return { words, gaussNext };
}

/** random.setstate(): inverse of {@link mtGetState} (625 words). */
export function mtSetState(view: Int32Array, base: number, words: readonly number[], gaussNext: number | null): void {
  if (words.length !== N + 1) throw new RandomError('state vector is the wrong size');
  const idx = words[N]!;
  if (idx < 0 || idx > N) throw new RandomError('invalid state');
  for (let i = 0; i < N; i++) view[base + i] = words[i]! | 0;
  view[base + IDX] = idx;
  if (gaussNext === null) view[base + GAUSS_FLAG] = 0;
  else {
    f64[0] = gaussNext;
    view[base + GAUSS_LO] = i32[0]!;
    view[base + GAUSS_LO + 1] = i32[1]!;
    view[base + GAUSS_FLAG] = 1;
  }
}
