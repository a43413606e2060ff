# modes: gil nogil
# Globals, closure cells and instance attributes written and read by many threads at once (--gil=off: the
# lock-free LOAD_GLOBAL path with its seqlock, locked cells and instance dicts): no crash, no wrong value.
import _thread

NT = 6

from harness import run

counter = 0
clock = _thread.allocate_lock()
flag = "start"

def helper(x):
    return x + 1

def globals_worker(t):
    global counter, flag
    for i in range(3000):
        with clock:
            counter = counter + 1
        flag = "t%d" % t          # a global rebound all the time (mortal values)
        assert helper(i) == i + 1  # a global function looked up all the time
        globals()["g%d" % (i % 50)] = i  # the module dict grows and is rehashed while others read it
        assert len(flag) == 2
run(globals_worker, [(t,) for t in range(NT)])
print("globals", counter, flag[0], g49 >= 0)

def make():
    box = []
    n = 0
    def bump():
        nonlocal n
        n = n + 1
        box.append(n)
        return n
    def peek():
        return n
    return bump, peek
bump, peek = make()
def cell_worker(t):
    for i in range(2000):
        if t % 2:
            bump()
        else:
            assert peek() >= 0
run(cell_worker, [(t,) for t in range(4)])
print("cells", peek() > 0)

class Obj:
    def __init__(self):
        self.shared = 0
o = Obj()
def attr_worker(t):
    name = "a%d" % t
    for i in range(3000):
        setattr(o, name, i)
        o.shared = [t, i]
        v = o.shared
        assert len(v) == 2 and 0 <= v[0] < NT
        assert getattr(o, name) == i
run(attr_worker, [(t,) for t in range(NT)])
print("attrs", sorted(k for k in vars(o)), [getattr(o, "a%d" % t) for t in range(NT)])
