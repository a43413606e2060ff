# Descriptors with __set_name__: typed fields, validation, lazy cached attributes, __getattribute__ logging.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"deleting {self.name}")
        delattr(obj, self.private)

class Positive(Typed):
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")
        super().__set__(obj, value)

class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value

class Product:
    name = Typed(str, "unnamed")
    price = Positive((int, float) if False else float)
    qty = Positive(int)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @cached
    def total(self):
        print("  computing total")
        return self.price * self.qty

p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total, p.total)
print(vars(p))
for field, value in [("price", 3), ("qty", -1), ("name", 42), ("qty", 2)]:
    try:
        setattr(p, field, value)
        print("set", field, getattr(p, field))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del p.name
print(p.name, type(Product.__dict__["qty"]).__name__, Product.qty.name, Product.price.private)

class Audited:
    def __init__(self):
        self.log = []
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("_") and name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<missing {name}>"
a = Audited()
print(a.x, a.y, a.x)
print(a.log)

class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, cls):
        return self.v
class Config:
    VERSION = Constant("1.2")
c = Config()
c.VERSION = "hacked"
print(Config.VERSION, c.VERSION, c.__dict__)
class BoundCheck:
    def method(self):
        return self
bc = BoundCheck()
m = BoundCheck.__dict__["method"].__get__(bc, BoundCheck)
print(m() is bc, BoundCheck.method(bc) is bc, type(m).__name__, m.__self__ is bc, m.__func__ is BoundCheck.method)
