# __getattr__ delegation, __setattr__ validation, __call__, __contains__, __len__, class-level registries.
class Logged:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                self.log.append(f"{name}{args}")
                return attr(*args, **kwargs)
            return wrapper
        return attr

    def __setattr__(self, name, value):
        self.log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

class Box:
    def __init__(self):
        self.items = []
        self.label = "box"
    def put(self, x):
        self.items.append(x)
        return len(self.items)

lb = Logged(Box())
lb.put(1)
lb.put("two")
lb.label = "crate"
print(lb.items, lb.label, lb.log)
try:
    lb.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Strict:
    allowed = {'name', 'age'}
    def __setattr__(self, key, value):
        if key not in self.allowed:
            raise AttributeError(f"cannot set {key!r}")
        if key == 'age' and not isinstance(value, int):
            raise TypeError("age must be int")
        super().__setattr__(key, value)
s = Strict()
s.name = "x"
s.age = 3
print(s.__dict__)
for k, v in [('email', 'a@b'), ('age', 'old')]:
    try:
        setattr(s, k, v)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
    def __len__(self):
        return len(self.coeffs)
    def __contains__(self, x):
        return self(x) == 0
    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return ' + '.join(reversed(terms)) or '0'
p = Polynomial(-6, 1, 1)
print(p, len(p), [p(x) for x in range(-4, 4)], 2 in p, -3 in p, 0 in p, callable(p))

class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
class CsvPlugin(Plugin, name="csv"):
    pass
class JsonPlugin(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry['csv'].__name__)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __eq__(self, other):
        return self.rows == other.rows
    __hash__ = None
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 20
print(m[0, 1], m[1, 0], m.rows, m == Matrix([[1, 20], [3, 4]]))
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
print(getattr(m, 'rows')[1], hasattr(m, 'cols'), type(m).__name__, m.__class__.__dict__.get('__hash__'))
