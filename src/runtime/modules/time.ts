/**
 * @fileoverview The time module: clocks (time, perf_counter, monotonic, process_time and their _ns forms),
 * sleep (blocks the thread with Atomics.wait: no busy loop), and basic struct_time/strftime support.
 */
import { I32, type Ref } from '../heap.js';
import { NONE, TYPE, T_STR, TUPLE, TUPLE_ITEMS } from '../layout.js';
import { raise, Exc, PyRaise } from '../errors.js';
import { intern, newStr, strToJs } from '../objects/str.js';
import { dictSet, dictGet } from '../objects/dict.js';
import { newInt, newIntFromBig } from '../objects/int.js';
import { newFloat } from '../objects/float.js';
import { tupleSteal } from '../objects/tuple.js';
import { defBuiltin, argc, installModuleBuiltins } from '../builtinfn.js';
import { registerModule, compileSource, execCode } from '../../vm/import.js';
import { callN, isInstance } from '../abstract.js';
import { decref } from '../refcount.js';
import { argFloat, argIndex } from './math.js';
import { sleepMs } from './thread.js';
import { typeRef, Kind } from '../layout.js';

/** nanoseconds since the epoch, from a monotonic base anchored on Date.now() */
const originNs = BigInt(Date.now()) * 1000000n - process.hrtime.bigint();
function timeNs(): bigint {
  return originNs + process.hrtime.bigint();
}

defBuiltin('time', 'time', (_a, n, kw) => { argc('time', n, kw, 0, 0); return newFloat(Number(timeNs()) / 1e9); });
defBuiltin('time', 'time_ns', (_a, n, kw) => { argc('time_ns', n, kw, 0, 0); return newIntFromBig(timeNs()); });
for (const name of ['perf_counter', 'monotonic']) {
  defBuiltin('time', name, (_a, n, kw) => { argc(name, n, kw, 0, 0); return newFloat(Number(process.hrtime.bigint()) / 1e9); });
  defBuiltin('time', name + '_ns', (_a, n, kw) => { argc(name + '_ns', n, kw, 0, 0); return newIntFromBig(process.hrtime.bigint()); });
}
function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}
defBuiltin('time', 'process_time', (_a, n, kw) => { argc('process_time', n, kw, 0, 0); return newFloat(Number(cpuNs()) / 1e9); });
defBuiltin('time', 'process_time_ns', (_a, n, kw) => { argc('process_time_ns', n, kw, 0, 0); return newIntFromBig(cpuNs()); });
defBuiltin('time', 'thread_time', (_a, n, kw) => { argc('thread_time', n, kw, 0, 0); return newFloat(Number(cpuNs()) / 1e9); });

defBuiltin('time', 'sleep', (a, n, kw) => {
  argc('sleep', n, kw, 1, 1);
  const secs = argFloat(I32[a]);
  if (Number.isNaN(secs)) raise(Exc.ValueError, 'Invalid value NaN (not a number)');
  if (secs < 0) raise(Exc.ValueError, 'sleep length must be non-negative');
  sleepMs(secs * 1000);
  return NONE;
});

// ------------------------------------------------------------------ struct_time
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface TM { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; zone: string; gmtoff: number }

function tmFrom(d: Date, utc: boolean): TM {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mo = utc ? d.getUTCMonth() : d.getMonth();
  const md = utc ? d.getUTCDate() : d.getDate();
  const start = Date.UTC(y, 0, 1);
  const yday = Math.floor((Date.UTC(y, mo, md) - start) / 86400000) + 1;
  const wd = (utc ? d.getUTCDay() : d.getDay());
  const off = utc ? 0 : -d.getTimezoneOffset() * 60;
  let zone = 'UTC';
  if (!utc) {
    try {
      zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    } catch { zone = 'UTC'; }
    if (zone === 'GMT') zone = 'UTC';
  }
  return {
    year: y, mon: mo + 1, mday: md, hour: utc ? d.getUTCHours() : d.getHours(), min: utc ? d.getUTCMinutes() : d.getMinutes(),
    sec: utc ? d.getUTCSeconds() : d.getSeconds(), wday: (wd + 6) % 7, yday, isdst: 0, zone, gmtoff: off,
  };
}

let structTimeType: Ref = 0;
function makeStructTime(tm: TM): Ref {
  const tup = tupleSteal([tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].map((v) => newInt(v)));
  if (structTimeType === 0) return tup;
  try {
    const z = newStr(tm.zone), g = newInt(tm.gmtoff);
    try { return callN(structTimeType, [tup, z, g]); } finally { decref(z); decref(g); }
  } finally { decref(tup); }
}

function timeArg(a: number, n: number): Date {
  if (n === 0 || I32[a] === NONE) return new Date();
  return new Date(argFloat(I32[a]) * 1000);
}
defBuiltin('time', 'localtime', (a, n, kw) => { argc('localtime', n, kw, 0, 1); return makeStructTime(tmFrom(timeArg(a, n), false)); });
defBuiltin('time', 'gmtime', (a, n, kw) => { argc('gmtime', n, kw, 0, 1); return makeStructTime(tmFrom(timeArg(a, n), true)); });

