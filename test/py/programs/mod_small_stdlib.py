# Everyday helpers from operator, string, copy and contextlib: sort keys, character classes, deep copies, context managers.
import operator, string, copy, contextlib
from operator import itemgetter, attrgetter, methodcaller
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(2, 0)), itemgetter(0)("xyz"), itemgetter(1, 0))
class P:
    def __init__(self, n, a): self.name, self.age = n, a
    def greet(self, g="hi"): return f"{g} {self.name}"
ps = [P("z", 3), P("y", 1)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]), methodcaller("greet", g="yo")(ps[0]), methodcaller("greet", "hey"))
print(operator.add(2, 3), operator.mul("ab", 2), operator.neg(5), operator.abs(-3), operator.itemgetter("k")({"k": 1}), operator.contains([1], 1), operator.truediv(1, 4))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [5, 6], [1, 2])), operator.lt(1, 2), operator.not_(0))
print(string.ascii_lowercase, string.digits, string.punctuation, repr(string.whitespace), len(string.printable), string.capwords("hello   big world"))
print(string.ascii_uppercase[:5], string.hexdigits, string.octdigits, string.ascii_letters[-3:])
a = [[1, 2], {"k": [3]}, (4, [5])]
b = copy.copy(a); c = copy.deepcopy(a)
a[0].append(99); a[1]["k"].append(98); a[2][1].append(97)
print(b, c, b[0] is a[0], c[0] is a[0])
class Node:
    def __init__(self, v): self.v = v; self.kids = []
n = Node(1); n.kids.append(Node(2)); n.kids.append(n)
m = copy.deepcopy(n)
print(m.v, m.kids[0].v, m.kids[1] is m, m is n, copy.copy(n).kids is n.kids)
t = (1, 2, (3,)); print(copy.deepcopy(t) is t, copy.copy([1]) == [1], copy.deepcopy({1: {2: 3}}))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", e)
with swallow():
    {}["x"]
print("after swallow")
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
class Res:
    def close(self): print("closed res")
with contextlib.closing(Res()) as r:
    print("using", type(r).__name__)
with contextlib.nullcontext(5) as v:
    print(v)
with contextlib.ExitStack() as stack:
    for nm in ("x", "y"):
        stack.enter_context(tag(nm))
    stack.callback(print, "callback ran")
    print("in stack")
@tag("deco")
def f():
    print("in f")
f()
