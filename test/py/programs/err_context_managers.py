# Context managers by hand: enter/exit ordering, suppression, nesting, exceptions in exit.
class Resource:
    opened = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"open {self.name}")
        Resource.opened.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        status = exc_type.__name__ if exc_type else "ok"
        print(f"close {self.name} ({status})")
        return self.suppress

with Resource("a") as r:
    print("using", r.name, Resource.opened)

with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name, Resource.opened)

try:
    with Resource("db"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

with Resource("quiet", suppress=True):
    raise KeyError("hidden")
print("after suppressed", Resource.opened)

class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("start")
        return self.log
    def __exit__(self, *args):
        self.log.append("stop")

t = Timer()
with t as log:
    log.append("work")
print(t.log)

def use(n):
    with Resource(f"r{n}"):
        if n == 1:
            return "early"
        for k in range(3):
            if k == n:
                break
    return "normal"
print(use(1), use(2))

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back:", ev)
            return True
        print("committed")

store = {'x': 1}
with Transaction(store) as s:
    s['y'] = 2
with Transaction(store) as s:
    s['x'] = 100
    s['z'] = 3
    raise RuntimeError("constraint violated")
print(store)

class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("body")
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
with open(__file__) as f:
    first = f.readline()
print(first.strip(), f.closed)
