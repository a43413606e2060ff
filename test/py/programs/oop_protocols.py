# Numeric and container protocols: __index__, __int__, __iadd__, reflected ops with subclass priority, slicing.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("  radd called with", other)
        return self + other
    def __iadd__(self, other):
        print("  iadd")
        self.cents += other.cents if isinstance(other, Money) else other
        return self
    def __mul__(self, k):
        return Money(self.cents * k)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __hash__(self):
        return hash(self.cents)
    def __bool__(self):
        return self.cents != 0
    def __format__(self, spec):
        s = f"${self.cents / 100:,.2f}"
        return format(s, spec) if spec else s

m = Money(1050)
print(m + Money(25), m + 5, 5 + m)
print(sum([Money(100), Money(250)], Money(0)), sum([Money(1), Money(2)]))
alias = m
m += Money(50)
print(m, alias is m, m * 3)
print(bool(Money(0)), bool(m), f"{m}", f"[{m:>12}]", format(Money(123456789), "<15"))
try:
    m - 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + m
except TypeError as e:
    print("TypeError:", e)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), "ab" * Idx(2))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), 1 + Derived())

class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step, key.indices(len(self.data)))
            return Seq(self.data[key])
        return self.data[key]
    def __setitem__(self, key, value):
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]
    def __repr__(self):
        return f"Seq({self.data})"

s = Seq("abcdefg")
print(s[1:5], s[::-2], s[-1], len(s), list(s), "c" in s, "z" in s)
s[0] = "A"
s[1:3] = ["X"]
del s[-1]
del s[0:1]
print(s, bool(Seq([])), bool(s))
print(list(reversed(s)), sorted(s), s[:], s[10:])
print(slice(1, 10, 2), slice(5).indices(3), slice(None, None, -1).indices(4))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __round__(self, n=None):
        return round(self.v, n)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return self
    def __invert__(self):
        return "inverted"
    def __abs__(self):
        return abs(self.v)
print(int(Num(3.7)), float(Num(2)), round(Num(2.567), 1), round(Num(7.5)), (-Num(4)).v, ~Num(1), abs(Num(-9)))
