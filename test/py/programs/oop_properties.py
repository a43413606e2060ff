# Properties, setters with validation, computed attributes, class/static methods.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"temperature {value} below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def describe(c):
        if c < 0:
            return "freezing"
        return "cold" if c < 15 else "mild" if c < 25 else "hot"

    def __repr__(self):
        return f"{type(self).__name__}({self._c:.1f}°C)"

class Kelvin(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15

t = Temperature(25)
print(t, t.fahrenheit)
t.fahrenheit = 212
print(t, t.celsius)
print(Temperature.from_fahrenheit(-40), Kelvin.from_fahrenheit(32))
print([Temperature.describe(c) for c in (-5, 10, 20, 30)], t.describe(14.9))
k = Kelvin(0)
print(k.kelvin, type(k).from_fahrenheit(50).kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    k.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
print(isinstance(Temperature.__dict__['describe'], staticmethod), 'from_fahrenheit' in Temperature.__dict__)

class Lazy:
    def __init__(self):
        self.computed = 0

    @property
    def value(self):
        if not hasattr(self, '_value'):
            self.computed += 1
            self._value = sum(range(1000))
        return self._value

lz = Lazy()
print(lz.value, lz.value, lz.computed)

class Registry:
    items = []

    @classmethod
    def register(cls, name):
        cls.items.append(name)
        return len(cls.items)

class Sub(Registry):
    items = []

print(Registry.register("a"), Sub.register("b"), Sub.register("c"), Registry.items, Sub.items)

class Circle:
    def __init__(self, r):
        self.r = r
    area = property(lambda self: 3 * self.r ** 2, doc="approx area")

print(Circle(2).area, Circle.area.__doc__)
