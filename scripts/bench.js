#!/usr/bin/env node
// Benchmark runner: times the programs in ../shared/bench under minipy and, when
// python3 is on PATH, under CPython, and prints medians and the minipy/CPython ratio.
//
//   npm run bench                         # fib, loop, nbody, primes, dict_str; 5 runs each
//   npm run bench -- --runs 7 --only fib,loop
//   npm run bench -- --json results.json --minipy-args "--heap-size 2G"
//   npm run bench -- --threads            # threads_primes / threads_counter, T=1,2, --gil=on/off
//   npm run bench -- --all                # both suites
//
// What is measured: wall time of each run, from process spawn to exit (so
// interpreter startup is included), via process.hrtime.bigint(). minipy and
// python3 runs are interleaved (and their order alternates each round) so
// machine noise hits both alike. Every run must exit 0, and minipy's stdout
// must equal python3's byte for byte (otherwise MISMATCH, counted as failed).
// Progress goes to stderr, results to stdout. Exit code 0 iff everything passed.
//
// Plain Node ESM with no dependencies and no build step.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MINIPY = path.join(REPO, 'bin', 'minipy.js');
const DEFAULT_SET = ['fib', 'loop', 'nbody', 'primes', 'dict_str'];
const THREAD_SET = ['threads_primes', 'threads_counter'];
// Work done by a threaded program as a function of T (for the speedup figure):
// threads_primes splits a fixed range; threads_counter gives each thread the same loop.
const THREAD_WORK = { threads_primes: () => 1, threads_counter: (t) => t };
const THREAD_COUNTS = [1, 2];
const GIL_MODES = ['on', 'off'];

const USAGE = `usage: node scripts/bench.js [options]
  --runs N             runs per program and interpreter (default 5)
  --only a,b           only these programs (names without .py)
  --dir DIR            benchmark directory (default <repo>/../shared/bench)
  --json FILE          also write machine-readable results to FILE
  --minipy-args "..."  extra flags for minipy, placed before the script
  --python CMD         CPython to compare against (default: python3 on PATH)
  --no-python          do not run CPython at all
  --timeout S          per-run timeout in seconds (default 300)
  --threads            run the threaded suite instead (threads_primes, threads_counter;
                       T=1,2; --gil=on and --gil=off)
  --all                run the single-threaded and the threaded suite
  -h, --help           this text`;

// ---------------------------------------------------------------- options

