// Conformance corpus runner: every test/py/<category>/<name>.py is run through bin/minipy.js and its stdout compared
// byte for byte with <name>.py.exp (written from CPython by scripts/make-exp.js; see there).
//
// Convention: cwd is the repo root, and the script is passed repo-relative as `test/py/<cat>/<name>.py` (that is
// sys.argv[0]). Tracebacks show the script's absolute path, as CPython does (it makes __main__.__file__ absolute);
// `<FILE>` in a .py.err file stands for that absolute path and `<DIR>` for its folder's (for tracebacks through
// a module imported from beside it), so checkouts anywhere compare equal. Command line:
//   node bin/minipy.js <# cmdline: words> test/py/<cat>/<name>.py <# args: words>
// MINIPY_BIN="python3" (any command, split on spaces) replaces `node bin/minipy.js`, e.g. to check the harness
// against CPython. MINIPY_TEST_FILTER=substring runs only matching paths. MINIPY_TEST_JOBS caps parallel runs (3).
//
// Directives, in the leading comment lines of the .py (all optional; parser in scripts/make-exp.js):
//   # args: a "b c"          argv after the script         # cmdline: -c "print(1)"   words before the script
//   # stdin: line1\nline2    fed to stdin (default empty)  # exit: N                  expected exit code (default 0)
//   # stderr-tail: text      last non-empty stderr line    # stderr:                  full stderr is in <name>.py.err
//   # stdout-re: regex       stdout must match (no .exp)   # skip: reason             not run (helper modules)
//   # modes: gil nogil       run once per mode, with --gil=on / --gil=off (default for test/py/threads: both;
//                            elsewhere: once, with no flag)
//   # leaks: why             the program may end with objects still referenced (a daemon thread frozen at exit,
//                            as CPython freezes it): the [N refs, M blocks] line is not required to be zero
//   # 3.14: what differs     expectations hand-written for CPython 3.14 (make-exp leaves them alone)
//   # minipy: what differs   expectations hand-written for minipy itself (e.g. its program name)
// Every run, whatever its directives, fails if stderr shows a JavaScript stack frame. test/py/threads programs
// run with MINIPY_DEBUG=1: the heap is walked at exit and a broken invariant makes the exit code 70. Every minipy run also
// passes --show-refcount and fails unless the program leaked nothing: its last stderr line must be
// `[0 refs, 0 blocks]` (that line is removed before the stderr expectations are checked).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-ignore plain ESM script without type declarations
import { ROOT, findTests, parseDirectives, lastLine } from '../scripts/make-exp.js';

type Directives = {
  args: string[]; cmdline: string[]; stdin: string; exit: number; stderrTail: string | null; stderrFull: boolean;
  skip: string | null; modes: string[]; stdoutRe: string | null; handWritten: string | null;
};
type RunResult = { stdout: string; stderr: string; code: number | null; signal: string | null; timedOut: boolean };

const TIMEOUT_MS = 30_000;
// thread programs get more: the stress ones run 8 threads on 2 cores with the heap walk at exit, 3 programs at a
// time, and took up to 45 s under a load average of 20 (still a hang guard, far below a real deadlock's forever)
const THREADS_TIMEOUT_MS = 90_000;
const JS_FRAME = /\bat .*\.(js|ts):\d+|node:internal/;
const command: string[] = process.env.MINIPY_BIN
  ? process.env.MINIPY_BIN.split(/\s+/).filter(Boolean)
  : [process.execPath, join(ROOT, 'bin', 'minipy.js')];
const filter = process.env.MINIPY_TEST_FILTER ?? '';
const leakCheck = !process.env.MINIPY_BIN;
const REFCOUNT_LINE = /\[(\d+) refs, (\d+) blocks\]\n$/;

// A small semaphore: vitest starts up to maxConcurrency tests at once, but the machine has 2 cores.
let slots = Math.max(1, Number(process.env.MINIPY_TEST_JOBS ?? 3));
const waiting: (() => void)[] = [];
async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (slots > 0) slots--;
  else await new Promise<void>((res) => waiting.push(res));
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else slots++;
  }
}

