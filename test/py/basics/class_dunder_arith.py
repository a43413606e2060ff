# arithmetic dunders: __add__ __radd__ __iadd__ __sub__ __mul__ __neg__, NotImplemented
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self + o
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
a = V(1, 2)
b = V(10, 20)
print(a + b, b - a, a * 3, 3 * a, -a, a + 1, 1 + a)
print(sum([a, b, V(100, 100)]))
print(a == V(1, 2), a != V(1, 2), a == "x")
c = a
c += b
print(c, a, c is a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __repr__(self):
        return "Acc" + repr(self.items)
acc = Acc()
alias = acc
acc += 1
acc += "two"
print(acc, alias is acc)
try:
    a + "s"
except TypeError:
    print("TypeError for V + str")
class M:
    def __init__(self, v):
        self.v = v
    def __mul__(self, o):
        return M(self.v * o.v)
    def __truediv__(self, o):
        return self.v / o.v
    def __floordiv__(self, o):
        return self.v // o.v
    def __mod__(self, o):
        return self.v % o.v
    def __pow__(self, o):
        return self.v ** o.v
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return abs(self.v)
print((M(3) * M(4)).v, M(7) / M(2), M(7) // M(2), M(7) % M(2), M(2) ** M(10), +M(1), abs(M(-5)))
