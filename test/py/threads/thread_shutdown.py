# modes: gil nogil
# At exit the interpreter waits for non-daemon threads (threading._shutdown): the worker's lines come after
# the main module's last line. An executor that was never shut down is stopped at exit too.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()


def worker():
    started.set()
    time.sleep(0.1)
    print('worker finished after main')


threading.Thread(target=worker).start()
started.wait()

ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(pow, 2, 10).result())
print('main module done')
