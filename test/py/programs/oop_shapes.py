# Shapes with inheritance and abstract-ish methods.
import math

class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle sides")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

class Blob(Shape):
    pass

shapes = [Circle(1), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("sorted:", [s.name for s in sorted(shapes)])
print("largest:", max(shapes).describe())
print("total area: %.3f" % sum(s.area() for s in shapes))
print(Shape.count)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob("b").perimeter()
except NotImplementedError as e:
    print("bare:", repr(e), e.args)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(e)
print(Square.__mro__)
print([cls.__name__ for cls in Square.__mro__])
print(isinstance(shapes[2], Rect), Square.__bases__, Rect.__base__.__name__)
print(hasattr(shapes[0], 'r'), getattr(shapes[1], 'r', 'none'), vars(shapes[1]))
print(Shape.count, type(shapes[0]).__name__, shapes[0].__class__.__qualname__)
by_kind = {}
for s in shapes:
    by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_kind)
print(Circle.area is Shape.area, Square.area is Rect.area, Circle(2).area.__func__ is Circle.area)
