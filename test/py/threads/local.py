# modes: gil nogil
# threading.local: every thread sees its own attributes; a subclass's __init__ runs again in each thread.
import threading

data = threading.local()
data.x = 'main'
seen = {}
lock = threading.Lock()


def worker(i):
    before = hasattr(data, 'x')
    data.x = i
    data.y = [i]
    for k in range(100):
        data.x = data.x + 0
    with lock:
        seen[i] = (before, data.x, data.y, sorted(data.__dict__))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, data.__dict__, hasattr(data, 'y'))
del data.x
print(hasattr(data, 'x'))
try:
    data.x
except AttributeError as e:
    print('AttributeError:', e)
try:
    del data.nothing
except AttributeError as e:
    print('AttributeError:', e)


class Counter(threading.local):
    inits = []

    def __init__(self, start):
        Counter.inits.append(start)
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    @property
    def double(self):
        return self.value * 2


c = Counter(10)
print(c.bump(), c.double)
out = []


def use():
    out.append((c.value, c.bump(), c.bump(), c.double))


t = threading.Thread(target=use)
t.start()
t.join()
print(out, c.value, len(Counter.inits))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)
