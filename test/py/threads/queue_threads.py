# modes: gil nogil
# queue.Queue between threads: producers and consumers, a bounded queue that blocks producers, task_done/join,
# 3.14: Queue.shutdown and queue.ShutDown are new in 3.13 (.exp written by MINIPY_PYTHON=python3.13 make-exp --force)
# sentinels, blocked getters woken by shutdown, and a SimpleQueue fan-in.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
rlock = threading.Lock()


def producer(base):
    for i in range(50):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with rlock:
            results.append(item * 2)
        q.task_done()


producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for k in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
q.join()
print('all tasks done', len(results), sum(results), q.unfinished_tasks, q.empty())
for t in consumers:
    q.put(None)
for t in consumers:
    t.join()
print('consumers stopped', q.qsize())

# order is kept with one producer and one consumer
fifo = queue.Queue()
got = []


def take(n):
    for i in range(n):
        got.append(fifo.get())


t = threading.Thread(target=take, args=(100,))
t.start()
for i in range(100):
    fifo.put(i)
t.join()
print('in order', got == list(range(100)))

# LifoQueue and PriorityQueue filled by threads
pq = queue.PriorityQueue()
ts = [threading.Thread(target=lambda k=k: [pq.put((k * 10 + i, i)) for i in range(10)]) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('priority', [pq.get()[0] for i in range(30)] == list(range(30)))

# a getter blocked on an empty queue is woken by shutdown()
sq = queue.Queue()
outcome = []
ready = threading.Event()


def blocked_get():
    ready.set()
    try:
        sq.get()
    except queue.ShutDown:
        outcome.append('ShutDown')


t = threading.Thread(target=blocked_get)
t.start()
ready.wait()
sq.shutdown()
t.join()
print(outcome)

# a put blocked on a full queue resumes when a get makes room
bq = queue.Queue(1)
bq.put('first')
done = []
t = threading.Thread(target=lambda: (bq.put('second'), done.append(True)))
t.start()
print(bq.get())
t.join()
print(done, bq.get())

# SimpleQueue fan-in
simple = queue.SimpleQueue()
ws = [threading.Thread(target=lambda k=k: [simple.put(k) for i in range(20)]) for k in range(4)]
for t in ws:
    t.start()
counts = [0] * 4
for i in range(80):
    counts[simple.get(timeout=30)] += 1
for t in ws:
    t.join()
print(counts, simple.empty())
