# time: clocks return floats, sleep works; print only facts that hold on every run
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
time.sleep(0.01)
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(type(t1).__name__, type(p1).__name__, type(m1).__name__)
print(t2 >= t1, p2 > p1, m2 >= m1, p2 - p1 >= 0.009, p2 - p1 < 5)
print(t1 > 1.6e9, time.sleep(0) is None)
