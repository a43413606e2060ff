# modes: gil nogil
# Object fields that other threads read without taking a reference of their own, rebound while they do: a
# function's __defaults__ (read by every call that uses a default), a function's and an instance's __dict__
# (read lock-free), an instance's __class__ (its methods looked up on it), a class's __name__ (read by repr)
# and a defaultdict's default_factory (called for a missing key), by two writers at once. Under --gil=off the
# old value is retired until every running thread has passed a quiescent point (runtime/qsbr.ts
# swapAfterReaders); dropped at once, it was freed under a caller (a heap check failed in 3 runs of 5), and
# swapped with a plain read-then-write, two writers dropped the same old value (4 runs of 5). Every value read
# must be whole.
from collections import defaultdict

from harness import run_writers_readers

ROUNDS = 5000
NR = 3
NW = 2


def f(a=(0, 0)):
    return a


class A:
    def m(self):
        return (1, -1)


class B:
    def m(self):
        return (2, -2)


o = A()
o.x = (0, 0)
f.tag = (0, 0)
dd = defaultdict(lambda: (0, 0))


def factory(k):
    return lambda: (k, -k)


def good(v):
    return type(v) is tuple and len(v) == 2 and v[0] == -v[1]


def writer(w):
    for r in range(ROUNDS):
        f.__defaults__ = ((r, -r),)
        o.__dict__ = {"x": (r, -r)}
        f.__dict__ = {"tag": (r, -r)}
        o.__class__ = B if r % 2 else A
        A.__name__ = "A%d" % r
        dd.default_factory = factory(r)


def reader(t):
    n = 0
    for r in range(ROUNDS):
        if not good(f()):
            n += 1
        if not good(getattr(o, "x", (0, 0))):
            n += 1
        if not good(getattr(f, "tag", (0, 0))):
            n += 1
        if not good(o.m()):
            n += 1
        if not repr(A).startswith("<class '__main__.A") or not A.__name__.startswith("A"):
            n += 1
        if not good(dd[(t, r)]):
            n += 1
    return n


bad = run_writers_readers(writer, reader, NW, NR)
print("bad reads", bad)
print("final", good(f()), good(o.x), good(f.tag), type(o).__name__, A.__name__, len(dd), good(dd["new"]))