function tmFromTuple(t: Ref): TM {
  if (!isInstance(t, TUPLE_TYPE()) || I32[t + TUPLE.SIZE] < 9) raise(Exc.TypeError, 'Tuple or struct_time argument required');
  const v = (i: number) => Number(argIndex(I32[t + TUPLE_ITEMS + i]));
  return { year: v(0), mon: v(1), mday: v(2), hour: v(3), min: v(4), sec: v(5), wday: v(6), yday: v(7), isdst: v(8), zone: 'UTC', gmtoff: 0 };
}
const TUPLE_TYPE = () => typeRef(Kind.TUPLE);

defBuiltin('time', '_zone_of', (a, n, kw) => {
  argc('_zone_of', n, kw, 1, 1);
  const tm = tmFromTuple(I32[a]);
  const local = tmFrom(new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec), false);
  return tupleSteal([newStr(local.zone), newInt(local.gmtoff)]);
});
defBuiltin('time', 'mktime', (a, n, kw) => {
  argc('mktime', n, kw, 1, 1);
  const tm = tmFromTuple(I32[a]);
  return newFloat(new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime() / 1000);
});

const p2 = (x: number) => String(x).padStart(2, '0');
function strftime(fmt: string, tm: TM): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) { out += c; continue; }
    const d = fmt[++i];
    switch (d) {
      case 'Y': out += String(tm.year); break;
      case 'y': out += p2(tm.year % 100); break;
      case 'm': out += p2(tm.mon); break;
      case 'd': out += p2(tm.mday); break;
      case 'e': out += String(tm.mday).padStart(2, ' '); break;
      case 'H': out += p2(tm.hour); break;
      case 'I': out += p2(((tm.hour + 11) % 12) + 1); break;
      case 'M': out += p2(tm.min); break;
      case 'S': out += p2(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon - 1]; break;
      case 'j': out += String(tm.yday).padStart(3, '0'); break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'Z': out += tm.zone; break;
      case 'z': { const o = tm.gmtoff; const s = o < 0 ? '-' : '+'; const ao = Math.abs(o); out += s + p2(Math.floor(ao / 3600)) + p2(Math.floor(ao / 60) % 60); break; }
      case 'c': out += `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${String(tm.mday).padStart(2, ' ')} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`; break;
      case 'x': out += `${p2(tm.mon)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'X': case 'T': out += `${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)}`; break;
      case 'D': out += `${p2(tm.mon)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'F': out += `${tm.year}-${p2(tm.mon)}-${p2(tm.mday)}`; break;
      case 'R': out += `${p2(tm.hour)}:${p2(tm.min)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}
defBuiltin('time', 'strftime', (a, n, kw) => {
  argc('strftime', n, kw, 1, 2);
  const f = I32[a];
  if (I32[f + TYPE] !== T_STR) raise(Exc.TypeError, 'strftime() argument 1 must be str');
  const tm = n > 1 ? tmFromTuple(I32[a + 1]) : tmFrom(new Date(), false);
  if (n > 1) {
    const zone = structTimeType !== 0 && isInstance(I32[a + 1], structTimeType) ? I32[a + 1] : 0;
    void zone;
  }
  return newStr(strftime(strToJs(f), tm));
});
defBuiltin('time', 'asctime', (a, n, kw) => {
  argc('asctime', n, kw, 0, 1);
  const tm = n > 0 ? tmFromTuple(I32[a]) : tmFrom(new Date(), false);
  return newStr(strftime('%a %b %e %H:%M:%S %Y', tm));
});
defBuiltin('time', 'ctime', (a, n, kw) => {
  argc('ctime', n, kw, 0, 1);
  return newStr(strftime('%a %b %e %H:%M:%S %Y', tmFrom(timeArg(a, n), false)));
});

const PRELUDE = `
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    def __new__(cls, seq, zone=None, gmtoff=None):
        return tuple.__new__(cls, seq)
    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: _zone_of(self)[0])
    tm_gmtoff = property(lambda self: _zone_of(self)[1])
    def __repr__(self):
        names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
        return 'time.struct_time(' + ', '.join(n + '=' + repr(v) for n, v in zip(names, self)) + ')'
`;

registerModule('time', (_m, d) => {
  installModuleBuiltins('time', d);
  const tz = newInt(new Date().getTimezoneOffset() * 60);
  dictSet(d, intern('timezone'), tz);
  decref(tz);
  try {
    execCode(compileSource(PRELUDE, '<frozen time>'), d, d);
    const st = dictGet(d, intern('struct_time'));
    if (st !== 0) structTimeType = st;
  } catch (e) {
    // tuple subclassing not available: struct_time stays a plain tuple
    if (e instanceof PyRaise) decref(e.exc); else throw e;
  }
});
