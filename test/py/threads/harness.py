# skip: helper module imported by the stress_*.py tests
import _thread


def run(fn, args_list):
    """starts fn(*args) for each args in a thread and waits for all of them"""
    left = [len(args_list)]
    guard = _thread.allocate_lock()
    done = _thread.allocate_lock()
    done.acquire()
    def body(args):
        try:
            fn(*args)
        finally:
            with guard:
                left[0] -= 1
                if left[0] == 0:
                    done.release()
    for a in args_list:
        _thread.start_new_thread(body, (a,))
    done.acquire()


def run_writers_readers(writer, reader, nw, nr):
    """nw threads run writer(w) while nr threads run reader(r); returns the readers' results, in order"""
    results = [None] * nr
    def task(t):
        if t < nw:
            writer(t)
        else:
            results[t - nw] = reader(t - nw)
    run(task, [(t,) for t in range(nw + nr)])
    return results
