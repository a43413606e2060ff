# time.sleep drops the GIL: the main thread keeps running while a thread sleeps, and sleep(0) yields
import _thread, time

events = []
done = _thread.allocate_lock()
done.acquire()


def sleeper():
    time.sleep(0.1)
    events.append("sleeper woke")
    done.release()


_thread.start_new_thread(sleeper, ())
n = 0
for i in range(20000):
    n += i
events.append("main computed %d" % n)
done.acquire()
print(events)
time.sleep(0)
print("slept 0")