function splitArgs(s) {
  // minimal shell-like split: whitespace separated, '…' and "…" group
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m;
  while ((m = re.exec(s)) !== null) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function parseOptions(argv) {
  const o = {
    runs: 5, only: null, dir: path.resolve(REPO, '..', 'shared', 'bench'), json: null,
    minipyArgs: [], python: undefined, timeout: 300, single: true, threads: false,
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let val;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { val = a.slice(eq + 1); a = a.slice(0, eq); }
    const need = () => {
      if (val !== undefined) return val;
      if (i + 1 >= argv.length) die(`option ${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--runs': o.runs = Number(need()); if (!Number.isInteger(o.runs) || o.runs < 1) die('--runs must be a positive integer'); break;
      case '--only': o.only = need().split(',').map((s) => s.trim().replace(/\.py$/, '')).filter(Boolean); break;
      case '--dir': o.dir = path.resolve(need()); break;
      case '--json': o.json = path.resolve(need()); break;
      case '--minipy-args': o.minipyArgs.push(...splitArgs(need())); break;
      case '--python': o.python = need(); break;
      case '--no-python': o.python = null; break;
      case '--timeout': o.timeout = Number(need()); if (!(o.timeout > 0)) die('--timeout must be a positive number'); break;
      case '--threads': o.threads = true; o.single = false; break;
      case '--all': o.threads = true; o.single = true; break;
      case '-h': case '--help': process.stdout.write(USAGE + '\n'); process.exit(0);
      default: die(`unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  return o;
}

function die(msg) {
  process.stderr.write(`bench: ${msg}\n`);
  process.exit(2);
}

const log = (msg) => process.stderr.write(msg + '\n');

// ---------------------------------------------------------------- helpers

function findOnPath(cmd) {
  if (cmd.includes('/')) return existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try { if (statSync(p).isFile()) return p; } catch { /* not here */ }
  }
  return null;
}

function pythonVersion(cmd) {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8', timeout: 20000 });
  if (r.error || r.status !== 0) return null;
  return (r.stdout || r.stderr).trim();
}

/** Spawn cmd with args, time spawn→exit, capture output. Never rejects. */
function timedRun(cmd, args, cwd, timeoutS) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    let timedOut = false;
    let done = false;
    const t0 = process.hrtime.bigint();
    let child;
    try {
      child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      resolve({ ok: false, code: null, signal: null, seconds: 0, stdout: '', stderr: String(e), timedOut: false });
      return;
    }
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutS * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const finish = (code, signal, extraErr) => {
      if (done) return;
      done = true;
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8') + (extraErr ? String(extraErr) : '');
      resolve({
        ok: code === 0 && !timedOut, code, signal, seconds, timedOut,
        stdout: Buffer.concat(out).toString('utf8'), stderr,
      });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
  });
}

function stats(times) {
  if (times.length === 0) return { median: null, min: null, max: null };
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

function geomean(xs) {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

function describeFailure(r) {
  if (r.timedOut) return 'timed out';
  if (r.code === null && r.signal) return `killed by ${r.signal}`;
  if (r.code === null) return `could not start (${r.stderr.trim()})`;
  return `exit code ${r.code}`;
}

function lastLines(s, n = 3) {
  const lines = s.trimEnd().split('\n').filter((l) => l.length > 0);
  return lines.slice(-n).map((l) => '      ' + l).join('\n');
}

function firstDifference(a, b) {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) {
      return `line ${i + 1}:\n      minipy:  ${JSON.stringify(al[i] ?? '<missing>')}\n      python3: ${JSON.stringify(bl[i] ?? '<missing>')}`;
    }
  }
  return '(no line differs; trailing bytes differ)';
}

const fmt = (x, d = 3) => (x === null || x === undefined || !Number.isFinite(x) ? '-' : x.toFixed(d));

function table(header, rows) {
  const all = [header, ...rows];
  const w = header.map((_, c) => Math.max(...all.map((r) => String(r[c]).length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(w[c]) : String(cell).padStart(w[c]))).join('  ');
  return [line(header), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- single-threaded suite

async function runSingle(o, py) {
  const names = o.only ? o.only.filter((n) => !THREAD_SET.includes(n)) : DEFAULT_SET;
  const results = [];
  for (const name of names) {
    const file = path.join(o.dir, name + '.py');
    const res = {
      program: name, ok: true, errors: [],
      minipy: { times: [] }, python3: py ? { times: [] } : null, ratio: null,
    };
    results.push(res);
    if (!existsSync(file)) {
      res.ok = false;
      res.errors.push(`no such file ${file}`);
      log(`[${name}] FAILED: no such file ${file}`);
      continue;
    }
    let refOut = null;          // python3's stdout (all python3 runs must agree)
    let minipyAlive = true;     // stop running minipy after its first failure
    let pyAlive = !!py;
    for (let i = 0; i < o.runs; i++) {
      const order = i % 2 === 0 ? ['minipy', 'python3'] : ['python3', 'minipy'];
      const parts = [];
      for (const who of order) {
        if (who === 'minipy' && minipyAlive) {
          const r = await timedRun(process.execPath, [MINIPY, ...o.minipyArgs, file], REPO, o.timeout);
          if (!r.ok) {
            minipyAlive = false;
            res.ok = false;
            const why = describeFailure(r);
            res.errors.push(`minipy run ${i + 1}: ${why}`);
            log(`[${name}] minipy FAILED (${why}) after ${fmt(r.seconds)}s; not running minipy on it again`);
            if (r.stderr.trim()) log(lastLines(r.stderr));
            continue;
          }
          res.minipy.times.push(r.seconds);
          res.minipy.stdout = r.stdout;
          parts.push(`minipy ${fmt(r.seconds)}s`);
        } else if (who === 'python3' && pyAlive) {
          const r = await timedRun(py, [file], REPO, o.timeout);
          if (!r.ok) {
            pyAlive = false;
            res.ok = false;
            const why = describeFailure(r);
            res.errors.push(`python3 run ${i + 1}: ${why}`);
            log(`[${name}] python3 FAILED (${why}); not running python3 on it again`);
            if (r.stderr.trim()) log(lastLines(r.stderr));
            continue;
          }
          if (refOut === null) refOut = r.stdout;
          else if (r.stdout !== refOut) log(`[${name}] warning: python3 output differs between runs`);
          res.python3.times.push(r.seconds);
          parts.push(`python3 ${fmt(r.seconds)}s`);
        }
      }
      // compare this round's minipy output with python3's (once both exist)
      if (res.minipy.stdout !== undefined && refOut !== null && res.minipy.stdout !== refOut && !res.mismatch) {
        res.mismatch = true;
        res.ok = false;
        res.errors.push('MISMATCH: minipy stdout differs from python3');
        log(`MISMATCH ${name}: minipy's stdout differs from python3's at ${firstDifference(res.minipy.stdout, refOut)}`);
      }
      if (parts.length) log(`[${name}] run ${i + 1}/${o.runs}: ${parts.join(', ')}`);
      if (!minipyAlive && !pyAlive) break;
    }
    if (py && refOut === null && res.minipy.stdout !== undefined) log(`[${name}] note: no python3 output to compare with`);
    res.minipy = { ...res.minipy, ...stats(res.minipy.times) };
    delete res.minipy.stdout;
    if (res.python3) res.python3 = { ...res.python3, ...stats(res.python3.times) };
    if (res.minipy.median && res.python3?.median) res.ratio = res.minipy.median / res.python3.median;
  }
  return results;
}

function printSingle(results, py) {
  const rows = results.map((r) => [
    r.program,
    fmt(r.minipy.median), fmt(r.minipy.min), fmt(r.minipy.max),
    py ? fmt(r.python3.median) : '-', py ? fmt(r.python3.min) : '-', py ? fmt(r.python3.max) : '-',
    r.ratio === null ? '-' : fmt(r.ratio, 2) + 'x',
    r.ok ? 'ok' : r.mismatch ? 'MISMATCH' : 'FAILED',
  ]);
  console.log(table(
    ['program', 'minipy med (s)', 'min', 'max', 'python3 med (s)', 'min', 'max', 'minipy/CPython', 'status'],
    rows,
  ));
  // Only programs that ran correctly enter the geometric mean.
  const good = results.filter((r) => r.ok && r.ratio !== null);
  const gm = geomean(good.map((r) => r.ratio));
  if (!py) console.log('\n(python3 not run: no ratios)');
  else if (gm === null) console.log('\ngeometric mean of ratios: - (no program ran correctly under both)');
  else {
    const left = results.length - good.length;
    console.log(`\ngeometric mean of ratios: ${fmt(gm, 2)}x over ${good.length} program(s)` +
      (left ? ` (${left} failed and excluded: ${results.filter((r) => !good.includes(r)).map((r) => r.program).join(', ')})` : ''));
  }
  for (const r of results) for (const e of r.errors) console.log(`  ${r.program}: ${e}`);
  return gm;
}

// ---------------------------------------------------------------- threaded suite

async function runThreads(o, py) {
  const names = o.only ? o.only.filter((n) => THREAD_SET.includes(n)) : THREAD_SET;
  // the suite chooses the GIL mode itself
  const extra = [];
  for (let i = 0; i < o.minipyArgs.length; i++) {
    const a = o.minipyArgs[i];
    if (a === '--gil') { i++; continue; }
    if (a.startsWith('--gil=')) continue;
    extra.push(a);
  }
  if (extra.length !== o.minipyArgs.length) log('note: --gil in --minipy-args is ignored by the threaded suite');

  const results = [];
  for (const name of names) {
    const file = path.join(o.dir, name + '.py');
    const res = { program: name, ok: true, errors: [], configs: [] };
    results.push(res);
    if (!existsSync(file)) {
      res.ok = false; res.errors.push(`no such file ${file}`);
      log(`[${name}] FAILED: no such file ${file}`);
      continue;
    }
    // configurations: minipy --gil=on/off × T, plus python3 × T as the reference
    const configs = [];
    for (const gil of GIL_MODES) for (const t of THREAD_COUNTS) {
      configs.push({ who: 'minipy', gil, t, cmd: process.execPath, args: [MINIPY, `--gil=${gil}`, ...extra, file, String(t)] });
    }
    if (py) for (const t of THREAD_COUNTS) configs.push({ who: 'python3', gil: null, t, cmd: py, args: [file, String(t)] });
    for (const c of configs) { c.times = []; c.outputs = new Set(); c.alive = true; c.unsupported = false; }
    const refOut = {};   // python3 stdout per T (threads_primes only: threads_counter is racy by design)
    const compare = name !== 'threads_counter';

    for (let i = 0; i < o.runs; i++) {
      // rotate the order every round so no configuration always goes first
      const order = configs.map((_, k) => configs[(k + i) % configs.length]);
      for (const c of order) {
        if (!c.alive) continue;
        const label = c.who === 'minipy' ? `minipy --gil=${c.gil} T=${c.t}` : `python3 T=${c.t}`;
        const r = await timedRun(c.cmd, c.args, REPO, o.timeout);
        if (!r.ok) {
          c.alive = false;
          res.ok = false;
          const why = describeFailure(r);
          if (c.who === 'minipy' && !r.timedOut) {
            c.unsupported = true;
            res.errors.push(`${label}: not supported yet (${why})`);
            log(`[${name}] ${label}: not supported yet (${why})`);
          } else {
            res.errors.push(`${label}: ${why}`);
            log(`[${name}] ${label} FAILED (${why})`);
          }
          if (r.stderr.trim()) log(lastLines(r.stderr, 2));
          continue;
        }
        c.times.push(r.seconds);
        c.outputs.add(r.stdout.trim());
        if (c.who === 'python3' && refOut[c.t] === undefined) refOut[c.t] = r.stdout;
        log(`[${name}] run ${i + 1}/${o.runs} ${label}: ${fmt(r.seconds)}s  ${r.stdout.trim()}`);
      }
      if (configs.every((c) => !c.alive)) break;
    }
    for (const c of configs) {
      if (compare && c.who === 'minipy' && refOut[c.t] !== undefined && c.outputs.size) {
        for (const out of c.outputs) {
          if (out !== refOut[c.t].trim()) {
            res.ok = false;
            const label = `minipy --gil=${c.gil} T=${c.t}`;
            res.errors.push(`MISMATCH ${label}: stdout differs from python3`);
            log(`MISMATCH ${name} ${label}: ${JSON.stringify(out)} vs python3 ${JSON.stringify(refOut[c.t].trim())}`);
            break;
          }
        }
      }
      res.configs.push({
        who: c.who, gil: c.gil, threads: c.t, unsupported: c.unsupported,
        times: c.times, ...stats(c.times), outputs: [...c.outputs],
      });
    }
  }
  return results;
}

/** thread start+join latency (scripts/bench/thread_start.py prints its own median), per mode and for python3 */
async function runThreadStart(o, py) {
  const file = path.join(REPO, 'scripts', 'bench', 'thread_start.py');
  const rows = [];
  const cfgs = GIL_MODES.map((gil) => ({ label: `minipy --gil=${gil}`, cmd: process.execPath, args: [MINIPY, `--gil=${gil}`, file] }));
  if (py) cfgs.push({ label: 'python3', cmd: py, args: [file] });
  for (const c of cfgs) {
    const medians = [];
    for (let i = 0; i < o.runs; i++) {
      const r = await timedRun(c.cmd, c.args, REPO, o.timeout);
      const m = /median_ms ([\d.]+)/.exec(r.stdout);
      if (!r.ok || !m) { log(`[thread_start] ${c.label} FAILED (${describeFailure(r)})`); break; }
      medians.push(Number(m[1]));
      log(`[thread_start] run ${i + 1}/${o.runs} ${c.label}: ${r.stdout.trim()}`);
    }
    rows.push({ label: c.label, ...stats(medians) });
  }
  return rows;
}

function printThreadStart(rows) {
  console.log('\nthread start+join latency (median of each run\'s median over 200 start+join pairs)');
  console.log(table(['interpreter', 'median (ms)', 'min', 'max'], rows.map((r) => [r.label, fmt(r.median, 3), fmt(r.min, 3), fmt(r.max, 3)])));
}

function printThreads(results) {
  const speedupOf = (name, cfgs, who, gil) => {
    const one = cfgs.find((c) => c.who === who && c.gil === gil && c.threads === 1);
    const two = cfgs.find((c) => c.who === who && c.gil === gil && c.threads === 2);
    if (!one?.median || !two?.median) return null;
    // work-normalised: (work(2)/t2) / (work(1)/t1)
    const w = THREAD_WORK[name] ?? (() => 1);
    return (w(2) / two.median) / (w(1) / one.median);
  };
  for (const r of results) {
    console.log(`\n${r.program}${r.program === 'threads_counter' ? '  (each thread does the same loop: speedup = throughput ratio)' : '  (fixed work split across threads)'}`);
    const rows = r.configs.map((c) => [
      c.who === 'minipy' ? `minipy --gil=${c.gil}` : 'python3', c.threads,
      c.unsupported ? 'not supported yet' : fmt(c.median), fmt(c.min), fmt(c.max),
      c.outputs.length ? c.outputs.join(' | ') : '-',
    ]);
    if (rows.length) console.log(table(['interpreter', 'T', 'median (s)', 'min', 'max', 'output'], rows));
    const line = (label, x) => console.log(`  ${label}: ${x === null ? 'n/a' : fmt(x, 2) + 'x'}`);
    line('speedup T=2 vs T=1, minipy --gil=on ', speedupOf(r.program, r.configs, 'minipy', 'on'));
    line('speedup T=2 vs T=1, minipy --gil=off', speedupOf(r.program, r.configs, 'minipy', 'off'));
    line('speedup T=2 vs T=1, python3         ', speedupOf(r.program, r.configs, 'python3', null));
    const on1 = r.configs.find((c) => c.who === 'minipy' && c.gil === 'on' && c.threads === 1);
    const off1 = r.configs.find((c) => c.who === 'minipy' && c.gil === 'off' && c.threads === 1);
    line('single-thread cost of --gil=off (off/on, T=1)', on1?.median && off1?.median ? off1.median / on1.median : null);
    for (const e of r.errors) console.log(`  ${e}`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const o = parseOptions(process.argv.slice(2));
  if (!existsSync(o.dir)) die(`benchmark directory not found: ${o.dir} (use --dir)`);
  if (!existsSync(path.join(REPO, 'dist', 'cli.js'))) die('dist/cli.js missing: run `npm run build` first');

  if (o.only) {
    // --only picks the suites from the names it lists
    if (o.only.some((n) => THREAD_SET.includes(n))) o.threads = true;
    o.single = o.only.some((n) => !THREAD_SET.includes(n));
  }
  let py = null;
  let pyVer = null;
  if (o.python !== null) {
    const found = findOnPath(o.python ?? 'python3');
    pyVer = found ? pythonVersion(found) : null;
    if (found && pyVer) py = found;
    else if (o.python) die(`cannot run ${o.python}`);
    else log('note: python3 not found on PATH; timing minipy only (no ratios, no output check)');
  }
  const cpus = os.cpus();
  const machine = {
    node: process.version, python: pyVer, cpus: cpus.length, cpuModel: cpus[0]?.model?.trim() ?? null,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
  log(`bench: ${o.runs} run(s) each, node ${machine.node}, ${pyVer ?? 'no python3'}, ${machine.cpus} CPU(s)` +
    (o.minipyArgs.length ? `, minipy args: ${o.minipyArgs.join(' ')}` : ''));

  const out = { date: new Date().toISOString(), machine, runs: o.runs, minipyArgs: o.minipyArgs, dir: o.dir };
  let ok = true;
  if (o.single) {
    const results = await runSingle(o, py);
    const gm = printSingle(results, py);
    out.programs = results;
    out.geomean = gm;
    if (!results.every((r) => r.ok)) ok = false;
  }
  if (o.threads) {
    const results = await runThreads(o, py);
    printThreads(results);
    out.threads = results;
    if (!o.only) {
      out.threadStart = await runThreadStart(o, py);
      printThreadStart(out.threadStart);
    }
    if (!results.every((r) => r.ok)) ok = false;
  }
  out.ok = ok;
  if (o.json) {
    writeFileSync(o.json, JSON.stringify(out, null, 2) + '\n');
    log(`bench: wrote ${o.json}`);
  }
  console.log(ok ? '\nall runs succeeded' : '\nSOME RUNS FAILED');
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(`bench: internal error: ${e?.stack ?? e}\n`);
  process.exit(1);
});
