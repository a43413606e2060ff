#!/usr/bin/env node
// Writes test/py/**/<name>.py.exp (and .py.err for `# stderr:` tests) by running CPython on the corpus, so the
// conformance runner (test/conformance.test.ts) never needs CPython. Never run by CI.
//
//   node scripts/make-exp.js [--force] [test/py/... files or folders]      (default: all of test/py)
//   MINIPY_PYTHON=python3.13 node scripts/make-exp.js ...                   (which CPython to use; default python3)
//
// Same convention as the runner: cwd is the repo root and the script is passed as `test/py/<cat>/<name>.py`, after
// the `# cmdline:` words and before the `# args:` words. Tests marked `# 3.14: ...` (CPython 3.14 differs from the
// local python3) or `# minipy: ...` (minipy-specific output) hold hand-written expectations: they are left alone
// unless --force is given. For tests that exit non-zero, the exit code and last stderr line are printed (and
// compared with the directives) so the directives can be written by hand.
//
// This file also owns the directive parser, which the runner imports: one definition of the syntax.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CORPUS = join(ROOT, 'test', 'py');

// Splits a directive value like a shell would, for the quoting we need: "..." (with \" and \\), '...' and bare words.
export function splitWords(s) {
  const out = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+))/gy;
  let m;
  while ((m = re.exec(s)) !== null && m[0].trim() !== '') {
    out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2] : m[3]);
  }
  return out;
}

const unescape = (s) => s.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '\\': '\\' })[c] ?? '\\' + c);

// Directives live in the leading comment block (blank lines allowed); the first code line ends it.
export function parseDirectives(source) {
  const d = { args: [], cmdline: [], stdin: '', exit: 0, stderrTail: null, stderrFull: false, skip: null,
    modes: [], stdoutRe: null, handWritten: null, leaks: null };
  for (const line of source.split('\n')) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) break;
    const m = /^#\s*(args|stdin|exit|stderr-tail|stderr|cmdline|skip|modes|stdout-re|leaks|3\.14|minipy):(.*)$/.exec(t);
    if (!m) continue;
    const v = m[2].trim();
    switch (m[1]) {
      case 'args': d.args = splitWords(v); break;
      case 'cmdline': d.cmdline = splitWords(v); break;
      case 'stdin': d.stdin = unescape(m[2].replace(/^ /, '')); break;
      case 'exit': d.exit = Number(v); break;
      case 'stderr-tail': d.stderrTail = v; break;
      case 'stderr': d.stderrFull = true; break;
      case 'skip': d.skip = v || 'skipped'; break;
      case 'modes': d.modes = v.split(/\s+/).filter(Boolean); break;
      case 'stdout-re': d.stdoutRe = v; break;
      case 'leaks': d.leaks = v || 'expected'; break;
      default: d.handWritten = (d.handWritten ? d.handWritten + '; ' : '') + m[1] + ': ' + v;
    }
  }
  return d;
}

// Every runnable .py under dir, as repo-relative paths with forward slashes, sorted.
export function findTests(dir = CORPUS) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.py')) out.push(relative(ROOT, p).split('\\').join('/'));
  }
  return out;
}

export const lastLine = (s) => s.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '').pop() ?? '';

function main(argv) {
  const force = argv.includes('--force');
  const targets = argv.filter((a) => a !== '--force');
  const files = targets.length === 0 ? findTests()
    : targets.flatMap((t) => statSync(resolve(t)).isDirectory() ? findTests(resolve(t)) : [relative(ROOT, resolve(t))]);
  const python = process.env.MINIPY_PYTHON || 'python3';
  for (const rel of files) {
    const d = parseDirectives(readFileSync(join(ROOT, rel), 'utf8'));
    if (d.skip !== null) continue;
    if (d.handWritten && !force) { console.log(`keep   ${rel}  (${d.handWritten})`); continue; }
    const r = spawnSync(python, [...d.cmdline, rel, ...d.args],
      { cwd: ROOT, input: d.stdin, encoding: 'utf8', timeout: 30000,
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
    if (d.stdoutRe === null) writeFileSync(join(ROOT, rel + '.exp'), r.stdout);
    if (d.stderrFull) {
      const err = r.stderr.split(join(ROOT, rel)).join('<FILE>').split(dirname(join(ROOT, rel))).join('<DIR>');
      writeFileSync(join(ROOT, rel + '.err'), err);
    }
    let note = '';
    if (r.status !== d.exit) note += `  EXIT ${r.status} (directive ${d.exit})`;
    if (d.stderrTail !== null && lastLine(r.stderr) !== d.stderrTail) note += `  TAIL DIFFERS`;
    if (r.status !== 0 || note) console.log(`wrote  ${rel}  exit=${r.status}  tail: ${lastLine(r.stderr)}${note}`);
    else console.log(`wrote  ${rel}`);
    if (!existsSync(join(ROOT, rel + '.exp')) && d.stdoutRe === null) console.log(`  (no .exp written for ${rel})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
