/**
 * @fileoverview Interned identifier strings the runtime uses by ref (dunder names and friends), so that
 * slot lookups compare refs and hashes instead of building strings.
 */
import { intern } from './objects/str.js';

const LIST = [
  '__init__', '__new__', '__repr__', '__str__', '__hash__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__',
  '__ge__', '__bool__', '__len__', '__iter__', '__next__', '__getitem__', '__setitem__', '__delitem__',
  '__contains__', '__call__', '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__enter__',
  '__exit__', '__get__', '__set__', '__delete__', '__name__', '__qualname__', '__module__', '__doc__',
  '__dict__', '__class__', '__classcell__', '__mro__', '__bases__', '__base__', '__builtins__', '__main__',
  '__file__', '__index__', '__int__', '__float__', '__neg__', '__pos__', '__abs__', '__invert__',
  '__format__', '__reversed__', '__missing__', '__init_subclass__', '__set_name__', '__class_getitem__',
  '__slots__', '__all__', '__path__', '__spec__', '__package__', '__loader__', '__annotations__',
  '__round__', '__trunc__', '__floor__', '__ceil__', '__divmod__', '__rdivmod__', '__iadd__',
  'args', 'send', 'throw', 'close', 'keys', 'items', 'values', 'append', 'get', 'write', 'flush',
  '__cause__', '__context__', '__traceback__', '__suppress_context__', 'value', 'self', 'mro',
  'default_factory', 'maxlen', 'real', 'imag', 'start', 'stop', 'step', 'name', '__func__', '__self__',
  '__wrapped__', 'fget', 'fset', 'fdel', 'setter', 'getter', 'deleter', '__isabstractmethod__', '__code__',
  '__defaults__', '__kwdefaults__', '__closure__', '__globals__', 'co_name', 'co_filename', 'co_varnames',
  'co_argcount', 'tb_next', 'tb_lineno', 'tb_frame', 'add_note', '__notes__', 'with_traceback', 'errno',
  'strerror', 'filename', 'msg', 'lineno', 'offset', 'text', 'code', 'obj', 'key', 'end_lineno', 'end_offset',
] as const;

/** binary operator dunders by BINARY_OP arg (0..12), their reflected and in-place forms */
export const BINOP_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

type NameMap = { [K in (typeof LIST)[number]]: number };
export const N: NameMap = Object.fromEntries(LIST.map((s) => [s, intern(s)])) as NameMap;
export const BINOP_DUNDER = BINOP_NAMES.map((s) => intern(`__${s}__`));
export const BINOP_RDUNDER = BINOP_NAMES.map((s) => intern(`__r${s}__`));
export const BINOP_IDUNDER = BINOP_NAMES.map((s) => intern(`__i${s}__`));
export const CMP_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].map((s) => intern(s));
