# 3.14: the __slots__ AttributeError message gained 'and no __dict__ ...' in 3.13 (.exp from 3.13); unhashable set elements say "cannot use 'X' as a set element (...)"
# __eq__/__hash__/__lt__/__repr__ used in sets, dicts and sorting.
from functools import total_ordering

@total_ordering
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

class NoHash:
    def __eq__(self, other):
        return True

pts = [Point(3, 1), Point(1, 2), Point(3, 1), Point(0, 0), Point(1, 2), Point(2, 2)]
unique = set(pts)
print(len(unique), sorted(unique))
print(Point(1, 2) in unique, Point(9, 9) in unique)
d = {p: i for i, p in enumerate(pts)}
print(d)
print(d[Point(3, 1)], Point(1, 1) == Point(1, 1), Point(1, 1) != Point(1, 2))
print(Point(1, 2) <= Point(1, 2), Point(2, 0) > Point(1, 9), Point(1, 1) >= Point(0, 5))
print(Point(1, 2) == (1, 2), Point(0, 0) == None)
print(sum(pts[1:], Point(0, 0)), abs(Point(3, 4)), min(pts), max(pts))
versions = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]]
print(sorted(versions))
print(max(versions), Version("1.0") == Version("1.0"))
try:
    {Version("1.0")}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__ is None, Point.__hash__ is not None)
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Version("1") < 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Version("1") < Point(1, 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(0, 0) < 5
except AttributeError as e:
    print("AttributeError:", e)
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(sorted(counts.items()))
print(list(dict.fromkeys(pts)))
frozen = frozenset([Point(1, 1), Point(1, 1)])
print(frozen, len({frozen, frozenset([Point(1, 1)])}))
