# modes: gil nogil
# A thread rebinds a class attribute that lookups read, so under --gil=off its old values are retired
# (runtime/qsbr.ts) and, when the thread ends, dropped once every thread running Python has passed a quiescent
# point. The pool keeps a spare worker that never runs a job: it must count as idle, not running. Counted as
# running (it was), the ending thread waited for it forever: the program still printed its line, but the
# thread never finished, and the exit report found it "still running" instead of "[0 refs, 0 blocks]".
import threading


class C:
    x = [0]


def w():
    for i in range(2000):
        C.x = [i]
        C.x[0]


t = threading.Thread(target=w)
t.start()
t.join()
print("joined", C.x[0])
