# Objects made by one thread, used and dropped by others (biased reference counting under --gil=off):
# a producer/consumer queue guarded by a lock, a shared read-mostly table every thread counts references
# to, and objects handed back and forth. Everything must be freed exactly once (the corpus checks that the
# refcount report says 0 refs, 0 blocks).
import _thread

N = 4
ITEMS = 1000

lock = _thread.allocate_lock()
queue = []
done = []
results = {}
table = {"k%d" % i: [i, float(i), "v%d" % i] for i in range(50)}


class Box:
    def __init__(self, v):
        self.v = v
        self.items = [v, str(v), (v, v + 1)]


def producer(k):
    for i in range(ITEMS):
        b = Box(k * 100000 + i)
        with lock:
            queue.append(b)
    done[k].release()


def consumer(k):
    total = 0
    got = 0
    seen = 0
    while got < ITEMS:
        b = None
        with lock:
            if queue:
                b = queue.pop()
        if b is None:
            continue
        got += 1
        total += b.v + len(b.items[1]) + b.items[2][1]
        row = table["k%d" % (b.v % 50)]
        seen += row[0]
        del b
    with lock:
        results[k] = (got, total > 0, seen >= 0)
    done[N + k].release()


for k in range(2 * N):
    d = _thread.allocate_lock()
    d.acquire()
    done.append(d)
for k in range(N):
    _thread.start_new_thread(producer, (k,))
    _thread.start_new_thread(consumer, (k,))
for d in done:
    d.acquire()
print(sorted(results.items()))
print(len(queue))


# ping-pong: a list made by the main thread, grown and shrunk by two threads in turns
shared = []
turn = [_thread.allocate_lock(), _thread.allocate_lock()]
turn[1].acquire()
fin = [_thread.allocate_lock(), _thread.allocate_lock()]
for f in fin:
    f.acquire()


def pingpong(me):
    other = 1 - me
    for i in range(500):
        turn[me].acquire()
        shared.append((me, i, "x" * (i % 7)))
        if len(shared) > 3:
            shared.pop(0)
        turn[other].release()
    fin[me].release()


_thread.start_new_thread(pingpong, (0,))
_thread.start_new_thread(pingpong, (1,))
for f in fin:
    f.acquire()
print(len(shared), shared[-1][0], shared[-1][1])
