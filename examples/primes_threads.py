# Count primes below N by trial division, splitting the range over T threads,
# and compare with one thread. Usage: primes_threads.py [T] [N]
# (defaults 2 and 600000). Blocks of 1000 numbers are dealt round-robin so the
# threads get similar work. Under a GIL (CPython, minipy --gil=on) only one
# thread runs Python code at a time, so T threads take about as long as one;
# with minipy --gil=off on T cores they can approach T times faster.
import sys
import threading
import time

T = int(sys.argv[1]) if len(sys.argv) > 1 else 2
N = int(sys.argv[2]) if len(sys.argv) > 2 else 600000
BLOCK = 1000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def count(nthreads, limit=N):
    counts = [0] * nthreads                # one slot per thread: no sharing

    def worker(k):
        lo = k * BLOCK
        while lo < limit:
            counts[k] += sum(1 for n in range(lo, min(lo + BLOCK, limit)) if is_prime(n))
            lo += nthreads * BLOCK

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts), time.perf_counter() - start


# a short untimed round first: in minipy every thread runs in its own worker, whose JIT compiles the
# interpreter again (~0.1 s); without it the timings below would also measure that warm-up, not the lock
count(T, min(N, 40 * BLOCK))
base_count, base_time = count(1)
print("threads: 1  primes below %d: %d  elapsed: %.3f s" % (N, base_count, base_time))
if T != 1:
    total, elapsed = count(T)
    print("threads: %d  primes below %d: %d  elapsed: %.3f s" % (T, N, total, elapsed))
    print("speedup: %.2fx with %d threads" % (base_time / elapsed, T))
    assert total == base_count, "thread split changed the answer"
