# modes: gil nogil
# threading.Semaphore and BoundedSemaphore: at most N holders at once, timed/non-blocking acquire, errors, repr.
import threading

sem = threading.Semaphore(2)
mutex = threading.Lock()
active = 0
peak = 0
runs = 0


def work():
    global active, peak, runs
    for i in range(20):
        with sem:
            with mutex:
                active += 1
                peak = max(peak, active)
                runs += 1
            for j in range(50):
                pass
            with mutex:
                active -= 1


ts = [threading.Thread(target=work) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('runs', runs, 'peak <= 2', peak <= 2, 'active', active)

s = threading.Semaphore(0)
print('non-blocking', s.acquire(False), 'timeout', s.acquire(timeout=0.02))
released = threading.Thread(target=s.release, args=(3,))
released.start()
released.join()
print('after release(3)', s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
r = repr(s)
print(r[:r.index(' at ')], r[r.index(':'):])

# a blocked acquirer is woken by a release from another thread
got = []
t = threading.Thread(target=lambda: got.append(s.acquire(timeout=30)))
t.start()
s.release()
t.join()
print('woken', got)

b = threading.BoundedSemaphore(2)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
r = repr(b)
print(r[:r.index(' at ')], r[r.index(':'):])
for call in (b.release, lambda: b.release(0), lambda: threading.Semaphore(-1),
             lambda: s.acquire(False, 1)):
    try:
        call()
    except ValueError as e:
        print('ValueError:', e)
