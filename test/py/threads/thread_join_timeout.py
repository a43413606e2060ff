# modes: gil nogil
# Thread.join(timeout): returns after the timeout while the thread still runs; is_alive() tells which happened.
import threading
import time

gate = threading.Event()
t = threading.Thread(target=gate.wait)
t.start()
start = time.monotonic()
r = t.join(0.05)
waited = time.monotonic() - start
print('join returned', r, 'alive', t.is_alive(), 'waited enough', waited >= 0.04)
t.join(timeout=0)
t.join(-1)                       # a negative timeout acts as 0
print('still alive', t.is_alive())
gate.set()
t.join(30)
print('alive after set', t.is_alive())
t.join()
t.join(0)                        # joining a finished thread again is fine
print(repr(t).replace(str(t.ident), 'IDENT'))
