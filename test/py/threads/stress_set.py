# modes: gil nogil
# Many threads on one set (per-object locks under --gil=off): overlapping adds keep each element once,
# discards of disjoint ranges remove exactly those, membership tests and iteration never crash.
import _thread

NT = 8

from harness import run

s = set()
def adder(t):
    for i in range(t * 1000, t * 1000 + 5000):
        s.add(i)
        s.add("s%d" % i)
run(adder, [(t,) for t in range(NT)])
hi = (NT - 1) * 1000 + 5000
print("added", len(s), s == set(range(hi)) | {"s%d" % i for i in range(hi)})

def discarder(t):
    for i in range(t, hi, NT):
        s.discard(i)
        s.remove("s%d" % i)
        assert i not in s
run(discarder, [(t,) for t in range(NT)])
print("discarded", len(s))

u = set(range(100))
out = []
guard = _thread.allocate_lock()
def mixer(t):
    n = 0
    for i in range(2000):
        if t % 2:
            u.add(1000 + i)
            u.discard(1000 + i)
            u.update({5000 + t})
        else:
            n += (50 in u)
            n += len(u & {1, 2, 3})
            try:
                for x in u:
                    n += 1
            except RuntimeError:
                pass  # changed size during iteration: allowed, as in CPython
    with guard:
        out.append(n >= 0)
run(mixer, [(t,) for t in range(4)])
print("mixed", sorted(u - set(range(100))), out)
