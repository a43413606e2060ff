# Thread start + join latency: start a thread that does nothing and join it, N times (after a warm-up, so a
# pool of workers can be ready), and print the median and 90th percentile in milliseconds.
# Usage: thread_start.py [N]   (N defaults to 200). Run by `npm run bench -- --threads`.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def nothing():
    pass


for _ in range(5):
    t = threading.Thread(target=nothing)
    t.start()
    t.join()

samples = []
for _ in range(N):
    t0 = time.perf_counter()
    t = threading.Thread(target=nothing)
    t.start()
    t.join()
    samples.append((time.perf_counter() - t0) * 1000)
samples.sort()
print("median_ms %.3f p90_ms %.3f" % (samples[len(samples) // 2], samples[len(samples) * 9 // 10]))
