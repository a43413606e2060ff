# modes: gil nogil
# Many short threads, each computing a slice of a sum into its own list slot; thread names stay unique.
import threading

N = 16
parts = [0] * N
names = [None] * N


def work(k):
    s = 0
    for i in range(k * 1000, (k + 1) * 1000):
        s += i * i
    parts[k] = s
    names[k] = threading.current_thread().name


ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(parts) == sum(i * i for i in range(N * 1000)))
print(len(set(names)), names[0], names[-1])
print(threading.active_count())
