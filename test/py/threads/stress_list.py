# modes: gil nogil
# Many threads on one list (per-object locks under --gil=off): 8 threads x 10,000 appends must give exactly
# 80,000 items, each once; then 8 threads pop 10,000 each: every item comes out exactly once, the list ends empty;
# meanwhile readers index, iterate, count and test membership without crashing.
import _thread

NT = 8
N = 10000

from harness import run

lst = []
def appender(base):
    for i in range(N):
        lst.append(base + i)
run(appender, [(t * N,) for t in range(NT)])
print("appended", len(lst), len(set(lst)) == NT * N, sorted(lst) == list(range(NT * N)))

# readers while writers change the list
seen = []
def reader(k):
    total = 0
    for r in range(200):
        n = len(lst)
        if n:
            try:
                total += lst[n // 2] >= 0
            except IndexError:
                pass
        total += (5 in lst)
    for x in lst:
        total += 1
    with guard_seen:
        seen.append(total >= 0)
guard_seen = _thread.allocate_lock()

popped = [[] for _ in range(NT)]
def popper(t):
    mine = popped[t]
    for i in range(N):
        mine.append(lst.pop())
def mixed(t):
    if t < NT:
        popper(t)
    else:
        reader(t)
run(mixed, [(t,) for t in range(NT + 2)])
allp = [x for p in popped for x in p]
print("popped", len(allp), len(lst), sorted(allp) == list(range(NT * N)), seen == [True, True])

# insert/remove/pop/reverse/slice assignment/sort on one list from several threads
work = list(range(100))
missed = [0] * 4
def shuffler(t):
    # each thread inserts and removes its own sentinel while the others pop and re-insert items: a sentinel can
    # be out of the list for a moment (popped by another thread, about to be put back), so a remove may miss it,
    # in CPython too; the sentinels that stay are then exactly the misses
    me = -1 - t
    for i in range(300):
        work.insert(i % 7, me)
        try:
            work.remove(me)
        except ValueError:
            missed[t] += 1
        x = work.pop(i % 5)
        work.insert(0, x)
        work.reverse()
        work[:] = work
        work.extend(())
        if i % 50 == 0:
            work.sort()
run(shuffler, [(t,) for t in range(4)])
items = [x for x in work if x >= 0]
print("shuffled", len(items), sorted(items) == list(range(100)),
      all(work.count(-1 - t) == missed[t] for t in range(4)))
