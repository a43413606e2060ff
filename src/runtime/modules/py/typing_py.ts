/**
 * @fileoverview Python source of a small typing module. minipy never evaluates annotations (PEP 649/749:
 * nothing reads them), so typing only has to make the common imports work at runtime: subscriptable aliases
 * (List[int], Optional[str], Callable[[int], str]) with CPython's reprs, TypeVar, Generic/Protocol as bases,
 * cast/overload/final/NewType, functional NamedTuple and TypedDict.
 */
export const TYPING_PY = String.raw`
import collections as _collections

TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)

class _GenericAlias:
    def __init__(self, name, origin, args):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
    def __getitem__(self, params):
        raise TypeError(f'{self!r} is not a generic class')
    def __repr__(self):
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            return f'typing.Callable[{_type_repr(self.__args__[0])}, {_type_repr(self.__args__[1])}]'
        if not self.__args__ and self._name == 'Tuple':
            return 'typing.Tuple[()]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'
    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__
    def __hash__(self):
        return hash((self._name, self.__args__))
    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or self._name in ('Union', 'Optional', 'Literal', 'ClassVar', 'Final'):
            raise TypeError(f'Cannot instantiate {self!r}')
        return self.__origin__(*args, **kwargs)
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]

class _SpecialForm:
    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams
    def __repr__(self):
        return 'typing.' + self._name
    def __getitem__(self, params):
        if self._name == 'Optional' and isinstance(params, tuple):
            raise TypeError(f'typing.Optional requires a single type. Got {params!r}.')
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return _GenericAlias('Optional', None, (params[0], type(None)))
        if self._name == 'Union':
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name in ('Union', 'Optional'):
                    items = p.__args__
                else:
                    items = (type(None) if p is None else p,)
                for it in items:
                    if it not in flat:
                        flat.append(it)
            if len(flat) == 1:
                return flat[0]
            if len(flat) == 2 and type(None) in flat:
                other = flat[0] if flat[1] is type(None) else flat[1]
                return _GenericAlias('Optional', None, (other, type(None)))
            return _GenericAlias('Union', None, tuple(flat))
        return _GenericAlias(self._name, self.__origin__, params)
    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]

Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Annotated = _SpecialForm('Annotated')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Callable = _SpecialForm('Callable', None)
List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Reversible = _SpecialForm('Reversible')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncGenerator = _SpecialForm('AsyncGenerator')
ItemsView = _SpecialForm('ItemsView')
KeysView = _SpecialForm('KeysView')
ValuesView = _SpecialForm('ValuesView')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
Text = str
AnyStr = None

class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__
    def __or__(self, other):
        return Union[self, other]
    def __ror__(self, other):
        return Union[other, self]

AnyStr = TypeVar('AnyStr', bytes, str)

class ParamSpec(TypeVar):
    pass

class Generic:
    __slots__ = ()
    def __class_getitem__(cls, params):
        return cls

class Protocol(Generic):
    __slots__ = ()

def runtime_checkable(cls):
    return cls

def cast(typ, val):
    return val

def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated '
                                  'functions outside a stub module should always be followed by an implementation '
                                  'that is not @overload-ed.')
    return _overload_dummy

def final(f):
    return f

def override(f):
    return f

def no_type_check(f):
    return f

def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')

def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    return {}

class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
    def __call__(self, x):
        return x
    def __repr__(self):
        return f'__main__.{self.__name__}'

def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = list(kwargs.items())
    return _collections.namedtuple(typename, [name for name, _ in fields])

class TypedDict(dict):
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)
`;
