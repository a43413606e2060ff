/**
 * Renders our AST exactly like CPython 3.11's `ast.dump(tree)` (optionally with include_attributes=True), so
 * parse() can be checked against dumps generated once with python3 (fixtures/make-dumps.py).
 */
import type { ConstValue, Node } from '../../../src/lexer/ast.js';

/** CPython's _fields per node type (3.11; type_comment fields are always None and so never printed). */
const FIELDS: Record<string, string[]> = {
  Module: ['body'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value'], Delete: ['targets'], Assign: ['targets', 'value'], AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value', 'simple'], For: ['target', 'iter', 'body', 'orelse'],
  While: ['test', 'body', 'orelse'], If: ['test', 'body', 'orelse'], With: ['items', 'body'],
  Raise: ['exc', 'cause'], Try: ['body', 'handlers', 'orelse', 'finalbody'], Assert: ['test', 'msg'],
  Import: ['names'], ImportFrom: ['module', 'names', 'level'], Global: ['names'], Nonlocal: ['names'],
  Expr: ['value'], Pass: [], Break: [], Continue: [],
  BoolOp: ['op', 'values'], NamedExpr: ['target', 'value'], BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'], Lambda: ['args', 'body'], IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'], Set: ['elts'], ListComp: ['elt', 'generators'], SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'], GeneratorExp: ['elt', 'generators'], Yield: ['value'],
  YieldFrom: ['value'], Compare: ['left', 'ops', 'comparators'], Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec'], JoinedStr: ['values'], Constant: ['value'],
  Attribute: ['value', 'attr', 'ctx'], Subscript: ['value', 'slice', 'ctx'], Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'], List: ['elts', 'ctx'], Tuple: ['elts', 'ctx'], Slice: ['lower', 'upper', 'step'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'], ExceptHandler: ['exc_type', 'name', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
  arg: ['arg', 'annotation'], keyword: ['arg', 'value'], alias: ['name', 'asname'],
  withitem: ['context_expr', 'optional_vars'],
};
/** fields whose CPython name differs from ours */
const RENAME: Record<string, string> = { exc_type: 'type' };
/** fields that are plain enums rendered as `Name()` */
const ENUMS = new Set(['op', 'ctx']);
const NO_ATTRS = new Set(['Module', 'comprehension', 'arguments', 'withitem']);

export function pyStrRepr(s: string, bytes = false): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f || (bytes && cp >= 0x80)) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && (/^[\p{C}\p{Z}]$/u.test(ch))) {
      out += cp <= 0xff ? '\\x' + cp.toString(16).padStart(2, '0')
        : cp <= 0xffff ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return (bytes ? 'b' : '') + q + out + q;
}

export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expS] = x.toExponential().split('e') as [string, string];
  const exp = Number(expS);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let r: string;
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      const ip = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
      const fp = digits.slice(exp + 1);
      r = ip + '.' + (fp || '0');
    } else {
      r = '0.' + '0'.repeat(-exp - 1) + digits;
    }
  } else {
    r = digits[0]! + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return (neg ? '-' : '') + r;
}

function constRepr(v: ConstValue): string {
  switch (v.kind) {
    case 'none': return 'None';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return v.value.toString();
    case 'float': return pyFloatRepr(v.value);
    case 'complex': {
      const r = pyFloatRepr(v.imag);
      return (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j';
    }
    case 'str': return pyStrRepr(v.value);
    case 'bytes': return pyStrRepr(String.fromCharCode(...v.value), true);
    case 'ellipsis': return 'Ellipsis';
  }
}

export function dump(node: unknown, includeAttributes = false): string {
  const fmt = (x: unknown, field?: string): string | null => {
    if (x === null || x === undefined) return null;
    if (Array.isArray(x)) return '[' + x.map((e) => fmt(e) ?? 'None').join(', ') + ']';
    if (typeof x === 'string') return field && ENUMS.has(field) ? `${x}()` : pyStrRepr(x);
    if (typeof x === 'number') return String(x);
    if (typeof x === 'object' && 'type' in (x as object)) {
      const n = x as Node & Record<string, unknown>;
      const fields = FIELDS[n.type];
      if (!fields) throw new Error(`dump: unknown node ${n.type}`);
      const parts: string[] = [];
      for (const f of fields) {
        if (n.type === 'Constant' && f === 'value') { parts.push(`value=${constRepr(n.value as ConstValue)}`); continue; }
        if (n.type === 'Compare' && f === 'ops') { parts.push(`ops=[${(n.ops as string[]).map((o) => o + '()').join(', ')}]`); continue; }
        const v = fmt(n[f], f);
        if (v !== null) parts.push(`${RENAME[f] ?? f}=${v}`);
      }
      if (n.type === 'Module') parts.push('type_ignores=[]');
      if (includeAttributes && !NO_ATTRS.has(n.type)) {
        for (const a of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) parts.push(`${a}=${String(n[a])}`);
      }
      return `${n.type}(${parts.join(', ')})`;
    }
    throw new Error(`dump: cannot render ${String(x)}`);
  };
  return fmt(node)!;
}
