# modes: gil nogil
# Lock-free list reads (--gil=off: runtime/ftread.ts): threads index and iterate shared lists while other
# threads replace, append and pop items, always with freshly made mortal objects (tuples, floats, big ints)
# that the writer drops at once, so a reader often holds an item whose last other reference is going away.
# Every value read must be one a writer put there, whole: no crash, no freed object, no leak (the test runner
# adds --show-refcount and the MINIPY_DEBUG heap walk).
import _thread

from harness import run, run_writers_readers

N = 64
ROUNDS = 400
NR = 3          # reader threads
NW = 2          # writer threads

def good(v):
    # every item is (k, -k), a float k + 0.5, or an int k * 2**40 with k >= 0
    t = type(v)
    if t is tuple:
        return len(v) == 2 and v[0] == -v[1]
    if t is float:
        return v - int(v) == 0.5
    if t is int:
        return v % (1 << 40) == 0
    return False

shared = [(i, -i) for i in range(N)]       # made by the main thread: foreign to every other thread
grow = [float(i) + 0.5 for i in range(N)]  # appended to and popped from

def writer(w):
    for r in range(ROUNDS):
        k = r * NW + w
        # replace: the old item loses its last reference here (unless a reader holds it)
        for j in range(4):
            i = (k + j * 16) % N
            if k % 3 == 0:
                shared[i] = (k, -k)
            elif k % 3 == 1:
                shared[i] = k + 0.5
            else:
                shared[i] = k << 40
        grow.append((k, -k))
        grow.append(k + 0.5)
        grow.pop(0)
        grow.pop()

def reader(t):
    n = 0
    for r in range(ROUNDS):
        i = (r * 7 + t) % N
        for j in range(4):
            if not good(shared[(i + j) % N]):
                n += 1
        if not good(shared[-1 - i]):
            n += 1
        if r % 50 == 0:
            for v in shared:
                if not good(v):
                    n += 1
            for v in grow:
                if not good(v):
                    n += 1
        try:
            if not good(grow[i]):
                n += 1
        except IndexError:
            pass
        if not good(shared.__getitem__(i)):
            n += 1
    return n

bad = run_writers_readers(writer, reader, NW, NR)
print("bad reads", bad)
print("shared", len(shared), all(good(v) for v in shared))
print("grow", len(grow), all(good(v) for v in grow))

# one list iterator shared by several threads (CPython's free-threaded list iterator may hand the same item to
# two threads; here too): each item comes out at least once overall, never a freed one, and the iterator keeps
# its list alive until it is freed even after the owner of the last other reference dropped it
def make():
    return [(i, -i) for i in range(2000)]
it = iter(make())
seen = [[] for _ in range(3)]
def consume(t):
    out = seen[t]
    for v in it:
        out.append(v[0])
run(consume, [(t,) for t in range(3)])
allv = set()
for s in seen:
    allv.update(s)
print("shared iterator", len(allv), sorted(allv) == list(range(2000)))
del it

# a list whose items are read while another thread sorts, reverses and rebuilds it
work = [(i, -i) for i in range(200)]
def shuffler(t):
    for r in range(15):
        if t == 0:
            work.sort(key=lambda p: -p[0] if r % 2 else p[0])
            work.reverse()
            work[:] = [(x[0], x[1]) for x in work]
        else:
            total = 0
            for i in range(0, 200, 17):
                try:
                    v = work[i]
                    assert v[0] == -v[1]
                    total += 1
                except IndexError:
                    pass        # the list looks empty while it is sorted
            for v in work:
                assert v[0] == -v[1]
run(shuffler, [(t,) for t in range(3)])
print("sorted", len(work), sorted(work) == [(i, -i) for i in range(200)])
