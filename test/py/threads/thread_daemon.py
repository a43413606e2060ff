# modes: gil nogil
# leaks: a daemon thread still blocked at exit is stopped without unwinding (as CPython freezes it): its frames stay referenced
# A daemon thread blocked forever does not keep the program alive; non-daemon threads are still waited for.
import threading

forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True)
d.start()
print(d.daemon, d.is_alive())
r = repr(d)
print(r[:r.index('daemon') + 6])


def late():
    forever.wait(0.05)
    print('non-daemon done')


threading.Thread(target=late).start()
print('main done')
