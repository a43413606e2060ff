// Thread behaviour seen from the command line, where a .py/.exp pair cannot express it: deadlock reports,
// Ctrl-C, and the ways to pick the GIL mode. Each case runs the real CLI (bin/minipy.js) in a child process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'minipy.js');
const JS_FRAME = /\n\s+at .*\.(js|ts):\d+/;

interface Out { code: number | null; stdout: string; stderr: string }

function minipy(args: string[], opts: { env?: Record<string, string>; sigintAfterMs?: number; timeoutMs?: number } = {}): Promise<Out> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...opts.env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (b) => { stdout += b; });
    child.stderr.on('data', (b) => { stderr += b; });
    const kill = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20000);
    if (opts.sigintAfterMs !== undefined) {
      // wait for the program to say it is ready, then press Ctrl-C
      child.stdout.once('data', () => setTimeout(() => child.kill('SIGINT'), opts.sigintAfterMs));
    }
    child.on('close', (code) => { clearTimeout(kill); resolve({ code, stdout, stderr }); });
  });
}

const DEADLOCK = `
import _thread, time
a = _thread.allocate_lock()
b = _thread.allocate_lock()
ready = _thread.allocate_lock()
ready.acquire()
def worker():
    b.acquire()
    ready.release()
    time.sleep(0.05)
    a.acquire()
a.acquire()
_thread.start_new_thread(worker, ())
ready.acquire()
print("both locks taken")
b.acquire()
print("never printed")
`;

describe.each([['on'], ['off']])('--gil=%s', (mode) => {
  test('a deadlock is reported with each thread, what it waits for and where, and exit 1', async () => {
    const r = await minipy([`--gil=${mode}`, '-c', DEADLOCK]);
    expect(r.stdout).toBe('both locks taken\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^minipy: deadlock: all 2 threads are blocked forever\n/);
    expect(r.stderr).toMatch(/ {2}MainThread: waits for <locked _thread\.lock object at 0x[0-9a-f]+> at <string>:16 in <module>\n/);
    expect(r.stderr).toMatch(/ {2}thread \d+: waits for <locked _thread\.lock object at 0x[0-9a-f]+> at <string>:11 in worker\n/);
    expect(r.stderr).not.toMatch(JS_FRAME);
  });

  test('a thread that waits on a lock it holds itself is a deadlock too', async () => {
    const r = await minipy([`--gil=${mode}`, '-c', 'import _thread\nl = _thread.allocate_lock()\nl.acquire()\nprint("once")\nl.acquire()\n']);
    expect(r.stdout).toBe('once\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^minipy: deadlock: the only thread is blocked forever\n {2}MainThread: waits for .* at <string>:5 in <module>\n$/);
  });

  test('Ctrl-C interrupts a busy loop with KeyboardInterrupt (exit 130), output kept', async () => {
    const r = await minipy([`--gil=${mode}`, '-c', 'print("ready", flush=True)\nn = 0\nwhile True:\n    n += 1\n'], { sigintAfterMs: 200 });
    expect(r.stdout).toBe('ready\n');
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File "<string>", line \d, in <module>\n(.*\n)*KeyboardInterrupt\n$/);
  });

  test('Ctrl-C interrupts time.sleep and a blocked lock acquire', async () => {
    const r1 = await minipy([`--gil=${mode}`, '-c', 'import time\nprint("ready", flush=True)\ntime.sleep(30)\n'], { sigintAfterMs: 200 });
    expect(r1.code).toBe(130);
    expect(r1.stderr).toMatch(/KeyboardInterrupt\n$/);
    const r2 = await minipy([`--gil=${mode}`, '-c',
      'import _thread, time\nl = _thread.allocate_lock()\nl.acquire()\n_thread.start_new_thread(time.sleep, (30,))\nprint("ready", flush=True)\nl.acquire()\n'],
    { sigintAfterMs: 200 });
    expect(r2.code).toBe(130);
    expect(r2.stderr).toMatch(/line 6, in <module>\n(.*\n)*KeyboardInterrupt\n$/);
  });
});

describe('choosing the mode', () => {
  const probe = ['-c', 'import sys; print(sys._is_gil_enabled())'];
  test.each([
    [[], {}, 'True'],
    [['--gil=off'], {}, 'False'],
    [['-X', 'gil=0'], {}, 'False'],
    [['-X', 'gil=1'], { MINIPY_GIL: '0' }, 'True'],
    [[], { MINIPY_GIL: '0' }, 'False'],
    [['--gil=on'], { MINIPY_GIL: '0' }, 'True'],
  ])('%j with env %j → %s', async (flags, env, want) => {
    const r = await minipy([...flags, ...probe], { env: env as Record<string, string> });
    expect(r.stdout).toBe(want + '\n');
    expect(r.code).toBe(0);
  });

  test('a bad -X gil or MINIPY_GIL value is a fatal error, as CPython', async () => {
    const r = await minipy(['-X', 'gil=2', ...probe]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/-X gil must be "0" or "1"/);
    const r2 = await minipy(probe, { env: { MINIPY_GIL: 'x' } });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/MINIPY_GIL must be "0" or "1"/);
  });
});
