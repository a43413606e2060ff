# The race in race_counter.py, fixed with a threading.Lock: T threads each do
# `n += 1` ITER times, but only while holding the lock, so each read-add-write
# is done by one thread at a time and the total is always exact, with or
# without a GIL. The price is that the threads take turns instead of running
# in parallel.
# Usage: lock_counter.py [T] [ITER]      (defaults 4 and 100000)
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 4
ITER = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
n = 0
lock = threading.Lock()


def worker():
    global n
    for i in range(ITER):
        with lock:                         # acquire ... release, even on error
            n += 1


threads = [threading.Thread(target=worker) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = T * ITER
print("threads:", T, " increments each:", ITER)
print("expected:", expected)
print("actual:  ", n)
print("exact" if n == expected else "WRONG: a lock must never lose updates")
print("lock released at the end:", not lock.locked())
