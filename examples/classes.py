# A small class hierarchy: super(), a property with a validating setter,
# a class attribute, and dunder methods (__repr__, __lt__, __add__, __eq__, __len__).


class Shape:
    count = 0                              # class attribute shared by all shapes

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def __repr__(self):
        return "%s(area=%.2f)" % (self.name, self.area())

    def __lt__(self, other):               # lets sorted() order shapes by area
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h, name="Rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "Square")

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError("side must be positive, got %r" % (value,))
        self.w = self.h = value


class Vec:
    def __init__(self, *xs): self.xs = list(xs)
    def __add__(self, o): return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    def __len__(self): return len(self.xs)
    def __repr__(self): return "Vec(%s)" % ", ".join(map(repr, self.xs))


shapes = [Rect(3, 4), Square(2), Rect(1.5, 5), Square(5)]
print("shapes:", shapes)
print("sorted by area:", sorted(shapes))
print("shapes created:", Shape.count)
sq = shapes[1]
sq.side = 6
print("after sq.side = 6:", sq, "side", sq.side)
try:
    sq.side = -1
except ValueError as e:
    print("ValueError:", e)
print("Square MRO:", [c.__name__ for c in Square.__mro__])
print("isinstance(sq, Rect):", isinstance(sq, Rect), " issubclass(Rect, Square):", issubclass(Rect, Square))
v = Vec(1, 2, 3) + Vec(10, 20, 30)
print(v, "len", len(v), "equal:", v == Vec(11, 22, 33))
