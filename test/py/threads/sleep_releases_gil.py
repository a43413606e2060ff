# time.sleep drops the GIL: the main thread keeps running while a thread sleeps, and sleep(0) yields.
# The sleeper sleeps until the main thread has finished its loop, which it can only do if sleeping let it run
# (a sleep holding the GIL would stall the main thread, and the test would time out), whatever the machine's load.
import _thread, time

events = []
main_done = False
done = _thread.allocate_lock()
done.acquire()


def sleeper():
    time.sleep(0.05)
    while not main_done:
        time.sleep(0.01)
    events.append("sleeper woke")
    done.release()


_thread.start_new_thread(sleeper, ())
n = 0
for i in range(20000):
    n += i
events.append("main computed %d" % n)
main_done = True
done.acquire()
print(events)
time.sleep(0)
print("slept 0")
