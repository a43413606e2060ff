# modes: gil nogil
# At exit the interpreter waits for non-daemon threads (threading._shutdown): the worker, released by the main
# module's last statement, prints after it. An executor that was never shut down is stopped at exit too.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def worker():
    release.wait()
    time.sleep(0.05)
    print('worker finished after main')


threading.Thread(target=worker).start()

ex = ThreadPoolExecutor(max_workers=2)
print(ex.submit(pow, 2, 10).result())
print('main module done')
release.set()
