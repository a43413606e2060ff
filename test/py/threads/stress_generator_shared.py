# modes: gil nogil
# One generator shared by threads that all call next() on it. A generator runs in one thread at a time: the
# others get "ValueError: generator already executing" (in either build; under the GIL a switch can happen
# inside the generator's body). Claiming it is one atomic operation (vm/generator.ts claim), so under --gil=off
# two threads can never both resume its frame, which corrupted the heap or hung before. Every value is handed
# out once and whole; close() and throw() race with next() too.
from harness import run

NT = 3
ROUNDS = 3000


def gen():
    i = 0
    try:
        while True:
            yield (i, -i)
            i += 1
    finally:
        pass


g = gen()
got = [[] for _ in range(NT)]
errors = [0] * NT
other = []


def task(t):
    for r in range(ROUNDS):
        try:
            v = next(g)
            got[t].append(v)
        except ValueError as e:
            if str(e) == "generator already executing":
                errors[t] += 1
            else:
                other.append(repr(e))


run(task, [(t,) for t in range(NT)])
values = [v for vs in got for v in vs]
print("whole", all(type(v) is tuple and v[0] == -v[1] for v in values))
print("each once", len(set(values)) == len(values))
print("accounted", len(values) + sum(errors) == NT * ROUNDS, other)
print("consecutive", sorted(v[0] for v in values) == list(range(len(values))))


def closer(t):
    # close() and throw() from other threads while it runs: never a second runner, the generator ends once
    for r in range(200):
        try:
            if t == 0:
                next(h)
            elif t == 1:
                h.close()
            else:
                h.throw(KeyError("x"))
        except (ValueError, StopIteration, KeyError):
            pass


for k in range(20):
    h = gen()
    run(closer, [(t,) for t in range(3)])
print("closed ok")
