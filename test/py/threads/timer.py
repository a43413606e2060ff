# modes: gil nogil
# threading.Timer: runs the function after the interval, with args/kwargs; cancel() before it fires stops it.
import threading
import time

calls = []
t = threading.Timer(0.05, lambda *a, **k: calls.append((a, k)), args=(1, 2), kwargs={'x': 3})
print(t.name, t.interval, t.is_alive())
start = time.monotonic()
t.start()
t.join()
print(calls, 'waited', time.monotonic() - start >= 0.04, t.finished.is_set())

c = threading.Timer(30, calls.append, args=('never',))
c.start()
c.cancel()
c.join()
print(calls[1:], c.finished.is_set(), c.is_alive())

# a subclass of Timer, and a zero interval
order = []
z = threading.Timer(0, order.append, args=['zero'])
z.start()
z.join()
print(order)
