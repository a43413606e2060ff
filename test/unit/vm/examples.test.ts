// The thread demos in examples/, run as a user would, in both modes: correct where the program is correct, never
// a crash, a leak or a broken heap where it is racy (MINIPY_DEBUG=1 walks the heap at exit).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'minipy.js'), '--show-refcount', ...args],
      { cwd: ROOT, env: { ...process.env, MINIPY_DEBUG: '1' } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    const kill = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('close', (code) => { clearTimeout(kill); resolve({ code, stdout, stderr }); });
  });
}

describe.each([['on'], ['off']])('--gil=%s', (mode) => {
  test('lock_counter.py is exact', async () => {
    const r = await run([`--gil=${mode}`, 'examples/lock_counter.py', '4', '5000']);
    expect(r.stdout).toContain('expected: 20000\nactual:   20000\nexact\n');
    expect(r.stderr).toBe('[0 refs, 0 blocks]\n');
    expect(r.code).toBe(0);
  });

  test('race_counter.py: wrong numbers at worst, never a broken runtime', async () => {
    const r = await run([`--gil=${mode}`, 'examples/race_counter.py', '2', '50000']);
    const actual = Number(/actual: +(\d+)/.exec(r.stdout)?.[1]);
    expect(actual).toBeGreaterThan(0);
    expect(actual).toBeLessThanOrEqual(100000);
    // under the GIL a switch only happens at the loop's back edge, after the store: nothing is lost (CPython 3.10+)
    if (mode === 'on') expect(actual).toBe(100000);
    expect(r.stderr).toBe('[0 refs, 0 blocks]\n');
    expect(r.code).toBe(0);
  });

  test('primes_threads.py counts the same primes with 1 and 2 threads', async () => {
    const r = await run([`--gil=${mode}`, 'examples/primes_threads.py', '2', '20000']);
    expect(r.stdout).toMatch(/threads: 1 {2}primes below 20000: 2262 {2}elapsed/);
    expect(r.stdout).toMatch(/threads: 2 {2}primes below 20000: 2262 {2}elapsed/);
    expect(r.stderr).toBe('[0 refs, 0 blocks]\n');
    expect(r.code).toBe(0);
  });
});
