/**
 * @fileoverview str.format / str.format_map (CPython's MarkupIterator and field lookup), str.__format__, and
 * `str % args` (over formatPercent.ts).
 */
import { I32, F64, type Ref } from '../heap.js';
import {
  TYPE, T_STR, T_INT, T_BOOL, T_FLOAT, T_TUPLE, TUPLE, TUPLE_ITEMS, Kind, NOTIMPLEMENTED, TYPEOBJ, NUM,
} from '../layout.js';
import { decref } from '../refcount.js';
import { raise, raiseExc, Exc } from '../errors.js';
import { newStr, strToJs, intern } from '../objects/str.js';
import { newInt, intToBig } from '../objects/int.js';
import { tupleOf } from '../objects/tuple.js';
import { newExceptionArgs } from '../objects/exception.js';
import { Slots, SeqOps } from '../slots.js';
import {
  getAttr, getItem, reprJs, strJs, typeNameOf, userDunder, callDunder,
} from '../abstract.js';
import { argc, kwCount } from '../builtinfn.js';
import { formatStr, FormatError } from '../format.js';
import { percentFormat, type PercentHooks } from '../formatPercent.js';
import { formatJs, asciiJs } from '../../vm/support.js';
import { N } from '../names.js';
import { def, needStr } from './str.js';
import { incref } from '../refcount.js';

function fmtErr(e: unknown): never {
  if (e instanceof FormatError) raise(Exc[e.pyType], e.message);
  throw e;
}

// ------------------------------------------------------------------ str.format
interface FormatState {
  args: ArrayLike<number>;
  /** keyword lookup: a new ref, or throws KeyError */
  kw: ((name: string) => Ref) | null;
  auto: number; // -1 manual, >= 0 next automatic index, -2 not decided
  tmp: Ref[];
}

function keyError(key: Ref): never {
  raiseExc(newExceptionArgs(Exc.KeyError, tupleOf([key])));
}

function getArg(st: FormatState, name: string): Ref {
  if (name === '') {
    if (st.auto === -1) raise(Exc.ValueError, 'cannot switch from manual field specification to automatic field numbering');
    if (st.auto === -2) st.auto = 0;
    const i = st.auto++;
    if (i >= st.args.length) raise(Exc.IndexError, `Replacement index ${i} out of range for positional args tuple`);
    return st.args[i];
  }
  if (/^[0-9]+$/.test(name)) {
    if (st.auto >= 0) raise(Exc.ValueError, 'cannot switch from automatic field numbering to manual field specification');
    st.auto = -1;
    const i = Number(name);
    if (i >= st.args.length) raise(Exc.IndexError, `Replacement index ${i} out of range for positional args tuple`);
    return st.args[i];
  }
  if (st.kw === null) {
    const k = newStr(name);
    try { keyError(k); } finally { decref(k); }
  }
  const v = st.kw(name);
  st.tmp.push(v);
  return v;
}

