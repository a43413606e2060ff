# modes: gil nogil
# Many threads on one dict (per-object locks under --gil=off): disjoint keys (all kept), shared keys (no
# entry lost or duplicated), deletes, setdefault, and defaultdict(list) appends (no item lost).
import _thread
from collections import defaultdict

NT = 8

from harness import run
import time as _tm
_t0=[_tm.perf_counter()]

d = {}
def disjoint(t):
    for i in range(4000):
        d[(t, i)] = i * t
        d["k%d_%d" % (t, i)] = i
run(disjoint, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
ok = all(d[(t, i)] == i * t and d["k%d_%d" % (t, i)] == i for t in range(NT) for i in range(4000))
print("disjoint", len(d), ok)

def deleter(t):
    for i in range(0, 4000, 2):
        del d[(t, i)]
        assert d.pop("k%d_%d" % (t, i)) == i
run(deleter, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
print("deleted", len(d), all(((t, i) in d) == (i % 2 == 1) for t in range(NT) for i in range(4000)))

shared = {}
def sharer(t):
    for r in range(5):
        for k in range(500):
            shared[k] = t
            shared.setdefault(-k - 1, t)
            v = shared.get(k)
            assert v is not None and 0 <= v < NT
        for k in range(0, 500, 3):
            shared.pop(1000 + k, None)
            shared[1000 + k] = r
run(sharer, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
print("shared", len(shared), sorted(shared) == sorted(list(range(-500, 500)) + [1000 + k for k in range(0, 500, 3)]),
      all(0 <= v < NT for v in shared.values()))

# iteration, copy and update while others write
snap = []
guard = _thread.allocate_lock()
def churn(t):
    if t % 2:
        for i in range(3000):
            shared[5000 + t * 10000 + i] = i
    else:
        n = 0
        for _ in range(20):
            try:
                for k in shared:
                    n += 1
            except RuntimeError:
                pass  # changed size during iteration: allowed, as in CPython
            c = shared.copy()
            n += len(c) > 0
            e = {}
            e.update(c)
        with guard:
            snap.append(n > 0)
run(churn, [(t,) for t in range(4)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
print("churn", len(shared), snap)

dd = defaultdict(list)
def grouper(t):
    for i in range(5000):
        dd[i % 97].append(t)
run(grouper, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
dd = defaultdict(list)
run(grouper, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
dd = defaultdict(list)
run(grouper, [(t,) for t in range(NT)])
print("T %.0f" % ((_tm.perf_counter()-_t0[0])*1000)); _t0[0]=_tm.perf_counter()
print("defaultdict", len(dd), sum(len(v) for v in dd.values()), all(sorted(set(v)) == list(range(NT)) for v in dd.values()))
