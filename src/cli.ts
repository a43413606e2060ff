/**
 * @fileoverview The command line (commander): `minipy script.py [args]`, `minipy -c code`, `minipy dis file`,
 * `--version`, `--help` and the runtime switches. Exit codes are decided here only: 0, 1 for an uncaught
 * exception or syntax error, 2 for a usage error or an unreadable file, N for sys.exit(N).
 * The heap is sized here before any runtime module is loaded (runtime/heap.ts reads the config once).
 */
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';

export const VERSION = '0.1.0';
/** heap size bounds (runtime/heap.ts has the same; repeated here so the supervisor never loads the runtime) */
const DEFAULT_HEAP_BYTES = 1024 * 1024 * 1024;
const MIN_HEAP_BYTES = 8 * 1024 * 1024;
const MAX_HEAP_BYTES = 4 * 1024 * 1024 * 1024 - 8;

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(s.trim());
  if (!m) throw new Error(`invalid size '${s}' (use e.g. 512M or 2G)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(m[1]) * mult);
}

function die(msg: string, code = 2): never {
  process.stderr.write(msg + '\n');
  process.exit(code);
}

interface Opts { c?: string; heapSize?: string; showRefcount?: boolean; gil?: string; X?: string[] }

async function runProgram(opts: Opts, script: string | undefined, rest: string[]): Promise<number> {
  let source: string;
  let filename: string;
  let argv: string[];
  let path0: string;
  if (opts.c !== undefined) {
    source = opts.c;
    filename = '<string>';
    argv = ['-c', ...(script !== undefined ? [script] : []), ...rest];
    path0 = '';
  } else {
    if (script === undefined) die('minipy: no script given (try minipy --help)');
    const abs = resolve(script);
    try {
      source = readFileSync(abs, 'utf8');
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const why = err.code === 'ENOENT' ? '[Errno 2] No such file or directory'
        : err.code === 'EISDIR' ? '[Errno 21] Is a directory'
          : err.code === 'EACCES' ? '[Errno 13] Permission denied' : String(err.message);
      die(`minipy: can't open file '${script}': ${why}`);
    }
    filename = abs;
    argv = [script, ...rest];
    path0 = dirname(abs);
  }
  let heapBytes = DEFAULT_HEAP_BYTES;
  if (opts.heapSize !== undefined) {
    try { heapBytes = parseSize(opts.heapSize); } catch (e) { die(`minipy: ${(e as Error).message}`); }
  }
  heapBytes = Math.min(MAX_HEAP_BYTES, Math.max(MIN_HEAP_BYTES, heapBytes)) & ~7;
  const xopts = parseXOptions(opts.X ?? []);
  const gil = gilMode(opts.gil, xopts);
  if (!gil) {
    // Free-threaded, the Python threads keep every core busy, and V8's background compiler threads then compete
    // with them for cores (measured: two threads ran 1.6x faster than one instead of 1.8x). Workers started from
    // now on (the pool) compile optimized code on their own thread instead.
    setFlagsFromString('--no-concurrent-recompilation');
  }
  const { supervise } = await import('./vm/supervisor.js');
  (await import('./vm/frontend-host.js')).precompile(source, filename);
  const w = earlyWorker;
  earlyWorker = null;
  return supervise({
    heapBytes, gil, source, filename, argv, path0,
    showRefcount: opts.showRefcount === true || xopts.has('showrefcount'),
    debug: process.env.MINIPY_DEBUG === '1',
    switchEveryCheck: xopts.has('switch-every-check'),
    prewarm: USES_THREADS.test(source),
  }, w);
}

/** an import of a thread module in the main script (the pool then boots with the main thread) */
const USES_THREADS = /^\s*(?:import|from)\s+(?:threading|_thread|queue|concurrent)\b/m;

/** the main Python thread's worker, started first thing so that its boot overlaps argument parsing */
let earlyWorker: Worker | null = null;

