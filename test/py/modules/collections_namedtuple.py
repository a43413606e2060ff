# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(Point._fields, p._asdict(), p._replace(y=20), p)
q = Point(y=5, x=3)
print(q, q == Point(3, 5), q == (3, 5), p < q)
x, y = q
print(x, y, sum(q), repr(q), str(q))
Person = namedtuple("Person", "name age city")
ann = Person("Ann", 30, city="Oslo")
print(ann, ann.age + 1, Person._fields, type(ann).__name__, isinstance(ann, tuple))
print(Point._make([7, 8]), {p: "hashable"}[Point(1, 2)])
try:
    p.x = 10
except AttributeError:
    print("AttributeError: can't set attribute")
D = namedtuple("D", "a b", defaults=[0])
print(D(1), D(1, 2))
print(sorted([Point(2, 1), Point(1, 9), Point(1, 3)]))
