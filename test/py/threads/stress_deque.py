# modes: gil nogil
# One deque used by several threads (per-object locks under --gil=off): 4 producers append 5,000 items each,
# 4 consumers popleft until all 20,000 are taken; every item is consumed exactly once.
import _thread
from collections import deque

NP = 4
N = 5000

from harness import run

q = deque()
taken = [0]
tlock = _thread.allocate_lock()
got = [[] for _ in range(NP)]

def role(t):
    if t < NP:
        for i in range(N):
            if i % 2:
                q.append(t * N + i)
            else:
                q.appendleft(t * N + i)
    else:
        mine = got[t - NP]
        while True:
            with tlock:
                if taken[0] >= NP * N:
                    return
            try:
                x = q.popleft() if t % 2 else q.pop()
            except IndexError:
                continue
            mine.append(x)
            with tlock:
                taken[0] += 1
run(role, [(t,) for t in range(2 * NP)])
allx = [x for g in got for x in g]
print(len(allx), len(q), sorted(allx) == list(range(NP * N)))

# a bounded deque: concurrent appends keep it at maxlen, rotate/len/index never crash
b = deque(maxlen=50)
def bounded(t):
    for i in range(3000):
        b.append(i)
        if i % 100 == 0:
            b.rotate(3)
            len(b)
            if b:
                b[0]
run(bounded, [(t,) for t in range(4)])
print(len(b), all(0 <= x < 3000 for x in b))
