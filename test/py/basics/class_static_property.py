# staticmethod, classmethod, property with setter and deleter
class Temp:
    unit = "C"
    instances = 0
    def __init__(self, c):
        self._c = c
        Temp.instances += 1
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError:
    print("AttributeError: read-only property")
del t.celsius
print(t.celsius)
print(Temp.c_to_f(0), t.c_to_f(100), Temp.from_f(212).celsius, Temp.describe(), t.describe())
class Kelvin(Temp):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.celsius, Kelvin.describe(), Temp.instances)
print(isinstance(Temp.__dict__["c_to_f"], staticmethod), isinstance(Temp.__dict__["celsius"], property))
