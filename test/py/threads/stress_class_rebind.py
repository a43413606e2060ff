# modes: gil nogil
# Class attributes rebound while other threads use them (--gil=off: runtime/qsbr.ts). A class lookup returns a
# borrowed reference (typeobj.ts typeLookup, and its cache), so the old value of `C.x = new` must outlive every
# reader that may hold it: it is retired, and dropped only when every running thread has passed a quiescent
# point. Before that, this program corrupted the heap within a few runs. Readers check every value whole;
# writers rebind data attributes, methods, properties and delete and restore attributes.
from harness import run_writers_readers

ROUNDS = 1500
NR = 3
NW = 2


class C:
    data = (0, 0)
    lst = [0, 0]

    def m(self):
        return 0

    @property
    def p(self):
        return (0, 0)


class D(C):
    pass


obj = D()


def make_m(k):
    def m(self):
        return k - k
    return m


def make_p(k):
    return property(lambda self: (k, -k))


def good(v):
    return type(v) is tuple and len(v) == 2 and v[0] == -v[1]


def writer(w):
    for r in range(ROUNDS):
        k = r * NW + w
        C.data = (k, -k)
        C.lst = [k, -k]
        C.m = make_m(k)
        C.p = make_p(k)
        if r % 10 == 0:
            del C.lst
            C.lst = [-k, k]


def reader(t):
    n = 0
    for r in range(ROUNDS):
        if not good(obj.data):
            n += 1
        if not good(D.data):
            n += 1
        l = getattr(obj, "lst", [1, -1])
        if len(l) != 2 or l[0] != -l[1]:
            n += 1
        if obj.m() != 0:
            n += 1
        if not good(obj.p):
            n += 1
    return n




bad = run_writers_readers(writer, reader, NW, NR)
print("bad reads", bad)
print("final", good(C.data), len(C.lst), obj.m(), good(obj.p))


# the classic race on a class-level counter: `Counter.n += 1` from several threads. Under --gil=off updates are
# lost (that is the lesson), but each old int leaves the class's dict while the other threads read it, and the
# heap must stay sound (before the retiring, this corrupted it too)
class Counter:
    n = 0


def count(t):
    for r in range(20000):
        Counter.n += 1


run_writers_readers(count, count, 2, 0)
print("counter", 0 < Counter.n <= 40000, type(Counter.n).__name__)