/** the values of -X options (`-X gil=0` → gil: '0'; a bare `-X name` → '') */
function parseXOptions(xs: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const x of xs) {
    const eq = x.indexOf('=');
    m.set(eq < 0 ? x : x.slice(0, eq), eq < 0 ? '' : x.slice(eq + 1));
  }
  return m;
}

/**
 * --gil=on|off, else -X gil=0|1, else MINIPY_GIL=0|1 (as CPython's -X gil and PYTHON_GIL); on by default.
 * A bad value is a usage error, as CPython's "PYTHON_GIL / -X gil must be "0" or "1"".
 */
function gilMode(flag: string | undefined, xopts: Map<string, string>): boolean {
  if (flag !== undefined) return flag === 'on';
  const x = xopts.get('gil');
  if (x !== undefined) {
    if (x !== '0' && x !== '1') die('Fatal Python error: config_read_gil: -X gil must be "0" or "1"', 1);
    return x === '1';
  }
  const env = process.env.MINIPY_GIL;
  if (env !== undefined && env !== '') {
    if (env !== '0' && env !== '1') die('Fatal Python error: config_read_gil: MINIPY_GIL must be "0" or "1"', 1);
    return env === '1';
  }
  return true;
}

async function runDis(file: string): Promise<number> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    die(`minipy: can't open file '${file}': [Errno 2] No such file or directory`);
  }
  const { parse, PySyntaxError } = await import('./lexer/index.js');
  const { compile } = await import('./compiler/index.js');
  const { disassemble } = await import('./vm/dis.js');
  try {
    const code = compile(parse(source, file), file);
    process.stdout.write(disassemble(code));
    return 0;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      const { formatSyntaxError } = await import('./vm/syntaxerror.js');
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}

export async function main(args: string[]): Promise<void> {
  // `minipy dis FILE` is a subcommand; anything else is a script (possibly with its own arguments)
  if (args[0] === 'dis') {
    if (args.length !== 2) die('usage: minipy dis FILE');
    process.exitCode = await runDis(args[1]);
    return;
  }
  if (!args.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version')) {
    earlyWorker = (await import('./vm/supervisor.js')).startEarlyWorker();
    // the front end (ohm, the compiler) loads on this thread while the worker boots on the other core
    void (await import('./vm/frontend-host.js')).loadFrontend();
  }
  const { Command, Option } = await import('commander');
  const program = new Command();
  program
    .name('minipy')
    .description('A Python interpreter whose objects live in one SharedArrayBuffer heap, to show what a GIL does.\n' +
      'Commands: minipy SCRIPT [ARGS...] | minipy -c CODE [ARGS...] | minipy dis SCRIPT')
    .version(`minipy ${VERSION} (Python 3.14 subset)`, '-V, --version')
    .usage('[options] [script.py | -c code | dis script.py] [args...]')
    .option('-c <code>', 'program passed in as a string')
    .option('--heap-size <size>', 'maximum heap size, e.g. 256M or 2G (default 1G)')
    .option('--show-refcount', 'print live objects and total references at exit (like python -X showrefcount)')
    .addOption(new Option('--gil <mode>', 'global interpreter lock: on (default) or off').choices(['on', 'off']))
    .option('-X <option>', 'implementation option (repeatable): gil=0|1, showrefcount, switch-every-check',
      (v: string, prev: string[] = []) => [...prev, v])
    .argument('[script]', 'Python file to run')
    .argument('[args...]', 'arguments passed to the program as sys.argv[1:]')
    .passThroughOptions()
    .allowExcessArguments(true)
    .exitOverride();
  try {
    program.parse(args, { from: 'user' });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number };
    // process.exit, not exitCode: the early worker would keep the process alive
    process.exit(err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2);
  }
  const opts = program.opts<Opts>();
  const [script, rest] = [program.processedArgs[0] as string | undefined, (program.processedArgs[1] ?? []) as string[]];
  const code = await runProgram(opts, script, rest);
  // pooled workers (and daemon threads) keep the event loop alive: the main Python thread's end is the end
  process.exit(code);
}