/** resolves a field name like `0.attr[key]` to an object (borrowed: kept alive by st.tmp or the args) */
function getField(st: FormatState, field: string): Ref {
  let i = 0;
  while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
  let obj = getArg(st, field.slice(0, i));
  while (i < field.length) {
    const c = field[i];
    if (c === '.') {
      let j = i + 1;
      while (j < field.length && field[j] !== '.' && field[j] !== '[') j++;
      const name = field.slice(i + 1, j);
      if (name === '') raise(Exc.ValueError, 'Empty attribute in format string');
      obj = getAttr(obj, intern(name));
      st.tmp.push(obj);
      i = j;
    } else if (c === '[') {
      const j = field.indexOf(']', i + 1);
      if (j < 0) raise(Exc.ValueError, "Missing ']' in format string");
      const key = field.slice(i + 1, j);
      if (key === '') raise(Exc.ValueError, 'Empty attribute in format string');
      const k = /^[0-9]+$/.test(key) ? newInt(Number(key)) : newStr(key);
      try { obj = getItem(obj, k); } finally { decref(k); }
      st.tmp.push(obj);
      i = j + 1;
      if (i < field.length && field[i] !== '.' && field[i] !== '[') {
        raise(Exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      raise(Exc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

function formatMarkup(fmt: string, st: FormatState, depth: number): string {
  if (depth <= 0) raise(Exc.ValueError, 'Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    // literal text
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    if (c === '}') {
      if (fmt[j + 1] === '}') { out += '}'; i = j + 2; continue; }
      raise(Exc.ValueError, "Single '}' encountered in format string");
    }
    if (fmt[j + 1] === '{') { out += '{'; i = j + 2; continue; }
    if (j + 1 >= n) raise(Exc.ValueError, "Single '{' encountered in format string");
    // a replacement field: find the matching '}'
    let k = j + 1;
    let count = 1;
    let inBracket = false;
    let fieldEnd = -1; // end of the field name part (before ! or :)
    while (k < n) {
      const ch = fmt[k];
      if (fieldEnd < 0 && !inBracket && ch === '[') inBracket = true;
      else if (inBracket && ch === ']') inBracket = false;
      else if (!inBracket && fieldEnd < 0 && (ch === ':' || ch === '!')) fieldEnd = k;
      else if (!inBracket && ch === '{') count++;
      else if (!inBracket && ch === '}') { count--; if (count === 0) break; }
      k++;
    }
    if (k >= n) {
      if (count > 0 && fieldEnd < 0 && !inBracket) raise(Exc.ValueError, "expected '}' before end of string");
      raise(Exc.ValueError, "expected '}' before end of string");
    }
    const body = fmt.slice(j + 1, k);
    i = k + 1;
    const fe = fieldEnd < 0 ? body.length : fieldEnd - (j + 1);
    const fieldName = body.slice(0, fe);
    let conv = '';
    let spec = '';
    let rest = body.slice(fe);
    if (rest.startsWith('!')) {
      if (rest.length < 2) raise(Exc.ValueError, 'end of string while looking for conversion specifier');
      conv = rest[1];
      rest = rest.slice(2);
      if (rest !== '' && rest[0] !== ':') raise(Exc.ValueError, "expected ':' after conversion specifier");
    }
    if (rest.startsWith(':')) spec = rest.slice(1);
    if (fieldName.includes('{')) raise(Exc.ValueError, "unexpected '{' in field name");
    const obj = getField(st, fieldName);
    if (spec.includes('{') || spec.includes('}')) spec = formatMarkup(spec, st, depth - 1);
    let s: string;
    if (conv !== '') {
      let conv2: string;
      if (conv === 'r') conv2 = reprJs(obj);
      else if (conv === 's') conv2 = strJs(obj);
      else if (conv === 'a') conv2 = asciiJs(obj);
      else raise(Exc.ValueError, `Unknown conversion specifier ${conv}`);
      try { s = formatStr(conv2, spec); } catch (e) { fmtErr(e); }
    } else {
      s = formatJs(obj, spec);
    }
    out += s;
  }
  return out;
}

export function strFormat(fmt: string, args: ArrayLike<number>, kw: ((name: string) => Ref) | null): string {
  const st: FormatState = { args, kw, auto: -2, tmp: [] };
  try {
    return formatMarkup(fmt, st, 2);
  } finally {
    for (const r of st.tmp) decref(r);
  }
}

def('format', (s, a, n, kw) => {
  const nkw = kwCount(kw);
  const npos = n - nkw;
  const args: number[] = [];
  for (let i = 0; i < npos; i++) args.push(I32[a + i]);
  let kwf: ((name: string) => Ref) | null = null;
  if (nkw > 0) {
    const m = new Map<string, Ref>();
    for (let i = 0; i < nkw; i++) m.set(strToJs(I32[kw + TUPLE_ITEMS + i]), I32[a + npos + i]);
    kwf = (name) => {
      const v = m.get(name);
      if (v !== undefined) return incr(v);
      const k = newStr(name);
      try { return keyError(k); } finally { decref(k); }
    };
  }
  return newStr(strFormat(strToJs(s), args, kwf));
});
function incr(r: Ref): Ref { incref(r); return r; }

def('format_map', (s, a, n, kw) => {
  argc('format_map', n, kw, 1, 1);
  const m = I32[a];
  const kwf = (name: string): Ref => {
    const k = newStr(name);
    try { return getItem(m, k); } finally { decref(k); }
  };
  return newStr(strFormat(strToJs(s), [], kwf));
});

def('__format__', (s, a, n, kw) => {
  argc('__format__', n, kw, 1, 1);
  const spec = I32[a];
  if (I32[spec + TYPE] !== T_STR) raise(Exc.TypeError, `__format__() argument must be str, not ${typeNameOf(spec)}`);
  try { return newStr(formatStr(strToJs(s), strToJs(spec))); } catch (e) { fmtErr(e); }
});

// ------------------------------------------------------------------ str % args
const numHooks = (tmp: Ref[]): PercentHooks<Ref> => ({
  str: (v) => strJs(v),
  repr: (v) => reprJs(v),
  ascii: (v) => asciiJs(v),
  typeName: (v) => typeNameOf(v),
  toNumber(v, conv) {
    const t = I32[v + TYPE];
    if (t === T_INT || t === T_BOOL) return intToBig(v);
    if (t === T_FLOAT) return F64[(v + NUM.VAL) >> 1];
    if (conv === '*') return undefined;
    const tryDunder = (name: Ref): bigint | number | undefined => {
      const f = userDunder(v, name);
      if (f === 0) return undefined;
      const r = callDunder(f, v);
      tmp.push(r);
      const rt = I32[r + TYPE];
      if (rt === T_INT || rt === T_BOOL) return intToBig(r);
      if (rt === T_FLOAT) return F64[(r + NUM.VAL) >> 1];
      return undefined;
    };
    if ('diu'.includes(conv)) return tryDunder(N.__index__) ?? tryDunder(N.__int__);
    if ('oxXc'.includes(conv)) return tryDunder(N.__index__);
    return tryDunder(N.__float__) ?? tryDunder(N.__index__);
  },
  asStr: (v) => (I32[v + TYPE] === T_STR ? strToJs(v) : undefined),
});

export function percentOp(fmt: Ref, args: Ref): Ref {
  const tmp: Ref[] = [];
  try {
    const at = I32[args + TYPE];
    const kind = I32[at + TYPEOBJ.KIND];
    let pa: Parameters<typeof percentFormat<Ref>>[1];
    if (kind === Kind.TUPLE) {
      const items: number[] = [];
      for (let i = 0; i < I32[args + TUPLE.SIZE]; i++) items.push(I32[args + TUPLE_ITEMS + i]);
      pa = { tuple: items };
    } else {
      const isMapping = kind !== Kind.STR && (kind === Kind.DICT || Slots.getitem[kind] !== undefined || userDunder(args, N.__getitem__) !== 0);
      pa = isMapping
        ? { value: args, getItem: (key: string) => { const k = newStr(key); try { const v = getItem(args, k); tmp.push(v); return v; } finally { decref(k); } } }
        : { value: args };
    }
    let out: string;
    try { out = percentFormat(strToJs(fmt), pa, numHooks(tmp)); } catch (e) { fmtErr(e); }
    return newStr(out);
  } finally {
    for (const r of tmp) decref(r);
  }
}

SeqOps.binary[Kind.STR] = (a, b, op) => {
  if (op !== 6 || I32[a + TYPE] !== T_STR) return NOTIMPLEMENTED;
  return percentOp(a, b);
};
def('__mod__', (s, a, n, kw) => { argc('__mod__', n, kw, 1, 1); return percentOp(s, I32[a]); });
def('__rmod__', (s, a, n, kw) => {
  argc('__rmod__', n, kw, 1, 1);
  const o = I32[a];
  if (I32[o + TYPE] !== T_STR) return NOTIMPLEMENTED;
  return percentOp(o, s);
});
