# modes: gil nogil
# stderr-tail: OSError: init failed
# ThreadPoolExecutor edge cases: a failing initializer breaks the pool (BrokenThreadPool, logged on stderr),
# map() with a timeout, an exception in a done-callback is logged and ignored, submit after shutdown.
import threading
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor


def bad_init():
    raise OSError('init failed')


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 2)
try:
    f.result(timeout=30)
except cf.BrokenExecutor as e:
    print('result:', type(e).__name__, e)
try:
    ex.submit(pow, 2, 2)
except cf.BrokenExecutor as e:
    print('submit:', type(e).__name__, e)
ex.shutdown()

gate = threading.Event()
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(lambda x: gate.wait() and x, [1, 2, 3])
    gate.set()
    print(list(it))
gate.clear()
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(gate.wait, [30, 30, 30], timeout=0.05)
    try:
        list(it)
    except TimeoutError as e:
        print('map timeout:', type(e).__name__, repr(e))
    gate.set()

# a Future can be waited for by several threads at once
with ThreadPoolExecutor(max_workers=1) as ex:
    gate.clear()
    fut = ex.submit(lambda: gate.wait() and 'shared')
    got = []
    lock = threading.Lock()

    def waiter():
        r = fut.result(timeout=30)
        with lock:
            got.append(r)

    ws = [threading.Thread(target=waiter) for i in range(3)]
    for w in ws:
        w.start()
    gate.set()
    for w in ws:
        w.join()
    print(got)
