# modes: gil nogil
# Lock-free reads of mortal values out of dicts (--gil=off: objects/dict.ts dictPeekRef): threads read instance
# attributes and module globals while other threads rebind them to fresh objects (tuples, floats, lists,
# instances) that lose their last reference at the next rebinding, so a reader often holds a value whose last
# other reference is going away. Every value read must be whole; no crash, no freed object, no leak.
import _thread

from harness import run, run_writers_readers

ROUNDS = 1000
NR = 3
NW = 2


class Box:
    pass


class Pair:
    def __init__(self, k):
        self.a = k
        self.b = -k


box = Box()
box.t = (0, 0)
box.f = 0.5
box.p = Pair(0)
box.l = [0, 0]
G = (0, 0)
GF = 0.5

def good_t(v):
    return type(v) is tuple and len(v) == 2 and v[0] == -v[1]

def good_f(v):
    return type(v) is float and v - int(v) == 0.5

def writer(w):
    global G, GF
    for r in range(ROUNDS):
        k = r * NW + w
        box.t = (k, -k)
        box.f = k + 0.5
        box.p = Pair(k)
        box.l = [k, -k]
        setattr(box, "x%d" % (k % 20), (k, -k))  # the instance dict grows and is resized while others read
        G = (k, -k)
        GF = k + 0.5

def reader(t):
    n = 0
    b = box
    for r in range(ROUNDS):
        if not good_t(b.t):
            n += 1
        if not good_f(b.f):
            n += 1
        p = b.p
        if p.a != -p.b:
            n += 1
        l = b.l
        if len(l) != 2 or l[0] != -l[1]:
            n += 1
        x = getattr(b, "x%d" % (r % 20), (0, 0))
        if not good_t(x):
            n += 1
        if not good_t(G):
            n += 1
        if not good_f(GF):
            n += 1
    return n


bad = run_writers_readers(writer, reader, NW, NR)
print("bad reads", bad)
print("final", good_t(box.t), good_f(box.f), box.p.a == -box.p.b, good_t(G), good_f(GF),
      sorted(k for k in vars(box) if k.startswith("x")) == sorted("x%d" % i for i in range(20)))

# a value first read by a thread that does not own it goes the locked way once (it is then marked, and later
# reads are lock-free): many threads reading the same fresh objects, made by one thread, again and again
objs = [Pair(i) for i in range(200)]
holder = Box()
holder.objs = objs
def many(t):
    s = 0
    for r in range(20):
        for p in holder.objs:
            s += p.a + p.b
        for i in range(len(objs)):
            q = objs[i]
            s += q.a + q.b
    assert s == 0
run(many, [(t,) for t in range(4)])
print("marked reads ok")
