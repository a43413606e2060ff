/**
 * @fileoverview Python source of the types module: the runtime's own types under their names, SimpleNamespace,
 * and UnionType (what `int | str` builds; isinstance/issubclass accept it).
 */
export const TYPES_PY = String.raw`
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
def _f(): pass
FunctionType = LambdaType = type(_f)
CodeType = type(_f.__code__)
BuiltinFunctionType = BuiltinMethodType = type(len)
def _g(): yield 1
GeneratorType = type(_g())
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
ModuleType = type(__import__('sys'))
del _f, _g, _C

class SimpleNamespace:
    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        self.__dict__.update(dict(mapping_or_iterable))
        self.__dict__.update(kwargs)
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'
    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

def _union_repr(t):
    if t is NoneType:
        return 'None'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return f'{t.__module__}.{t.__qualname__}'
    return repr(t)

class UnionType:
    __slots__ = ('__args__',)
    def __init__(self, args):
        self.__args__ = args
    def __repr__(self):
        return ' | '.join(_union_repr(a) for a in self.__args__)
    def __or__(self, other):
        return _union(self, other)
    def __ror__(self, other):
        return _union(other, self)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def __getitem__(self, params):
        raise TypeError(f'{self!r} is not a generic class')

def _union(a, b):
    args = []
    for x in (a, b):
        items = x.__args__ if isinstance(x, UnionType) else (NoneType if x is None else x,)
        for it in items:
            if it not in args:
                args.append(it)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
`;
