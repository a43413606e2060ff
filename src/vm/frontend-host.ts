/**
 * @fileoverview The front end's host on the Node main thread: it loads the lexer, the ohm grammar and the
 * compiler once, and answers the workers' compile and parse requests (the protocol is in frontend.ts). The main
 * script is compiled here as soon as it has been read, in parallel with its worker booting the runtime on the
 * other core, and its request is then answered from that result.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { FrontendReply, FrontendRequest } from './frontend.js';

type FrontEnd = {
  parse: typeof import('../lexer/index.js').parse;
  PySyntaxError: typeof import('../lexer/index.js').PySyntaxError;
  compile: typeof import('../compiler/index.js').compile;
  specToJson: typeof import('../compiler/specjson.js').specToJson;
};

let loading: Promise<FrontEnd> | null = null;

/** starts loading the front end (idempotent); cli.ts calls it as early as it can */
export function loadFrontend(): Promise<FrontEnd> {
  loading ??= Promise.all([
    import('../lexer/index.js'), import('../compiler/index.js'), import('../compiler/specjson.js'),
  ]).then(([lx, cp, sj]) => ({ parse: lx.parse, PySyntaxError: lx.PySyntaxError, compile: cp.compile, specToJson: sj.specToJson }));
  return loading;
}

function answer(fe: FrontEnd, req: FrontendRequest): FrontendReply {
  try {
    const tree = fe.parse(req.source, req.filename);
    if (req.op === 'parse') return { ok: true, ast: tree };
    return { ok: true, spec: fe.specToJson(fe.compile(tree, req.filename)) };
  } catch (e) {
    if (e instanceof fe.PySyntaxError) {
      const { kind, msg, filename, lineno, offset, text, endLineno, endOffset } = e;
      return { ok: false, syntax: { kind, msg, filename, lineno, offset, text, endLineno, endOffset } };
    }
    return { ok: false, internal: String((e as Error)?.stack ?? e) };
  }
}

/** one compile answered ahead of its request: the main script's */
let early: { source: string; filename: string; reply: Promise<FrontendReply> } | null = null;

export function precompile(source: string, filename: string): void {
  early = { source, filename, reply: loadFrontend().then((fe) => answer(fe, { op: 'compile', source, filename })) };
}

/** a new channel for one worker: its end is handed to the worker (frontend.ts connectFrontend) */
export function frontendChannel(): { port: MessagePort; signal: Int32Array } {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  port1.on('message', (req: FrontendRequest) => {
    let reply: Promise<FrontendReply>;
    if (early !== null && req.op === 'compile' && req.filename === early.filename && req.source === early.source) {
      reply = early.reply;
      early = null;
    } else {
      reply = loadFrontend().then((fe) => answer(fe, req));
    }
    void reply.then((r) => {
      port1.postMessage(r);
      Atomics.store(signal, 0, 1);
      Atomics.notify(signal, 0);
    });
  });
  // the channel must not keep the process alive on its own
  port1.unref();
  return { port: port2, signal };
}
