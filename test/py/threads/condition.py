# modes: gil nogil
# threading.Condition: producer/consumer, wait_for, notify(n), notify_all, wait timeout, errors.
import threading

cond = threading.Condition()
items = []
consumed = []


def consumer(k):
    for i in range(k):
        with cond:
            cond.wait_for(lambda: items)
            consumed.append(items.pop(0))


cs = [threading.Thread(target=consumer, args=(50,)) for i in range(2)]
for c in cs:
    c.start()
for i in range(100):
    with cond:
        items.append(i)
        cond.notify()
for c in cs:
    c.join()
print('consumed', len(consumed), sorted(consumed) == list(range(100)))

# notify(n) wakes n waiters, notify_all the rest
woken = []
waiting = threading.Semaphore(0)
go = [False] * 5


def waiter(i):
    with cond:
        waiting.release()
        while not go[i]:
            cond.wait()
        woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    # one at a time, so that they wait in order 0..4: once we get the lock back, w is inside wait()
    w.start()
    waiting.acquire()
    with cond:
        pass
with cond:
    for i in range(2):
        go[i] = True
    cond.notify(2)
ws[0].join(5)
ws[1].join(5)
print('after notify(2)', sorted(woken))
with cond:
    for i in range(5):
        go[i] = True
    cond.notify_all()
for w in ws:
    w.join()
print('after notify_all', sorted(woken))

# timeouts
with cond:
    print('wait(0.02)', cond.wait(0.02), 'wait(0)', cond.wait(0))
    print('wait_for false', cond.wait_for(lambda: 0, timeout=0.02))
    print('wait_for true', cond.wait_for(lambda: 'yes', timeout=0.02))

# with a plain Lock
lc = threading.Condition(threading.Lock())
with lc:
    lc.notify_all()
    print('plain lock wait', lc.wait(0.01))

for name, call in [('wait', lambda: cond.wait(0)), ('notify', cond.notify), ('notify_all', cond.notify_all),
                   ('plain wait', lambda: lc.wait(0))]:
    try:
        call()
    except RuntimeError as e:
        print(name, 'RuntimeError:', e)
r = repr(cond)
print(r.startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at '), r.endswith(', 0)>'))
