# modes: gil nogil
# threading.Lock: mutual exclusion for a shared counter, non-blocking and timed acquire, errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
counter = 0


def add(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(3000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('counter', counter)

# held by another thread: acquire(False) and acquire(timeout) fail
held = threading.Event()
done = threading.Event()


def holder():
    lock.acquire()
    held.set()
    done.wait()
    lock.release()


h = threading.Thread(target=holder)
h.start()
held.wait()
print('locked', lock.locked(), 'acquire(False)', lock.acquire(False), 'acquire(timeout=0.05)',
      lock.acquire(timeout=0.05), 'acquire(True, 0)', lock.acquire(True, 0))
done.set()
h.join()
print('after release', lock.locked(), lock.acquire(timeout=5), lock.locked())
lock.release()

# a lock may be released by another thread than the one that acquired it
lock.acquire()
r = threading.Thread(target=lock.release)
r.start()
r.join()
print('released by another thread', lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX > 1000)
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
