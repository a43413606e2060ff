# _thread.lock: acquire with blocking and timeout, locked, release errors, context manager, repr
# 3.14: CPython 3.13+ says "timeout value must be a non-negative number" (3.11: "must be positive")
import _thread, time

l = _thread.allocate_lock()
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
print(l.acquire(), l.locked())
print(repr(l).startswith("<locked _thread.lock object at 0x"))
print(l.acquire(False), l.acquire(blocking=False))
t0 = time.monotonic()
print(l.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.04)
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
with l:
    print("inside", l.locked())
print("after", l.locked())
print(l.acquire_lock(), l.locked_lock())
l.release_lock()
print(type(l).__name__, type(l).__module__)


# a lock released by another thread wakes the waiter
gate = _thread.allocate_lock()
gate.acquire()
order = []
def opener():
    time.sleep(0.05)
    order.append("open")
    gate.release()
_thread.start_new_thread(opener, ())
gate.acquire()
order.append("through")
print(order)
