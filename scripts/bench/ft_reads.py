# Free-threaded reads: T threads each read a shared list (indexing and iteration), an instance attribute and a
# module global, all holding mortal values (floats made by the main thread, so every reader is a non-owner), plus a
# list of small ints (immortal). Each thread does the same work, so with --gil=off and T cores the time should stay
# that of T=1; every read that writes shared memory (a lock round trip on the list or dict) makes it grow.
# Usage: ft_reads.py [T] [ROUNDS]   (T defaults to 1, ROUNDS to 60). Prints the checksum (the same for every T)
# and the time of the threaded part in milliseconds:
#   node bin/minipy.js --gil=off scripts/bench/ft_reads.py 1
#   node bin/minipy.js --gil=off scripts/bench/ft_reads.py 2
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 60
N = 2000

floats = [i * 0.5 for i in range(N)]      # mortal floats owned by the main thread
ints = [i % 200 for i in range(N)]        # small ints: immortal


class Box:
    pass


box = Box()
box.attr = 1.5                            # a mortal value in the instance dict
G = 2.5                                   # a mortal module global


def work(out, k):
    s = 0.0
    b = box
    fl = floats
    il = ints
    for _ in range(ROUNDS):
        for i in range(N):
            s += fl[i]                    # BINARY_SUBSCR on a list
        for x in fl:                      # FOR_ITER over a list
            s += x
        for i in range(N):
            s += il[i]
        for _ in range(N // 4):
            s += b.attr + G               # LOAD_ATTR on an instance, LOAD_GLOBAL
    out[k] = s


results = [0.0] * T
threads = [threading.Thread(target=work, args=(results, k)) for k in range(T)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
ms = (time.perf_counter() - t0) * 1000
print("checksum", all(r == results[0] for r in results), results[0])
print("T", T, "ms %.0f" % ms)
