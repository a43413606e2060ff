# modes: gil nogil
# threading.Event: many waiters released by one set(), wait timeouts, clear, repr.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.02), ev.wait(0))
r = repr(ev)
print(r[:r.index(' at ')], r[r.index(':'):])

started = threading.Semaphore(0)
results = []
lock = threading.Lock()


def waiter(i):
    started.release()
    ok = ev.wait(30)
    with lock:
        results.append((i, ok))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    started.acquire()
ev.set()
for t in ts:
    t.join()
print(sorted(results))
print(ev.is_set(), ev.wait(), ev.wait(0))
r = repr(ev)
print(r[:r.index(' at ')], r[r.index(':'):])
ev.clear()
print(ev.is_set(), ev.wait(0.01))

# ping-pong between two threads with two events
ping = threading.Event()
pong = threading.Event()
log = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        log.append('pong %d' % i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(5):
    log.append('ping %d' % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)
