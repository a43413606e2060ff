/**
 * @fileoverview The os module (a small part): cpu_count, getenv/environ (a dict snapshot of the environment),
 * getcwd, getpid, sep/linesep/name, file removal and listing, and the os.path submodule (also importable as
 * `os.path`).
 */
import * as fs from 'node:fs';
import * as nodeOs from 'node:os';
import * as nodePath from 'node:path';
import { I32, type Ref } from '../heap.js';
import { NONE, TRUE, FALSE, TYPE, T_STR, T_BYTES, TUPLE, TUPLE_ITEMS } from '../layout.js';
import { raise, Exc } from '../errors.js';
import { intern, newStr, strToJs } from '../objects/str.js';
import { newDict, dictSet, dictGet } from '../objects/dict.js';
import { newInt } from '../objects/int.js';
import { newList, listAppendSteal } from '../objects/list.js';
import { tupleSteal } from '../objects/tuple.js';
import { defBuiltin, argc, bindArgs, installModuleBuiltins } from '../builtinfn.js';
import { registerModule, makeBuiltinModule, sysModules } from '../../vm/import.js';
import { typeNameOf } from '../abstract.js';
import { decref, incref } from '../refcount.js';
import { raiseFromNode } from './io.js';
import { bytesToArray } from '../objects/bytes.js';
import { MODULE } from '../layout.js';
import { newBytes } from '../objects/bytes.js';
import { argIndex } from './math.js';
import { newFloat } from '../objects/float.js';

function pathArg(r: Ref, fname: string, argname = 'path'): string {
  const t = I32[r + TYPE];
  if (t === T_STR) return strToJs(r);
  if (t === T_BYTES) return Buffer.from(bytesOf(r)).toString('utf8');
  raise(Exc.TypeError, `${fname}: ${argname} should be string, bytes or os.PathLike, not ${typeNameOf(r)}`);
}
function bytesOf(r: Ref): Uint8Array { return bytesToArray(r); }

defBuiltin('os', 'cpu_count', (_a, n, kw) => {
  argc('cpu_count', n, kw, 0, 0);
  const c = typeof nodeOs.availableParallelism === 'function' ? nodeOs.availableParallelism() : nodeOs.cpus().length;
  return c > 0 ? newInt(c) : NONE;
});
defBuiltin('os', 'process_cpu_count', (_a, n, kw) => {
  argc('process_cpu_count', n, kw, 0, 0);
  return newInt(typeof nodeOs.availableParallelism === 'function' ? nodeOs.availableParallelism() : nodeOs.cpus().length);
});
defBuiltin('os', 'getenv', (a, n, kw) => {
  const [key, dflt] = bindArgs('getenv', a, n, kw, ['key', 'default']);
  if (key === 0) raise(Exc.TypeError, "getenv() missing 1 required positional argument: 'key'");
  if (I32[key + TYPE] !== T_STR) raise(Exc.TypeError, `str expected, not ${typeNameOf(key)}`);
  // os.environ is authoritative (putenv through environ[...] = ... is visible)
  const osm = dictGet(sysModules(), intern('os'));
  if (osm !== 0) {
    const env = dictGet(moduleDictOf(osm), intern('environ'));
    if (env !== 0) {
      const v = dictGet(env, key);
      if (v !== 0) { incref(v); return v; }
      const r = dflt === 0 ? NONE : dflt;
      incref(r);
      return r;
    }
  }
  const v = process.env[strToJs(key)];
  if (v !== undefined) return newStr(v);
  const r = dflt === 0 ? NONE : dflt;
  incref(r);
  return r;
});
function moduleDictOf(m: Ref): Ref { return I32[m + MODULE.DICT]; }

