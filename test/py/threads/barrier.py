# modes: gil nogil
# threading.Barrier: wait indices, the action, several rounds, abort, reset, timeout, errors.
# 3.14: Barrier(0) raises ValueError since 3.13 (.exp written by MINIPY_PYTHON=python3.13 make-exp --force)
import threading

N = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append('action'))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()


def worker():
    for rnd in range(3):
        i = b.wait()
        with lock:
            indices.append((rnd, i))


ts = [threading.Thread(target=worker) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(actions), sorted(indices) == [(r, i) for r in range(3) for i in range(N)])
r = repr(b)
print(r[:r.index(' at ')], r[r.index(':'):])

# abort breaks the barrier for the thread waiting in it and for later callers
b2 = threading.Barrier(3)
errors = []


def waiting():
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)


w = threading.Thread(target=waiting)
w.start()
while b2.n_waiting != 1:
    pass
b2.abort()
w.join()
print(errors, b2.broken)
r = repr(b2)
print(r[:r.index(' at ')], r[r.index(':'):])
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print('BrokenBarrierError', repr(e), isinstance(e, RuntimeError))
b2.reset()
print('after reset', b2.broken, b2.n_waiting)

# a timeout breaks it too
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print('timed out, broken', b3.broken)
b4 = threading.Barrier(2)
try:
    b4.wait(0.02)
except threading.BrokenBarrierError:
    print('explicit timeout, broken', b4.broken)

# an exception in the action breaks the barrier and reaches the thread that ran it
def bad_action():
    raise ValueError('action failed')


b5 = threading.Barrier(1, action=bad_action)
try:
    b5.wait()
except ValueError as e:
    print('ValueError:', e, b5.broken)

try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError:', e)
print(threading.Barrier(1).wait())
