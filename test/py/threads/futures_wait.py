# modes: gil nogil
# concurrent.futures: wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout), as_completed (order and
# timeout), result/exception timeouts, cancel, shutdown(cancel_futures=True), add_done_callback.
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, Future, wait, as_completed, CancelledError,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def gated(ev, value):
    ev.wait()
    return value


def gated_fail(ev, msg):
    ev.wait()
    raise KeyError(msg)


def names(fs):
    return sorted(f.result() for f in fs)


with ThreadPoolExecutor(max_workers=4) as ex:
    e1, e2 = threading.Event(), threading.Event()
    a = ex.submit(gated, e1, 'a')
    b = ex.submit(gated, e2, 'b')
    done, not_done = wait([a, b], timeout=0.05)
    print('timeout', len(done), len(not_done))
    try:
        a.result(timeout=0.02)
    except TimeoutError:
        print('result TimeoutError')
    try:
        a.exception(timeout=0.02)
    except TimeoutError:
        print('exception TimeoutError')
    print('done', a.done())
    e1.set()
    done, not_done = wait([a, b], return_when=FIRST_COMPLETED)
    print('first completed', names(done), len(not_done))
    e2.set()
    done, not_done = wait([a, b], return_when=ALL_COMPLETED)
    print('all completed', names(done), len(not_done))
    r = wait([a, b])
    print(type(r).__name__, len(r.done), len(r.not_done))

    e3, e4 = threading.Event(), threading.Event()
    c = ex.submit(gated_fail, e3, 'c')
    d = ex.submit(gated, e4, 'd')
    e3.set()
    done, not_done = wait([c, d], return_when=FIRST_EXCEPTION)
    print('first exception', [repr(f.exception()) for f in done], len(not_done))
    e4.set()
    d.result()

    # as_completed yields in completion order
    evs = [threading.Event() for i in range(3)]
    fs = [ex.submit(gated, evs[i], i) for i in range(3)]
    order = []
    it = as_completed(fs)
    for i in (2, 0, 1):
        evs[i].set()
        order.append(next(it).result())
    print('as_completed order', order)
    print('exhausted', list(it))
    print('already done', sorted(f.result() for f in as_completed(fs)))

    e5 = threading.Event()
    slow = ex.submit(gated, e5, 'slow')
    try:
        for f in as_completed([slow, a], timeout=0.05):
            print('as_completed got', f.result())
    except TimeoutError as e:
        print('TimeoutError:', e)
    e5.set()
    slow.result()

# cancel: with one worker blocked, queued futures can be cancelled
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = ex.submit(gated, gate, 'first')
while not first.running():  # the worker must be blocked in `first` before the others are queued and cancelled
    time.sleep(0.001)
queued = [ex.submit(gated, gate, i) for i in range(3)]
print('cancel queued', queued[0].cancel(), queued[0].cancelled(), queued[0].done(), queued[0].cancel())
try:
    queued[0].result()
except CancelledError as e:
    print('CancelledError', repr(e))
try:
    queued[0].exception()
except CancelledError:
    print('exception(): CancelledError')
print(repr(queued[0])[repr(queued[0]).index('state'):])
ex.shutdown(wait=False, cancel_futures=True)
print('cancel_futures', [f.cancelled() for f in queued])
gate.set()
print(first.result())
ex.shutdown()

# callbacks run once the future is done, or at once if it already is
log = []
with ThreadPoolExecutor(max_workers=2) as ex:
    gate = threading.Event()
    f = ex.submit(gated, gate, 5)
    f.add_done_callback(lambda fut: log.append(('cb1', fut.result())))
    f.add_done_callback(lambda fut: log.append(('cb2', fut is f)))
    gate.set()
    f.result()
f.add_done_callback(lambda fut: log.append(('late', fut.done())))
print(log)

# a Future used directly
fut = Future()
fut.add_done_callback(lambda x: log.append('direct'))
print(fut.set_running_or_notify_cancel(), fut.running())
fut.set_result(None)
print(fut.result(), log[-1])
c = Future()
c.cancel()
print(c.set_running_or_notify_cancel(), wait([c], timeout=1).done == {c})
