/**
 * @fileoverview Python source of a small enum module: Enum with members made by a metaclass (definition
 * order, aliases, lookup by value and by name, auto(), unique), IntEnum/StrEnum-style comparisons by value.
 * The runtime cannot subclass int or str, so IntEnum and StrEnum members are not int/str instances; they
 * compare, hash, format and convert like their values.
 */
export const ENUM_PY = String.raw`
__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'auto', 'unique']

class auto:
    _counter = 0
    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
    def __repr__(self):
        return 'auto()'

def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')

def _is_member_name(key, value):
    if key.startswith('__') and key.endswith('__'):
        return False
    if key.startswith('_') and key.endswith('_') and len(key) > 2:
        return False
    if key.startswith('_'):
        return False
    return not _is_descriptor(value)

class EnumType(type):
    def __new__(metacls, cls, bases, classdict, **kwds):
        member_items = [(k, v) for k, v in classdict.items() if _is_member_name(k, v)]
        body = {k: v for k, v in classdict.items() if not _is_member_name(k, v)}
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        gen = getattr(enum_class, '_generate_next_value_')
        last_values = []
        for name, value in member_items:
            if isinstance(value, auto):
                value = gen(name, 1, len(last_values), last_values[:])
            last_values.append(value)
            existing = None
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
            if existing is not None:
                enum_class._member_map_[name] = existing
                type.__setattr__(enum_class, name, existing)
                continue
            member = object.__new__(enum_class)
            member._name_ = name
            member._value_ = value
            init = enum_class.__dict__.get('__init__') or next(
                (b.__dict__['__init__'] for b in enum_class.__mro__[1:] if '__init__' in b.__dict__ and b not in (Enum, object)), None)
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            raise TypeError('Enum functional API is not supported by minipy')
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        return any(m._value_ == value for m in cls._member_map_.values())

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot delete member {name!r}')
        super().__delattr__(name)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"

EnumMeta = EnumType

class Enum(metaclass=EnumType):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start + count if not last_values else start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f'<{type(self).__name__}.{self._name_}: {self._value_!r}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

class _ValueCompare(Enum):
    def __eq__(self, other):
        if isinstance(other, Enum):
            other = other._value_
        return self._value_ == other
    def __ne__(self, other):
        return not self == other
    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)
    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, Enum) else other)
    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, Enum) else other)
    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, Enum) else other)
    def __hash__(self):
        return hash(self._value_)
    def __str__(self):
        return str(self._value_)
    def __format__(self, spec):
        return format(self._value_, spec)

class IntEnum(_ValueCompare):
    def __int__(self):
        return self._value_
    def __index__(self):
        return self._value_
    def __add__(self, other):
        return self._value_ + other
    def __radd__(self, other):
        return other + self._value_
    def __sub__(self, other):
        return self._value_ - other
    def __mul__(self, other):
        return self._value_ * other

class StrEnum(_ValueCompare):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    def __add__(self, other):
        return self._value_ + other
    def __radd__(self, other):
        return other + self._value_
    def __getattr__(self, name):
        return getattr(self._value_, name)

def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items() if name != member.name]
    if duplicates:
        alias_details = ', '.join(f'{alias} -> {name}' for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {alias_details}')
    return enumeration
`;
