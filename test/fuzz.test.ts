// Robustness of the whole pipeline from the command line: programs from the conformance corpus, mutated at
// random (seeded, so every run of this test makes the same mutants), are run through bin/minipy.js. Whatever a
// mutant does, minipy must end like CPython would: exit 0, or exit 1 with a Python exception or SyntaxError
// report as its last stderr line — never a JavaScript stack trace, a crash, or another exit code. A mutant that
// is still running after the timeout (a mutation can make an infinite loop) is killed and not counted against.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'minipy.js');
const MUTANTS = Number(process.env.MINIPY_FUZZ_MUTANTS ?? 120);
const TIMEOUT_MS = 8000;
const JS_FRAME = /\bat .*\.(js|ts):\d+|node:internal|\n\s+at /;
const PY_ERROR_LINE = /^[A-Za-z_][\w.]*(: .*)?$/;

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['(', ')', '[', ']', '{', '}', ':', '\n', '    ', '\t', '"', "'", '"""', 'f"{', '\\', '#', ',',
  'if ', 'else', 'lambda', '*', '**', '=', ':=', 'yield', 'not ', ' in ', '.', '0', '-1', '1e9', 'None', 'x',
  'return ', 'del ', 'raise ', '[]', '{}', '()', '0.0', '"s"', 'len', 'print', '+', '%', '//', 'é', '\r'];

function mutate(src: string, r: () => number): string {
  let s = src;
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(r() * (s.length + 1));
    const len = 1 + Math.floor(r() * 8);
    const what = r();
    if (what < 0.35) s = s.slice(0, i) + s.slice(i + len);                                    // delete
    else if (what < 0.7) s = s.slice(0, i) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + s.slice(i); // insert
    else if (what < 0.85) s = s.slice(0, i) + s.slice(i, i + len) + s.slice(i);                // duplicate
    else {                                                                                      // swap lines
      const lines = s.split('\n');
      const a = Math.floor(r() * lines.length), b = Math.floor(r() * lines.length);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      s = lines.join('\n');
    }
  }
  return s;
}

function corpus(): string[] {
  const out: string[] = [];
  for (const cat of ['basics', 'types', 'errors']) {
    const dir = join(ROOT, 'test', 'py', cat);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.py')) continue;
      const text = readFileSync(join(dir, f), 'utf8');
      // programs that read stdin or files, or choose their own exit code, are left out
      if (/^# (skip|stdin|cmdline):/m.test(text) || /\binput\(|open\(|exit\(/.test(text)) continue;
      out.push(text);
    }
  }
  return out;
}

function run(file: string): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, TIMEOUT_MS);
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: Buffer.concat(err).toString('utf8'), timedOut });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'minipy-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mutated corpus programs end like Python programs', () => {
  const programs = corpus();
  const r = rng(20261122);
  const mutants: string[] = [];
  for (let i = 0; i < MUTANTS; i++) mutants.push(mutate(programs[Math.floor(r() * programs.length)], r));

  test('the corpus has programs to mutate', () => {
    expect(programs.length).toBeGreaterThan(50);
  });

  // two at a time: the machines have 2 cores
  for (let i = 0; i < mutants.length; i += 2) {
    test(`mutants ${i}-${i + 1}`, async () => {
      await Promise.all([i, i + 1].filter((k) => k < mutants.length).map(async (k) => {
        const file = join(dir, `m${k}.py`);
        writeFileSync(file, mutants[k]);
        const res = await run(file);
        if (res.timedOut) return;
        const ctx = `mutant ${k}:\n${mutants[k]}\n--- stderr ---\n${res.stderr}`;
        expect(res.stderr, ctx).not.toMatch(JS_FRAME);
        expect([0, 1], ctx).toContain(res.code);
        if (res.code === 1) {
          const last = res.stderr.trimEnd().split('\n').pop() ?? '';
          expect(last, ctx).toMatch(PY_ERROR_LINE);
        }
      }));
    }, TIMEOUT_MS * 3);
  }
});
