/**
 * @fileoverview The front end (lexer, ohm parser, compiler) as the runtime reaches it. The front end runs on the
 * Node main thread (frontend-host.ts), not in the workers that run Python: a worker asks it to compile or parse
 * and waits for the answer with Atomics.wait, a synchronous call across threads. So no worker loads ohm and the
 * grammar (~25 ms of boot each), and the main script is compiled while its worker is still booting the runtime.
 * Not here: the compiler itself (src/compiler), the frozen modules' code cache (frozen-cache.ts).
 *
 * The one protocol: a request {op, source, filename} on a MessagePort; the host posts the reply on the same
 * channel, then sets word 0 of a small shared buffer to 1 and notifies. The worker takes the reply with
 * receiveMessageOnPort, which does not need its event loop (it is busy running Python).
 */
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { CodeSpec } from '../compiler/codespec.js';
import { specFromJson } from '../compiler/specjson.js';
import type { Module } from '../lexer/ast.js';
import { PySyntaxError, type SyntaxErrorKind } from '../lexer/syntax-error.js';

export type FrontendOp = 'compile' | 'parse';
export interface FrontendRequest { op: FrontendOp; source: string; filename: string }

/** a PySyntaxError's fields (a class instance does not survive postMessage) */
export interface SyntaxErrorFields {
  kind: SyntaxErrorKind; msg: string; filename: string; lineno: number; offset: number; text: string;
  endLineno?: number; endOffset?: number;
}

export type FrontendReply =
  | { ok: true; spec: string }              // compile: the CodeSpec as specjson text
  | { ok: true; ast: Module }               // parse: the AST (plain data)
  | { ok: false; syntax: SyntaxErrorFields }
  | { ok: false; internal: string };        // a bug in the front end: the worker reports it as one

/** the channel to the host: set once per worker (worker.ts) */
let port: MessagePort | null = null;
let signal: Int32Array | null = null;

export function connectFrontend(p: MessagePort, sig: Int32Array): void {
  port = p;
  signal = sig;
}

function call(req: FrontendRequest): FrontendReply {
  if (port === null || signal === null) throw new Error('minipy: this thread has no front end');
  Atomics.store(signal, 0, 0);
  port.postMessage(req);
  while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0);
  const m = receiveMessageOnPort(port);
  if (m === undefined) throw new Error('minipy: the front end answered nothing');
  const reply = m.message as FrontendReply;
  if (reply.ok) return reply;
  if ('syntax' in reply) {
    const s = reply.syntax;
    throw new PySyntaxError(s.kind, s.msg, s.filename, s.lineno, s.offset, s.text, s.endLineno, s.endOffset);
  }
  throw new Error(`minipy front end: ${reply.internal}`);
}

/** compiles a module's source; throws PySyntaxError */
export function compileModule(source: string, filename: string): CodeSpec {
  const r = call({ op: 'compile', source, filename });
  return specFromJson((r as { spec: string }).spec);
}

/** parses a module's source to its AST; throws PySyntaxError */
export function parseModule(source: string, filename: string): Module {
  const r = call({ op: 'parse', source, filename });
  return (r as { ast: Module }).ast;
}