function run(args: string[], stdin: string, env: Record<string, string> = {}, timeoutMs = TIMEOUT_MS): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command[0], [...command.slice(1), ...args], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {}); // the program may exit without reading its stdin
    child.stdin.end(stdin);
    const finish = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
        code, signal, timedOut });
    };
    child.on('error', (e) => { err.push(Buffer.from(`spawn failed: ${e.message}\n`)); finish(null, null); });
    child.on('close', finish);
  });
}

const files: string[] = (findTests() as string[]).filter((f) => f.includes(filter));

describe('conformance corpus', () => {
  test('corpus is discovered', () => {
    if (filter === '') expect(files.length).toBeGreaterThan(100);
    expect(files.length).toBeGreaterThan(0);
  });

  for (const rel of files) {
    const d: Directives = parseDirectives(readFileSync(join(ROOT, rel), 'utf8'));
    const name = rel.replace(/^test\/py\//, '');
    if (d.skip !== null) {
      test.skip(`${name} (${d.skip})`, () => {});
      continue;
    }
    const modes: string[] = d.modes.length > 0 ? d.modes : rel.startsWith('test/py/threads/') ? ['gil', 'nogil'] : [''];
    for (const mode of modes) {
    const flag = mode === 'gil' ? ['--gil=on'] : mode === 'nogil' ? ['--gil=off'] : [];
    const threads = rel.startsWith('test/py/threads/');
    const limit = threads ? THREADS_TIMEOUT_MS : TIMEOUT_MS;
    test.concurrent(mode ? `${name} [${mode}]` : name, async () => {
      const r = await withSlot(() => run([...(leakCheck && d.cmdline[0] !== 'dis' ? ['--show-refcount'] : []), ...(leakCheck ? flag : []), ...d.cmdline, rel, ...d.args], d.stdin,
        // thread programs also get the heap walk at exit (every block, header and free list): exit 70 if unsound
        threads ? { MINIPY_DEBUG: '1' } : {}, limit));
      expect(r.timedOut, `timed out after ${limit} ms`).toBe(false);
      const runsProgram = d.exit !== 2 && !d.cmdline.some((w) => ['--version', '-V', '--help', '-h', 'dis'].includes(w));
      if (leakCheck && runsProgram) {
        if (d.leaks === null) {
          const m = REFCOUNT_LINE.exec(r.stderr);
          expect(m?.[0], `--show-refcount line at the end of stderr:\n${r.stderr}`).toBe('[0 refs, 0 blocks]\n');
          r.stderr = r.stderr.slice(0, r.stderr.length - m![0].length);
        } else {
          // the report, then (MINIPY_DEBUG) one line per object still referenced
          const at = r.stderr.search(/\[\d+ refs, \d+ blocks\]\n/);
          expect(at, `--show-refcount line in stderr:\n${r.stderr}`).toBeGreaterThanOrEqual(0);
          r.stderr = r.stderr.slice(0, at);
        }
      }
      const ctx = `\n--- stderr of ${rel} ---\n${r.stderr}`;
      expect(r.stderr, 'a JavaScript stack frame reached stderr').not.toMatch(JS_FRAME);
      if (d.stdoutRe !== null) expect(r.stdout).toMatch(new RegExp(d.stdoutRe));
      else {
        const expPath = join(ROOT, rel + '.exp');
        expect(existsSync(expPath), `missing ${rel}.exp (run scripts/make-exp.js)`).toBe(true);
        expect(r.stdout, 'stdout differs from .exp' + ctx).toBe(readFileSync(expPath, 'utf8'));
      }
      expect(r.code, `exit code (signal ${r.signal})` + ctx).toBe(d.exit);
      if (d.stderrTail !== null) expect(lastLine(r.stderr), 'last stderr line').toBe(d.stderrTail);
      if (d.stderrFull) {
        const want = readFileSync(join(ROOT, rel + '.err'), 'utf8').split('<FILE>').join(join(ROOT, rel))
          .split('<DIR>').join(dirname(join(ROOT, rel)));
        expect(r.stderr, 'full stderr').toBe(want);
      }
    }, limit * 3);
    }
  }
});
