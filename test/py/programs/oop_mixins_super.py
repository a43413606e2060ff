# Mixins, cooperative super(), class decorators and __init_subclass__ in a plugin-ish design.
class JsonMixin:
    def to_json(self):
        def enc(v):
            if isinstance(v, str):
                return '"' + v.replace('"', '\\"') + '"'
            if isinstance(v, bool):
                return "true" if v else "false"
            if v is None:
                return "null"
            if isinstance(v, (list, tuple)):
                return "[" + ", ".join(enc(x) for x in v) + "]"
            if isinstance(v, dict):
                return "{" + ", ".join(f"{enc(str(k))}: {enc(x)}" for k, x in v.items()) + "}"
            return repr(v)
        return enc({k: v for k, v in vars(self).items() if not k.startswith("_")})

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class Base:
    def __init__(self, **kw):
        print(f"  Base.__init__ leftover={kw}")
        super().__init__()

class Named(Base):
    def __init__(self, name, **kw):
        print("  Named.__init__")
        self.name = name
        super().__init__(**kw)

class Aged(Base):
    def __init__(self, age, **kw):
        print("  Aged.__init__")
        self.age = age
        super().__init__(**kw)

class Person(ReprMixin, JsonMixin, Named, Aged):
    def __init__(self, **kw):
        print("  Person.__init__")
        self.tags = kw.pop("tags", [])
        super().__init__(**kw)

p = Person(name="Ann \"the\" Coder", age=41, tags=["a", "b"])
print(p)
print(p.to_json())
print([c.__name__ for c in Person.__mro__])

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who(), super(D, D()).who())

registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls

@register
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), Beta.registered, Alpha.__dict__.get("registered"), "registered" in Beta.__dict__)

class Shape:
    subclasses = []
    def __init_subclass__(cls, sides=0, **kw):
        super().__init_subclass__(**kw)
        cls.sides = sides
        Shape.subclasses.append(cls.__name__)
class Tri(Shape, sides=3):
    pass
class Quad(Shape, sides=4):
    pass
class Square(Quad):
    pass
print(Shape.subclasses, Tri.sides, Square.sides)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        inst = super().__new__(cls)
        inst.serial = cls.instances
        return inst
    def __init__(self, label):
        self.label = label
class SubCounter(Counter):
    pass
c1, c2, s1 = Counter("x"), Counter("y"), SubCounter("z")
print(c1.serial, c2.serial, s1.serial, Counter.instances, SubCounter.instances, s1.label)
print(isinstance(p, JsonMixin), issubclass(Person, Base), Person.__bases__[0].__name__, type(p).__mro__[-1])
