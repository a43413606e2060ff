# _thread: start_new_thread with args and kwargs, locks as completion signals, idents
import _thread

results = []
guard = _thread.allocate_lock()
done = []


def worker(k, scale=1, tag=""):
    total = 0
    for i in range(1000):
        total += i * scale
    with guard:
        results.append((k, tag, total, _thread.get_ident() != main_ident))
    done[k].release()


main_ident = _thread.get_ident()
idents = []
for k in range(4):
    d = _thread.allocate_lock()
    d.acquire()
    done.append(d)
for k in range(4):
    idents.append(_thread.start_new_thread(worker, (k,), {"scale": k + 1, "tag": "t%d" % k}))
for d in done:
    d.acquire()
results.sort()
for r in results:
    print(r)
print(len(set(idents)) == 4, main_ident not in idents)
print(type(_thread.get_ident()).__name__, type(_thread.get_native_id()).__name__)
print(_thread.LockType is type(guard), _thread.error is RuntimeError)
print(type(_thread.TIMEOUT_MAX).__name__, _thread.TIMEOUT_MAX > 1e9)
