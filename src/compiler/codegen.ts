/**
 * @fileoverview AST → bytecode: the statement half of the code generator, following CPython 3.12's
 * Python/compile.c (its fblock stack, its try/with/except layouts) with minipy's differences from
 * src/vm/opcodes.ts: 3.13 call layout, absolute jumps, FOR_ITER popping the iterator, 3.10-style YIELD_FROM,
 * 3.11-style comprehensions (a nested function called with `.0`), and annotations never evaluated. Expressions,
 * calls, comprehensions and assignment targets are in expr.ts (ExprGen, which this class extends).
 * Not here: parsing (src/lexer), running (src/vm/interpreter.ts), printing (src/vm/dis.ts).
 */
import type * as A from '../lexer/ast.js';
import { unreachable } from '../lexer/ast.js';
import type { CodeSpec } from './codespec.js';
import type { Scope } from './symtable.js';
import { CompilerBug } from './emitter.js';
import {
  ExprGen, attrLoc, NONE, BINOP_INDEX, INPLACE, describe, foldConst, isDocstring, type FBlock, type FBlockKind,
} from './expr.js';
import * as O from '../vm/opcodes.generated.js';

const COMPOUND = new Set(['FunctionDef', 'ClassDef', 'For', 'While', 'If', 'With', 'Try']);

export class CodeGen extends ExprGen {

  compileModule(mod: A.Module): CodeSpec {
    this.enter(this.st.top, '<module>', '<module>', 1);
    this.e.line = 0;
    this.e.emit(O.RESUME, 0);
    let body = mod.body;
    if (isDocstring(body[0])) {
      this.e.line = body[0].lineno;
      this.loadConst(body[0].value.value);
      this.nameOp('__doc__', 'Store');
      body = body.slice(1);
    }
    this.stmts(body);
    this.e.emit(O.RETURN_CONST, this.u.addConst(NONE));
    return this.leave();
  }

  private pushFblock(fb: FBlock): void {
    this.u.fblocks.push(fb);
  }

  private popFblock(kind: FBlockKind): void {
    const fb = this.u.fblocks.pop();
    if (!fb || fb.kind !== kind) throw new CompilerBug(`popFblock: expected ${kind}`);
  }

  // ------------------------------------------------------------ statements

