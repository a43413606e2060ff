# modes: gil nogil
# One exception instance raised by several threads at once (a module-level sentinel, `raise STOP`): each raise
# prepends traceback entries and may set __context__ on the same object. Under --gil=off both are one atomic
# exchange or compare-and-swap (objects/exception.ts addTraceback, setExcField); as plain read-then-write, two
# threads took over the same old traceback and both dropped it (a heap check failed in every run). The
# exception must stay usable: its traceback a chain of entries, its args and context readable, no leak.
from harness import run

NT = 3
ROUNDS = 3000
STOP = ValueError("stop")
caught = [0] * NT


def deep(n):
    if n == 0:
        raise STOP
    return deep(n - 1)


def task(t):
    for r in range(ROUNDS):
        try:
            deep(3)
        except ValueError as e:
            if e is STOP:
                caught[t] += 1
        try:
            try:
                raise KeyError(r)
            except KeyError:
                raise STOP
        except ValueError as e:
            if e is STOP:
                caught[t] += 1
        if r % 100 == 0:
            STOP.__traceback__ = None
            STOP.args = ("stop", r)


run(task, [(t,) for t in range(NT)])
print("caught", caught)
tb = STOP.__traceback__
n = 0
while tb is not None:
    n += 1
    tb = tb.tb_next
print("traceback entries", n > 0, type(STOP.__context__).__name__ in ("KeyError", "NoneType"), STOP.args[0])
