# modes: gil nogil
# threading.Thread: target/args/kwargs, default names, start/join/is_alive, ident, daemon, current_thread, errors.
import threading

results = []


def worker(a, b, scale=1):
    me = threading.current_thread()
    results.append((me.name, (a + b) * scale, me.ident == threading.get_ident(),
                    me is not threading.main_thread()))


t = threading.Thread(target=worker, args=(1, 2), kwargs={'scale': 10})
print(t.name, t.daemon, t.is_alive(), t.ident, t.native_id)
print(repr(t))
t.start()
t.join()
print(results)
print(t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
print(repr(t).replace(str(t.ident), 'IDENT'))

# default names count up; an explicit name is kept; a subclass without target has no suffix
t2 = threading.Thread(target=worker, args=(3, 4))
t3 = threading.Thread(target=worker, args=(5, 6), name='custom')
t4 = threading.Thread(target=len, args=('x',))


class Sub(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        results.append(('sub', self.n * 2, True, True))


t5 = Sub(21)
print(t2.name, t3.name, t4.name, t5.name)
results.clear()
for th in (t2, t3, t4, t5):
    th.start()
for th in (t2, t3, t4, t5):
    th.join()
print(sorted(results, key=str))

# errors
try:
    t.start()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.Thread(target=worker).join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)

# name and daemon can be changed before start; daemon is inherited from the creating thread
d = threading.Thread(target=worker, args=(0, 0), daemon=True)
d.name = 'renamed'
print(d.name, d.daemon)
inherited = []


def make_child():
    inherited.append(threading.Thread(target=len, args=('',)).daemon)


dd = threading.Thread(target=make_child, daemon=True)
dd.start()
dd.join()
print('child of daemon is daemon:', inherited)

# current_thread/main_thread/enumerate/active_count while two threads are blocked
gate = threading.Event()
ready = threading.Barrier(3)


def blocked():
    ready.wait()
    gate.wait()


ts = [threading.Thread(target=blocked, name='blocked-%d' % i) for i in range(2)]
for th in ts:
    th.start()
ready.wait()
print(threading.active_count(), sorted(th.name for th in threading.enumerate()))
print(all(th.is_alive() for th in ts))
gate.set()
for th in ts:
    th.join()
print(threading.active_count(), [th.name for th in threading.enumerate()])
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(repr(threading.main_thread()).replace(str(threading.get_ident()), 'IDENT'))
