# modes: gil nogil
# concurrent.futures.ThreadPoolExecutor: submit/result/exception, map (order, timeout, errors), the context
# manager, thread names, max_workers, shutdown errors.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError('bad %d' % x)


names = set()
nlock = threading.Lock()


def whoami(x):
    with nlock:
        names.add(threading.current_thread().name)
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(square, 7)
    print(f.result(), f.done(), f.running(), f.cancelled(), f.exception())
    print(repr(f)[:8], repr(f)[repr(f).index('state'):])
    g = ex.submit(fail, 1)
    print(type(g.exception()).__name__, g.exception())
    try:
        g.result()
    except ValueError as e:
        print('result raised', e)
    print(repr(g)[repr(g).index('state'):])
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(ex.map(square, [], timeout=1)))
    it = ex.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print('map raised', e)
    it = None
    h = ex.submit(lambda *a, **k: (a, k), 1, 2, key='v')
    print(h.result(timeout=30))

try:
    ex.submit(square, 1)
except RuntimeError as e:
    print('RuntimeError:', e)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as ex:
    print(sum(ex.map(whoami, range(20))))
print(sorted(names)[0].startswith('pool_'), all(n in ('pool_0', 'pool_1') for n in names))

ex = ThreadPoolExecutor()
print(ex._max_workers == min(32, (__import__('os').cpu_count() or 1) + 4))
print(ex.submit(square, 12).result())
ex.shutdown(wait=True)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print('TypeError:', e)

# an initializer runs in every worker
inits = []
with ThreadPoolExecutor(max_workers=1, initializer=inits.append, initargs=('init',)) as ex:
    print(ex.submit(square, 3).result(), inits)

print(concurrent.futures.Future, concurrent.futures.ThreadPoolExecutor)
print(concurrent.futures.CancelledError.__mro__[1].__name__, concurrent.futures.TimeoutError is TimeoutError)
print(concurrent.futures.FIRST_COMPLETED, concurrent.futures.FIRST_EXCEPTION, concurrent.futures.ALL_COMPLETED)
