# modes: gil nogil
# queue without contention: FIFO/LIFO/priority order, maxsize, Full/Empty, timeouts, task_done, shutdown.
# 3.14: Queue.shutdown and queue.ShutDown are new in 3.13 (.exp written by MINIPY_PYTHON=python3.13 make-exp --force)
import queue

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put('a')
q.put_nowait('b')
print(q.qsize(), q.empty(), q.full())
for call in (lambda: q.put('c', block=False), lambda: q.put('c', timeout=0.02), lambda: q.put_nowait('c')):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
print(q.get(), q.get_nowait())
for call in (lambda: q.get(False), lambda: q.get(timeout=0.02), q.get_nowait):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        q.put('x')
        call()
    except ValueError as e:
        print('ValueError:', e)
print(q.qsize(), q.unfinished_tasks)
while not q.empty():
    q.get()
for i in range(q.unfinished_tasks):
    q.task_done()
q.join()
try:
    q.task_done()
except ValueError as e:
    print('ValueError:', e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
fq = queue.Queue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x, 'item%d' % x))
    fq.put(x)
print([lq.get() for i in range(5)])
print([pq.get() for i in range(5)])
print([fq.get() for i in range(5)])

sq = queue.SimpleQueue()
for x in range(3):
    sq.put(x)
sq.put_nowait(3)
print(sq.qsize(), sq.empty(), [sq.get() for i in range(3)], sq.get_nowait(), sq.empty())
for call in (sq.get_nowait, lambda: sq.get(timeout=0.01), lambda: sq.get(False)):
    try:
        call()
    except queue.Empty:
        print('SimpleQueue Empty')

print(queue.Empty.__module__, queue.Empty.__name__, issubclass(queue.Full, Exception))

# shutdown: put raises, get drains what is left then raises
sd = queue.Queue()
sd.put(1)
sd.put(2)
sd.shutdown()
try:
    sd.put(3)
except queue.ShutDown:
    print('put after shutdown: ShutDown')
print(sd.get(), sd.get())
try:
    sd.get()
except queue.ShutDown:
    print('get after shutdown: ShutDown')
im = queue.Queue()
im.put(1)
im.shutdown(immediate=True)
print('immediate', im.qsize(), im.unfinished_tasks)
im.join()
