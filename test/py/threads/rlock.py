# modes: gil nogil
# threading.RLock: re-entrant acquire by the owner, other threads block, release errors, repr.
import threading

r = threading.RLock()


def rep():
    s = repr(r)
    s = s[:s.index(' at ')] + '>'
    return s.replace(str(threading.get_ident()), 'ME')


print(rep())
with r:
    with r:
        print(rep())
        print(r.acquire(blocking=False), rep())
        r.release()
    print(rep())
print(rep())

try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# another thread cannot take it or release it while we hold it
r.acquire()
seen = []


def other():
    seen.append(r.acquire(False))
    seen.append(r.acquire(timeout=0.05))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(seen)
r.release()

# nested acquisition from many threads keeps the count exact
total = 0


def add(n):
    global total
    for i in range(n):
        with r:
            with r:
                total += 1


ts = [threading.Thread(target=add, args=(2000,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total', total, rep())
