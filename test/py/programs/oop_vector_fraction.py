# Operator overloading: a 2D vector and a Fraction class with full arithmetic and comparisons.
import math

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        g = math.gcd(num, den)
        sign = -1 if den < 0 else 1
        self.num, self.den = sign * num // g, sign * den // g
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Fraction) else Fraction(o) if isinstance(o, int) else None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-self._coerce(o))
    def __rsub__(self, o):
        return -self + o
    def __mul__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Fraction(o) / self
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __pow__(self, n):
        return Fraction(self.num ** n, self.den ** n) if n >= 0 else Fraction(self.den ** -n, self.num ** -n)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.num, self.den))
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

v, w = Vec(3, 4), Vec(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, v / 2, -v, abs(v))
x, y = v
print(x, y, v[0], list(v), bool(Vec(0, 0)), v == Vec(3, 4), v != w, tuple(v + v))
total = Vec(0, 0)
for p in [Vec(1, 1), Vec(2, 3), Vec(-1, 0)]:
    total += p
print(total)
h = Fraction(1, 2)
t = Fraction(1, 3)
print(h + t, h - t, h * t, h / t, t - 1, 1 - t, 2 * h, 1 / t, h ** 3, t ** -2)
print(repr(Fraction(6, -8)), Fraction(3, 1), float(Fraction(1, 8)), int(Fraction(7, 2)), int(Fraction(-7, 2)))
print(h == Fraction(2, 4), h == 0.5, Fraction(4, 2) == 2, t < h, h <= h, h > t, sorted([h, t, Fraction(-1, 5), Fraction(3, 4)]))
harmonic = sum(Fraction(1, n) for n in range(1, 11))
print(harmonic, f"{harmonic:.6f}", f"{harmonic}", len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
print(max([h, t], key=float), min(Fraction(5, 3), Fraction(3, 2)))
