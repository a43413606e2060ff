# modes: gil nogil
# An exception escaping a thread goes to threading.excepthook: the default prints "Exception in thread NAME:"
# and the traceback on sys.stderr; a custom hook gets (exc_type, exc_value, exc_traceback, thread).
# stderr-tail: ValueError: on stderr
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        return ''.join(self.parts).splitlines()


def boom(msg):
    raise ValueError(msg)


# the default hook, writing to a replaced sys.stderr
cap = Capture()
old = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom, args=('default hook',))
t.start()
t.join()
sys.stderr = old
lines = cap.lines()
print(lines[0])
print(lines[1])
print(lines[-1])
print('thread ended', t.is_alive())

# SystemExit in a thread is silently ignored
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
sys.stderr = old
print('SystemExit output:', cap.lines())

# a custom hook
got = []


def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name,
                type(args).__name__, len(args)))


threading.excepthook = hook
t = threading.Thread(target=boom, args=('custom',), name='worker-1')
t.start()
t.join()
print(got)


class MyThread(threading.Thread):
    def run(self):
        raise KeyError('k')


m = MyThread(name='sub')
m.start()
m.join()
print(got[-1])

# a hook that fails itself
def bad_hook(args):
    raise RuntimeError('hook failed')


threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=boom, args=('x',))
t.start()
t.join()
sys.stderr = old
lines = cap.lines()
print(lines[0])
print(lines[-1])
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
a = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)

# finally, the default hook on the real stderr (the runner checks its last line)
t = threading.Thread(target=boom, args=('on stderr',))
t.start()
t.join()
print('done')