defBuiltin('os', 'getcwd', (_a, n, kw) => { argc('getcwd', n, kw, 0, 0); return newStr(process.cwd()); });
defBuiltin('os', 'chdir', (a, n, kw) => {
  argc('chdir', n, kw, 1, 1);
  const p = pathArg(I32[a], 'chdir');
  try { process.chdir(p); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'getpid', (_a, n, kw) => { argc('getpid', n, kw, 0, 0); return newInt(process.pid); });
defBuiltin('os', 'getppid', (_a, n, kw) => { argc('getppid', n, kw, 0, 0); return newInt(process.ppid); });
for (const name of ['remove', 'unlink']) {
  defBuiltin('os', name, (a, n, kw) => {
    argc(name, n, kw, 1, 1);
    const p = pathArg(I32[a], name);
    try { fs.unlinkSync(p); } catch (e) { raiseFromNode(e, p); }
    return NONE;
  });
}
defBuiltin('os', 'rmdir', (a, n, kw) => {
  argc('rmdir', n, kw, 1, 1);
  const p = pathArg(I32[a], 'rmdir');
  try { fs.rmdirSync(p); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'mkdir', (a, n, kw) => {
  const [p0] = bindArgs('mkdir', a, n, kw, ['path', 'mode', 'dir_fd']);
  const p = pathArg(p0, 'mkdir');
  try { fs.mkdirSync(p); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'makedirs', (a, n, kw) => {
  const [p0, , ok] = bindArgs('makedirs', a, n, kw, ['name', 'mode', 'exist_ok']);
  const p = pathArg(p0, 'makedirs');
  if (fs.existsSync(p) && ok !== TRUE) raiseFromNode({ code: 'EEXIST' }, p);
  try { fs.mkdirSync(p, { recursive: true }); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'rename', (a, n, kw) => {
  argc('rename', n, kw, 2, 2);
  const p = pathArg(I32[a], 'rename', 'src'), q = pathArg(I32[a + 1], 'rename', 'dst');
  try { fs.renameSync(p, q); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'replace', (a, n, kw) => {
  argc('replace', n, kw, 2, 2);
  const p = pathArg(I32[a], 'replace', 'src'), q = pathArg(I32[a + 1], 'replace', 'dst');
  try { fs.renameSync(p, q); } catch (e) { raiseFromNode(e, p); }
  return NONE;
});
defBuiltin('os', 'listdir', (a, n, kw) => {
  argc('listdir', n, kw, 0, 1);
  const p = n > 0 && I32[a] !== NONE ? pathArg(I32[a], 'listdir') : '.';
  let names: string[] = [];
  try { names = fs.readdirSync(p); } catch (e) { raiseFromNode(e, p); }
  const l = newList(0);
  for (const s of names) listAppendSteal(l, newStr(s));
  return l;
});
defBuiltin('os', 'urandom', (a, n, kw) => {
  argc('urandom', n, kw, 1, 1);
  const k = Number(strOrInt(I32[a]));
  const b = new Uint8Array(k);
  globalThis.crypto.getRandomValues(b);
  return newBytes(b);
});
function strOrInt(r: Ref): bigint { return argIndex(r); }
defBuiltin('os', 'fspath', (a, n, kw) => {
  argc('fspath', n, kw, 1, 1);
  const r = I32[a];
  if (I32[r + TYPE] !== T_STR && I32[r + TYPE] !== T_BYTES) raise(Exc.TypeError, `expected str, bytes or os.PathLike object, not ${typeNameOf(r)}`);
  incref(r);
  return r;
});
defBuiltin('os', 'get_terminal_size', (_a, n, kw) => {
  argc('get_terminal_size', n, kw, 0, 1);
  return tupleSteal([newInt(process.stdout.columns ?? 80), newInt(process.stdout.rows ?? 24)]);
});

// ------------------------------------------------------------------ os.path
const P = 'os.path';
function pathFn(name: string, f: (p: string) => Ref): void {
  defBuiltin(P, name, (a, n, kw) => {
    argc(name, n, kw, 1, 1);
    return f(pathArg(I32[a], name));
  });
}
const bool = (b: boolean) => (b ? TRUE : FALSE);
function statOrNull(p: string, follow = true): fs.Stats | null {
  try { return follow ? fs.statSync(p) : fs.lstatSync(p); } catch { return null; }
}
pathFn('exists', (p) => bool(statOrNull(p) !== null));
pathFn('lexists', (p) => bool(statOrNull(p, false) !== null));
pathFn('isfile', (p) => bool(statOrNull(p)?.isFile() ?? false));
pathFn('isdir', (p) => bool(statOrNull(p)?.isDirectory() ?? false));
pathFn('islink', (p) => bool(statOrNull(p, false)?.isSymbolicLink() ?? false));
pathFn('isabs', (p) => bool(p.startsWith('/')));
pathFn('basename', (p) => newStr(p.slice(p.lastIndexOf('/') + 1)));
pathFn('dirname', (p) => {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return newStr(head);
});
pathFn('abspath', (p) => newStr(normpath(nodePath.isAbsolute(p) ? p : nodePath.join(process.cwd(), p))));
pathFn('realpath', (p) => { try { return newStr(fs.realpathSync(p)); } catch { return newStr(normpath(nodePath.resolve(p))); } });
pathFn('normpath', (p) => newStr(normpath(p)));
pathFn('expanduser', (p) => newStr(p === '~' || p.startsWith('~/') ? nodeOs.homedir() + p.slice(1) : p));
pathFn('getsize', (p) => { try { return newInt(fs.statSync(p).size); } catch (e) { raiseFromNode(e, p); } });
pathFn('getmtime', (p) => { try { return newFloatTmp(fs.statSync(p).mtimeMs / 1000); } catch (e) { raiseFromNode(e, p); } });
function newFloatTmp(x: number): Ref { return newFloat(x); }
function splitPair(a: string, b: string): Ref { return tupleSteal([newStr(a), newStr(b)]); }
pathFn('split', (p) => {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return splitPair(head, p.slice(i));
});
pathFn('splitext', (p) => {
  const sep = p.lastIndexOf('/');
  const dot = p.lastIndexOf('.');
  if (dot > sep) {
    // leading dots of the basename do not start an extension
    let fi = sep + 1;
    while (fi < dot && p[fi] === '.') fi++;
    if (fi < dot) return splitPair(p.slice(0, dot), p.slice(dot));
  }
  return splitPair(p, '');
});

/** posixpath.normpath */
function normpath(path: string): string {
  if (path === '') return '.';
  const initial = path.startsWith('/') ? (path.startsWith('//') && !path.startsWith('///') ? 2 : 1) : 0;
  const comps = path.split('/');
  const out: string[] = [];
  for (const c of comps) {
    if (c === '' || c === '.') continue;
    if (c !== '..' || (!initial && out.length === 0) || (out.length && out[out.length - 1] === '..')) out.push(c);
    else if (out.length) out.pop();
  }
  const s = '/'.repeat(initial) + out.join('/');
  return s || '.';
}

defBuiltin(P, 'join', (a, n, kw) => {
  argc('join', n, kw, 1, 1 << 30);
  let path = pathArg(I32[a], 'join', 'a');
  for (let i = 1; i < n; i++) {
    const b = pathArg(I32[a + i], 'join', 'p');
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return newStr(path);
});

registerModule('os.path', (_m, d) => {
  dictSet(d, intern('sep'), intern('/'));
  installModuleBuiltins(P, d);
});

registerModule('os', (_m, d) => {
  dictSet(d, intern('sep'), intern('/'));
  dictSet(d, intern('altsep'), NONE);
  dictSet(d, intern('extsep'), intern('.'));
  dictSet(d, intern('pathsep'), intern(':'));
  dictSet(d, intern('curdir'), intern('.'));
  dictSet(d, intern('pardir'), intern('..'));
  dictSet(d, intern('devnull'), intern('/dev/null'));
  dictSet(d, intern('linesep'), intern('\n'));
  dictSet(d, intern('name'), intern('posix'));
  const env = newDict();
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    const ks = newStr(k), vs = newStr(v);
    dictSet(env, ks, vs);
    decref(ks); decref(vs);
  }
  dictSet(d, intern('environ'), env);
  decref(env);
  installModuleBuiltins('os', d);
  const existing = dictGet(sysModules(), intern('os.path'));
  const pm = existing !== 0 ? existing : makeBuiltinModule('os.path');
  dictSet(d, intern('path'), pm);
});
