# A data race: T threads each do `n += 1` on a global ITER times with no lock.
# Usage: race_counter.py [T] [ITER]      (defaults 4 and 100000)
#
# `n += 1` is three steps: read n, add 1, write n back. If another thread
# writes n between our read and our write, one of the two increments is lost.
# With a GIL that only switches threads between bytecodes at loop back-edges
# and calls (CPython 3.10+, minipy --gil=on) the race is rarely visible; with
# free threading (minipy --gil=off) the threads truly overlap and updates are
# lost. Either way the interpreter itself must stay intact: only the *program*
# is wrong. See lock_counter.py for the fix.
import sys
import threading

T = int(sys.argv[1]) if len(sys.argv) > 1 else 4
ITER = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
n = 0


def worker():
    global n
    for i in range(ITER):
        n += 1                             # unsynchronized read-modify-write


threads = [threading.Thread(target=worker) for k in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = T * ITER
print("threads:", T, " increments each:", ITER)
print("expected:", expected)
print("actual:  ", n)
if n == expected:
    print("no updates lost this time (the race is still there: run it again,")
    print("or under free threading)")
else:
    print("LOST %d updates (%.1f%%)" % (expected - n, 100.0 * (expected - n) / expected))
