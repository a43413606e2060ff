# Free-threaded reads: T threads read shared containers at the same time, one kind of read per phase:
#   ints_index   s += ints[i]     a list of small ints (immortal: a lock-free read writes nothing)
#   ints_iter    for x in ints    the same, iterating
#   floats_index s += floats[i]   a list of floats made by the main thread (mortal, foreign to every reader:
#                                 a lock-free read adds to each float's shared count, a CAS on the float)
#   floats_iter  for x in floats
#   attr_global  s += box.attr + G   an instance attribute and a module global holding mortal floats
# Each thread does the same work, so with --gil=off and T free cores a phase should take as long with T=2 as
# with T=1; a read that takes the container's lock (a CAS on one shared word for every read) makes it grow.
# Not measured away: pushing the list or the box on the stack (LOAD_FAST) still counts a reference in its
# shared count (they belong to the main thread), a write to one word every thread shares, in *_index and
# attr_global; an ints_iter step writes nothing shared at all (the iterator is the thread's own).
# Usage: ft_reads.py [T] [ROUNDS]   (T defaults to 1, ROUNDS to 300). Prints each phase's time in milliseconds
# (the best of 3 runs), wall time of the T threads together and CPU time of the process (on a busy machine the
# wall time of T=2 also measures how much of a second core the others leave; CPU time growing past T times
# T=1's is contention), and a checksum line that is the same for every T:
#   node bin/minipy.js --gil=off scripts/bench/ft_reads.py 1
#   node bin/minipy.js --gil=off scripts/bench/ft_reads.py 2
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 1
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
N = 2000

floats = [i * 0.5 for i in range(N)]
ints = [i % 200 for i in range(N)]


class Box:
    pass


box = Box()
box.attr = float(3) / 2                   # computed: mortal (a literal 1.5 would be an immortal constant)
G = float(5) / 2


def index_sum(rounds, lst, s):
    # lst and s are parameters, not globals or closure cells: the phases differ only in what the list holds
    for _ in range(rounds):
        for i in range(N):
            s += lst[i]
    return s


def iter_sum(rounds, lst, s):
    for _ in range(rounds):
        for x in lst:
            s += x
    return s


def attr_global(rounds):
    s = 0.0
    b = box
    for _ in range(rounds):
        for i in range(N):
            s += b.attr + G
    return s


def phase(fn, args, rounds):
    results = [None] * T

    def body(k):
        results[k] = fn(rounds, *args)

    threads = [threading.Thread(target=body, args=(k,)) for k in range(T)]
    t0 = time.perf_counter()
    c0 = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ms = (time.perf_counter() - t0) * 1000
    cpu = (time.process_time() - c0) * 1000
    assert all(r == results[0] for r in results)
    return results[0], ms, cpu


PHASES = (
    ("ints_index", index_sum, (ints, 0)),
    ("ints_iter", iter_sum, (ints, 0)),
    ("floats_index", index_sum, (floats, 0.0)),
    ("floats_iter", iter_sum, (floats, 0.0)),
    ("attr_global", attr_global, ()),
)
REPS = 3
# warm-up: the pool's workers compile the eval loop (each worker its own: --gil=off turns off V8's concurrent
# recompilation), and the first read of each float by a non-owner goes the locked way (it marks the float)
for name, fn, args in PHASES:
    phase(fn, args, 20)
total = 0.0
line = []
cpu_line = []
for name, fn, args in PHASES:
    # the best of REPS runs of the phase: V8's tiering makes a single short run bimodal
    best = None
    for _ in range(REPS):
        r, ms, cpu = phase(fn, args, ROUNDS)
        if best is None or ms < best[1]:
            best = (r, ms, cpu)
    r, ms, cpu = best
    total += r
    line.append("%s %.0f" % (name, ms))
    cpu_line.append("%s_cpu %.0f" % (name, cpu))
print("checksum", total)
print("T", T, "wall_ms:", " ".join(line))
print("T", T, "cpu_ms:", " ".join(cpu_line))