  private stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    // compound statements give their own instructions narrower ranges (or only a line)
    this.e.setPos(s.lineno, COMPOUND.has(s.type) ? null : s);
    switch (s.type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.delTarget(t);
        return;
      case 'Assign':
        this.expr(s.value);
        s.targets.forEach((t, i) => {
          if (i < s.targets.length - 1) this.emit(O.COPY, 1);
          this.store(t);
        });
        return;
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign':
        // annotations are never evaluated (PEP 649/749 semantics): `x: int = 5` is `x = 5`
        if (s.value) {
          this.expr(s.value);
          this.store(s.target);
        } else if (s.target.type === 'Attribute') {
          this.expr(s.target.value);
          this.emit(O.POP_TOP);
        } else if (s.target.type === 'Subscript') {
          this.expr(s.target.value);
          this.emit(O.POP_TOP);
          this.expr(s.target.slice);
          this.emit(O.POP_TOP);
        }
        return;
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'With': return this.withStmt(s, 0);
      case 'Raise':
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) {
            this.expr(s.cause);
            this.emit(O.RAISE_VARARGS, 2);
          } else {
            this.emit(O.RAISE_VARARGS, 1);
          }
        } else {
          this.emit(O.RAISE_VARARGS, 0);
        }
        return;
      case 'Try':
        if (s.finalbody.length) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        return;
      case 'Expr':
        if (s.value.type === 'Constant') return; // a bare constant (a stray docstring, `...`) compiles to nothing
        this.expr(s.value);
        this.emit(O.POP_TOP);
        return;
      case 'Break': return this.breakStmt(s);
      case 'Continue': return this.continueStmt(s);
      default: return unreachable(s);
    }
  }

  private functionDef(s: A.FunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.e.line = s.lineno;
    const flags = this.argDefaults(s.args);
    const scope = this.st.byNode.get(s)!;
    const code = this.functionBody(s, scope, s.name);
    this.e.line = s.lineno;
    this.makeFunction(code, flags);
    this.applyDecorators(s.decorator_list, s.lineno);
    this.nameOp(s.name, 'Store');
  }

  protected functionBody(node: A.FunctionDef | A.Lambda, scope: Scope, name: string): CodeSpec {
    const firstline = node.type === 'FunctionDef' && node.decorator_list.length
      ? node.decorator_list[0].lineno : node.lineno;
    this.enter(scope, name, this.qualname(name, scope), firstline);
    this.e.line = node.lineno;
    this.e.emit(O.RESUME, 0);
    const a = node.args;
    if (node.type === 'FunctionDef') {
      // co_consts[0] is the docstring or None (CPython 3.12); the runtime reads __doc__ from it
      let body = node.body;
      if (isDocstring(body[0])) {
        this.u.addConst(body[0].value.value);
        body = body.slice(1);
      } else {
        this.u.addConst(NONE);
      }
      this.stmts(body);
      this.e.emit(O.RETURN_CONST, this.u.addConst(NONE));
    } else {
      this.u.addConst(NONE);
      this.expr(node.body);
      if (scope.isGenerator) {
        this.emit(O.POP_TOP);
        this.emit(O.RETURN_CONST, this.u.addConst(NONE));
      } else {
        this.emit(O.RETURN_VALUE);
      }
    }
    return this.leave(a.posonlyargs.length + a.args.length, a.posonlyargs.length, a.kwonlyargs.length);
  }

  /** compiler_apply_decorators: innermost first, each CALL at its decorator's position */
  private applyDecorators(decorators: A.Expr[], line: number): void {
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.e.setPos(decorators[i].lineno, decorators[i]);
      this.emit(O.CALL, 0);
    }
    if (decorators.length) this.e.line = line;
  }

  private classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.e.line = s.lineno;
    const scope = this.st.byNode.get(s)!;
    const qualname = this.qualname(s.name, scope);
    const firstline = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enter(scope, s.name, qualname, firstline);
    this.e.line = s.lineno;
    this.emit(O.RESUME, 0);
    this.emit(O.LOAD_NAME, this.u.addName('__name__'));
    this.emit(O.STORE_NAME, this.u.addName('__module__'));
    this.loadConst(this.str(qualname));
    this.emit(O.STORE_NAME, this.u.addName('__qualname__'));
    let body = s.body;
    if (isDocstring(body[0])) {
      this.e.line = body[0].lineno;
      this.loadConst(body[0].value.value);
      this.emit(O.STORE_NAME, this.u.addName('__doc__'));
      body = body.slice(1);
    }
    this.stmts(body);
    this.e.line = s.lineno;
    if (scope.needsClassClosure) {
      // the class cell is returned to __build_class__, which stores the new class into it
      this.emit(O.LOAD_CLOSURE, this.u.cellIndex('__class__'));
      this.emit(O.COPY, 1);
      this.emit(O.STORE_NAME, this.u.addName('__classcell__'));
      this.emit(O.RETURN_VALUE);
    } else {
      this.emit(O.RETURN_CONST, this.u.addConst(NONE));
    }
    const code = this.leave();
    this.e.setPos(s.lineno, s);
    this.emit(O.LOAD_BUILD_CLASS);
    this.emit(O.PUSH_NULL);
    this.makeFunction(code, 0);
    this.loadConst(this.str(s.name));
    this.callHelper(2, s.bases, s.keywords);
    this.applyDecorators(s.decorator_list, s.lineno);
    this.nameOp(s.name, 'Store');
  }

  // ---- return / break / continue and the fblock unwinding (compiler_unwind_fblock)

  private unwindFblock(fb: FBlock, preserveTos: boolean): void {
    const e = this.e;
    switch (fb.kind) {
      case 'while':
      case 'exception_handler':
        return;
      case 'for':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP); // the iterator
        return;
      case 'try_except':
        e.popHandler(fb.handlers[0]);
        return;
      case 'finally_try': {
        e.popHandler(fb.handlers[0]);
        if (preserveTos) this.pushFblock({ kind: 'pop_value', handlers: [] });
        const line = e.line, loc = e.loc;
        this.stmts(fb.finalbody!);
        e.setPos(line, loc);
        if (preserveTos) this.popFblock('pop_value');
        return;
      }
      case 'finally_end':
        // stack: prev_exc exc [value]
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP); // exc
        if (preserveTos) this.emit(O.SWAP, 2);
        e.popHandler(fb.handlers[0]);
        this.emit(O.POP_EXCEPT);
        return;
      case 'with': {
        // stack: exit_func exit_self [value]
        const line = e.line, loc = e.loc;
        e.line = fb.node!.lineno;
        e.popHandler(fb.handlers[0]);
        if (preserveTos) { this.emit(O.SWAP, 3); this.emit(O.SWAP, 2); }
        this.callExitWithNones();
        this.emit(O.POP_TOP);
        e.setPos(line, loc);
        return;
      }
      case 'handler_cleanup':
        // stack: prev_exc [value]; handlers: [except-cleanup, as-name cleanup?]
        if (fb.name) e.popHandler(fb.handlers[1]);
        if (preserveTos) this.emit(O.SWAP, 2);
        e.popHandler(fb.handlers[0]);
        this.emit(O.POP_EXCEPT);
        if (fb.name) this.clearName(fb.name);
        return;
      case 'pop_value':
        if (preserveTos) this.emit(O.SWAP, 2);
        this.emit(O.POP_TOP);
        return;
      default:
        unreachable(fb.kind);
    }
  }

  /** Unwinds every fblock (or up to the innermost loop, which is returned and not unwound). */
  private unwindFblockStack(preserveTos: boolean, toLoop: boolean): FBlock | null {
    const fbs = this.u.fblocks;
    if (!fbs.length) return null;
    const top = fbs[fbs.length - 1];
    if (toLoop && (top.kind === 'while' || top.kind === 'for')) return top;
    fbs.pop();
    this.unwindFblock(top, preserveTos);
    const loop = this.unwindFblockStack(preserveTos, toLoop);
    fbs.push(top);
    return loop;
  }

  private returnStmt(s: A.Return): void {
    if (!this.u.scope.optimized) throw this.err("'return' outside function", s);
    const folded = s.value ? foldConst(s.value) : NONE;
    const preserve = folded === null;
    if (preserve) this.expr(s.value!);
    const saved = this.e.saveHandlers();
    this.unwindFblockStack(preserve, false);
    this.e.line = s.lineno;
    if (preserve) this.emit(O.RETURN_VALUE);
    else this.emit(O.RETURN_CONST, this.u.addConst(folded!));
    this.e.restoreHandlers(saved);
  }

  private breakStmt(s: A.Break): void {
    const saved = this.e.saveHandlers();
    const loop = this.unwindFblockStack(false, true);
    if (!loop) throw this.err("'break' outside loop", s);
    this.unwindFblock(loop, false);
    this.e.line = s.lineno;
    this.e.jump(loop.brk!);
    this.e.restoreHandlers(saved);
  }

  private continueStmt(s: A.Continue): void {
    const saved = this.e.saveHandlers();
    const loop = this.unwindFblockStack(false, true);
    if (!loop) throw this.err("'continue' not properly in loop", s);
    this.e.line = s.lineno;
    this.e.jump(loop.cont!);
    this.e.restoreHandlers(saved);
  }

  // ---- loops and if

  private forStmt(s: A.For): void {
    const e = this.e;
    const start = e.newLabel('for'), cleanup = e.newLabel('for_cleanup'), end = e.newLabel('for_end');
    this.expr(s.iter);
    e.setPos(s.lineno, s.iter);
    this.emit(O.GET_ITER);
    e.bind(start);
    this.pushFblock({ kind: 'for', cont: start, brk: end, handlers: [] });
    e.emitJump(O.FOR_ITER, cleanup);
    this.store(s.target);
    this.stmts(s.body);
    e.line = s.lineno;
    e.jump(start);
    this.popFblock('for');
    e.bind(cleanup);
    this.stmts(s.orelse);
    e.bind(end);
  }

  private whileStmt(s: A.While): void {
    const e = this.e;
    const loop = e.newLabel('while'), anchor = e.newLabel('while_else'), end = e.newLabel('while_end');
    e.bind(loop);
    this.pushFblock({ kind: 'while', cont: loop, brk: end, handlers: [] });
    this.jumpIf(s.test, anchor, false);
    this.stmts(s.body);
    e.line = s.lineno;
    e.jump(loop);
    this.popFblock('while');
    e.bind(anchor);
    this.stmts(s.orelse);
    e.bind(end);
  }

  private ifStmt(s: A.If): void {
    const e = this.e;
    const end = e.newLabel('if_end');
    const next = s.orelse.length ? e.newLabel('else') : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length) {
      e.jump(end);
      e.bind(next);
      this.stmts(s.orelse);
    }
    e.bind(end);
  }

  // ---- try / except / finally (compiler_try_except, compiler_try_finally)

  /** `e = None; del e` at the end of `except E as e:` */
  private clearName(name: string): void {
    this.loadNone();
    this.nameOp(name, 'Store');
    this.nameOp(name, 'Del');
  }

  /** the `cleanup` block shared by every handler: restore the previous exception, re-raise (POP_EXCEPT_AND_RERAISE) */
  private popExceptAndReraise(): void {
    this.emit(O.COPY, 3);
    this.emit(O.POP_EXCEPT);
    this.emit(O.RERAISE, 1);
  }

  private tryExcept(s: A.Try): void {
    const e = this.e;
    const except = e.newLabel('except'), end = e.newLabel('try_end'), cleanup = e.newLabel('except_cleanup');
    // try body: an exception lands at `except` with the stack at this depth plus the exception
    const hTry = e.pushHandler(except, false);
    this.pushFblock({ kind: 'try_except', handlers: [hTry] });
    this.stmts(s.body);
    this.popFblock('try_except');
    e.popHandler(hTry);
    this.stmts(s.orelse);
    e.jump(end);

    e.bind(except); // stack: exc
    e.line = s.handlers[0]?.lineno ?? s.lineno;
    const hc = e.pushHandler(cleanup, true);
    this.emit(O.PUSH_EXC_INFO); // prev_exc exc
    this.pushFblock({ kind: 'exception_handler', handlers: [] });
    s.handlers.forEach((h, i) => {
      e.line = h.lineno;
      if (!h.exc_type && i < s.handlers.length - 1) throw this.err("default 'except:' must be last", h);
      const next = e.newLabel('next_handler');
      if (h.exc_type) {
        this.expr(h.exc_type);
        this.emit(O.CHECK_EXC_MATCH);
        e.emitJump(O.POP_JUMP_IF_FALSE, next);
      }
      if (h.name) {
        const cleanupEnd = e.newLabel('except_as_cleanup');
        this.nameOp(h.name, 'Store'); // stack: prev_exc
        const hce = e.pushHandler(cleanupEnd, true);
        this.pushFblock({ kind: 'handler_cleanup', handlers: [hc, hce], name: h.name });
        this.stmts(h.body);
        this.popFblock('handler_cleanup');
        e.popHandler(hce);
        const saved = e.saveHandlers();
        e.popHandler(hc);
        this.emit(O.POP_EXCEPT);
        this.clearName(h.name);
        e.jump(end);
        e.restoreHandlers(saved);
        e.bind(cleanupEnd); // stack: prev_exc lasti exc2
        this.clearName(h.name);
        this.emit(O.RERAISE, 1);
      } else {
        this.emit(O.POP_TOP); // exc; stack: prev_exc
        this.pushFblock({ kind: 'handler_cleanup', handlers: [hc], name: null });
        this.stmts(h.body);
        this.popFblock('handler_cleanup');
        const saved = e.saveHandlers();
        e.popHandler(hc);
        this.emit(O.POP_EXCEPT);
        e.jump(end);
        e.restoreHandlers(saved);
      }
      e.bind(next);
    });
    this.popFblock('exception_handler');
    this.emit(O.RERAISE, 0); // no handler matched; stack: prev_exc exc
    e.popHandler(hc);
    e.bind(cleanup); // stack: prev_exc lasti exc2
    this.popExceptAndReraise();
    e.bind(end);
  }

  private tryFinally(s: A.Try): void {
    const e = this.e;
    const final = e.newLabel('finally'), exit = e.newLabel('finally_exit'), cleanup = e.newLabel('finally_cleanup');
    const h = e.pushHandler(final, false);
    this.pushFblock({ kind: 'finally_try', handlers: [h], finalbody: s.finalbody });
    if (s.handlers.length) this.tryExcept({ ...s, finalbody: [] });
    else this.stmts(s.body);
    this.popFblock('finally_try');
    e.popHandler(h);
    this.stmts(s.finalbody);
    e.jump(exit);

    e.bind(final); // stack: exc
    const hc = e.pushHandler(cleanup, true);
    this.emit(O.PUSH_EXC_INFO); // prev_exc exc
    this.pushFblock({ kind: 'finally_end', handlers: [hc] });
    this.stmts(s.finalbody);
    this.popFblock('finally_end');
    this.emit(O.RERAISE, 0);
    e.popHandler(hc);
    e.bind(cleanup);
    this.popExceptAndReraise();
    e.bind(exit);
  }

  // ---- with (compiler_with)

  /** `exit_func(exit_self, None, None, None)`: exit_self sits in CALL's self_or_null slot (NULL when exit_func
   *  is already bound), as CPython 3.14's codegen_call_exit_with_nones */
  private callExitWithNones(): void {
    this.loadNone();
    this.loadNone();
    this.loadNone();
    this.emit(O.CALL, 3);
  }

  private withStmt(s: A.With, pos: number): void {
    const e = this.e;
    const item = s.items[pos];
    const final = e.newLabel('with_except'), exit = e.newLabel('with_exit');
    const cleanup = e.newLabel('with_cleanup'), suppress = e.newLabel('with_suppress');
    this.expr(item.context_expr);
    e.setPos(s.lineno, item.context_expr);
    this.emit(O.BEFORE_WITH); // exit_func exit_self enter_result
    // the handler keeps exit_func and exit_self on the stack (depth of the region start minus the enter result)
    const h = e.pushHandler(final, true, -1);
    this.pushFblock({ kind: 'with', handlers: [h], node: s });
    if (item.optional_vars) this.store(item.optional_vars);
    else this.emit(O.POP_TOP);
    if (pos + 1 < s.items.length) this.withStmt(s, pos + 1);
    else this.stmts(s.body);
    this.popFblock('with');
    e.popHandler(h);
    e.line = s.lineno;
    this.callExitWithNones();
    this.emit(O.POP_TOP);
    e.jump(exit);

    e.bind(final); // stack: exit_func exit_self lasti exc
    const hc = e.pushHandler(cleanup, true);
    this.emit(O.PUSH_EXC_INFO); // exit_func exit_self lasti prev_exc exc
    this.emit(O.WITH_EXCEPT_START); // exit_func exit_self lasti prev_exc exc res
    e.emitJump(O.POP_JUMP_IF_TRUE, suppress);
    this.emit(O.RERAISE, 2);
    e.bind(suppress);
    this.emit(O.POP_TOP); // exc
    e.popHandler(hc);
    this.emit(O.POP_EXCEPT);
    this.emit(O.POP_TOP); // lasti
    this.emit(O.POP_TOP); // exit_self
    this.emit(O.POP_TOP); // exit_func
    e.jump(exit);
    e.bind(cleanup);
    this.popExceptAndReraise();
    e.bind(exit);
  }

  // ---- assert, import

  private assertStmt(s: A.Assert): void {
    const end = this.e.newLabel('assert_ok');
    this.jumpIf(s.test, end, true);
    this.e.setPos(s.lineno, s);
    this.emit(O.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      // the message sits in the self_or_null slot: AssertionError(msg)
      this.expr(s.msg);
      this.emit(O.CALL, 0);
    }
    this.e.loc = s.test; // as CPython 3.13's line table
    this.emit(O.RAISE_VARARGS, 1);
    this.e.bind(end);
  }

  private importStmt(s: A.Import): void {
    for (const a of s.names) {
      this.e.line = s.lineno;
      this.loadConst({ kind: 'int', value: 0n });
      this.loadNone();
      this.emit(O.IMPORT_NAME, this.u.addName(a.name));
      if (a.asname) {
        // `import a.b.c as d`: IMPORT_NAME pushed `a`; walk down to c
        const parts = a.name.split('.');
        for (let i = 1; i < parts.length; i++) {
          this.emit(O.IMPORT_FROM, this.u.addName(parts[i]));
          if (i < parts.length - 1) {
            this.emit(O.SWAP, 2);
            this.emit(O.POP_TOP);
          }
        }
        this.nameOp(a.asname, 'Store');
        if (parts.length > 1) this.emit(O.POP_TOP);
      } else {
        this.nameOp(a.name.split('.')[0], 'Store');
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    this.loadConst({ kind: 'int', value: BigInt(s.level) });
    this.loadConst({ kind: 'tuple', items: s.names.map((a) => this.str(a.name)) });
    this.emit(O.IMPORT_NAME, this.u.addName(s.module ?? ''));
    if (s.names.length === 1 && s.names[0].name === '*') {
      this.emit(O.IMPORT_STAR);
      return;
    }
    for (const a of s.names) {
      this.emit(O.IMPORT_FROM, this.u.addName(a.name));
      this.nameOp(a.asname ?? a.name, 'Store');
    }
    this.emit(O.POP_TOP);
  }

  private augAssign(s: A.AugAssign): void {
    const op = BINOP_INDEX[s.op] + INPLACE;
    const t = s.target;
    switch (t.type) {
      case 'Name':
        this.e.loc = t;
        this.nameOp(t.id, 'Load');
        this.expr(s.value);
        this.e.setPos(s.lineno, s);
        this.emit(O.BINARY_OP, op);
        this.e.loc = t;
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        this.expr(t.value);
        this.e.loc = t;
        this.emit(O.COPY, 1);
        this.e.loc = attrLoc(t, t);
        this.emit(O.LOAD_ATTR, this.attrName(t.attr));
        this.expr(s.value);
        this.e.setPos(s.lineno, s);
        this.emit(O.BINARY_OP, op);
        this.e.loc = attrLoc(t, t);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_ATTR, this.attrName(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.e.loc = t;
        this.emit(O.COPY, 2);
        this.emit(O.COPY, 2);
        this.emit(O.BINARY_SUBSCR);
        this.expr(s.value);
        this.e.setPos(s.lineno, s);
        this.emit(O.BINARY_OP, op);
        this.e.loc = t;
        this.emit(O.SWAP, 3);
        this.emit(O.SWAP, 2);
        this.emit(O.STORE_SUBSCR);
        return;
      default:
        throw this.err(`'${describe(t)}' is an illegal expression for augmented assignment`, t);
    }
  }
}
