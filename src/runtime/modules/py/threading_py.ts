/**
 * @fileoverview Python source of the threading module, built on the _thread builtin module (start_new_thread,
 * allocate_lock, get_ident, ...). Follows CPython 3.14's Lib/threading.py in behaviour and error messages, in a
 * simplified form: RLock is written here (owner ident + count + a _thread lock); join waits on a per-thread
 * "done" lock that the thread holds while it runs; thread-local data is a per-ident dict looked up on every
 * attribute access. The runtime has no cycle collector, so nothing here may keep a reference cycle alive (the
 * excepthook arguments, exceptions and per-thread locals are all dropped explicitly).
 */
export const THREADING_PY = String.raw`
import sys as _sys
import _thread
from time import monotonic as _time, sleep as _sleep
from itertools import count as _count
from collections import deque as _deque, namedtuple as _namedtuple

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace',
           'setprofile_all_threads', 'settrace_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_LockType = _thread.LockType
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_format_exc = _thread._format_exc
# tells the runtime a thread's name (for its deadlock report); absent in other _thread implementations
_set_name = getattr(_thread, '_set_name', None)

# ------------------------------------------------------------------ trace and profile hooks (not used)

_profile_hook = None
_trace_hook = None

def setprofile(func):
    global _profile_hook
    _profile_hook = func

def setprofile_all_threads(func):
    setprofile(func)

def getprofile():
    return _profile_hook

def settrace(func):
    global _trace_hook
    _trace_hook = func

def settrace_all_threads(func):
    settrace(func)

def gettrace():
    return _trace_hook

def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0

# ------------------------------------------------------------------ locks

Lock = _LockType

def RLock(*args, **kwargs):
    return _RLock(*args, **kwargs)

class _RLock:
    """A reentrant lock: the thread that holds it may acquire it again; it is free once released as many times."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._count else "unlocked",
            "_thread", "RLock",
            self._owner,
            self._count,
            hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident() or self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = 0
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    def _at_fork_reinit(self):
        self._block = _allocate_lock()
        self._owner = 0
        self._count = 0

    # internal methods used by Condition

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = 0
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count

_PyRLock = _RLock
_CRLock = None

# ------------------------------------------------------------------ condition variables

class Condition:
    """Lets threads wait until notified by another thread that holds the same lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # a lock that knows how (an RLock) saves and restores its state and says whether it is owned
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()           # no state to save

    def _acquire_restore(self, x):
        self._lock.acquire()           # ignore saved state

    def _is_owned(self):
        # only used when the lock has no _is_owned (a plain Lock): owned by someone if it cannot be taken
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:    # restore state no matter what (e.g., KeyboardInterrupt)
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, min(timeout, TIMEOUT_MAX))
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()

# ------------------------------------------------------------------ semaphores

class Semaphore:
    """A counter: acquire() blocks while it is zero, then decrements it; release() increments it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()

class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released more times than it was acquired."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)

# ------------------------------------------------------------------ events

class Event:
    """A flag that threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled

# ------------------------------------------------------------------ barriers

class Barrier:
    """Blocks parties threads until all have called wait(), then releases them all at once."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()  # block while the barrier drains
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(self._not_filling, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _not_filling(self):
        return self._state != 0

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2

class BrokenBarrierError(RuntimeError):
    pass

# ------------------------------------------------------------------ the thread registry

_counter_lock = _allocate_lock()
_counter = _count(1).__next__

def _newname(name_template):
    with _counter_lock:
        return name_template % _counter()

_active_limbo_lock = _allocate_lock()
_active = {}    # ident -> Thread, for the threads that are running
_limbo = {}     # Thread -> Thread, for the threads being started
_local_registry = {}   # ident -> [_localimpl that has a dict for that thread]

_SHUTTING_DOWN = False
_threading_atexits = []

# ------------------------------------------------------------------ uncaught exceptions in threads

_ExceptHookArgs = _namedtuple('_ExceptHookArgs', 'exc_type exc_value exc_traceback thread')
_ExceptHookArgs.__module__ = '_thread'

def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)

def excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type == SystemExit:
        # silently ignore SystemExit
        return
    if _sys is not None and _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            return
    else:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print(f"Exception in thread {name}:", file=stderr, flush=True)
    if args.exc_value is not None:
        stderr.write(_format_exc(args.exc_value))
    else:
        stderr.write("%s\n" % args.exc_type.__name__)
    stderr.flush()

__excepthook__ = excepthook

def _make_invoke_excepthook():
    old_excepthook = excepthook
    if old_excepthook is None:
        raise RuntimeError("threading.excepthook is None")
    sys_exc_info = _sys.exc_info
    local_print = print
    local_sys = _sys

    def invoke_excepthook(thread):
        global excepthook
        args = None
        try:
            hook = excepthook
            if hook is None:
                hook = old_excepthook
            args = ExceptHookArgs([*sys_exc_info(), thread])
            hook(args)
        except Exception as exc:
            exc.__suppress_context__ = True
            args = None
            if local_sys is not None and local_sys.stderr is not None:
                stderr = local_sys.stderr
            else:
                stderr = thread._stderr
            local_print("Exception in threading.excepthook:", file=stderr, flush=True)
            stderr.write(_format_exc(exc))
            stderr.flush()
        finally:
            # break the reference cycle (the exception's traceback holds this frame)
            args = None

    return invoke_excepthook

# ------------------------------------------------------------------ threads

class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) runs in a new thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None, context=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._context = context
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        # held by the thread while it runs: join() waits for it
        self._done_lock = _allocate_lock()
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # avoid a reference cycle if the target's arguments refer to the thread
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        # the _thread entry point
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        # every exception is handled here (excepthook)
        self._done_lock.acquire()
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            if _set_name is not None:
                _set_name(self._name)
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            self._delete()

    def _delete(self):
        ident = self._ident
        with _active_limbo_lock:
            if _active.get(ident) is self:
                del _active[ident]
            impls = _local_registry.pop(ident, None)
        if impls:
            for impl in impls:
                impl.dicts.pop(ident, None)
        self._is_stopped = True
        self._done_lock.release()

    def _stop(self):
        # the main thread at shutdown
        if not self._is_stopped:
            self._is_stopped = True
            self._done_lock.release()

    def _wait_done(self, timeout=None):
        if self._is_stopped:
            return True
        if timeout is None:
            self._done_lock.acquire()
        elif not self._done_lock.acquire(True, min(timeout, TIMEOUT_MAX)):
            return False
        self._done_lock.release()
        return True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        # a negative timeout has always acted as timeout=0
        if timeout is not None:
            timeout = max(timeout, 0)
        self._wait_done(timeout)

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if _set_name is not None and self._ident == get_ident():
            _set_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting
    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._done_lock.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self

class _DummyThread(Thread):
    # a thread not started by threading (by _thread.start_new_thread): always daemonic, cannot be joined
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        if not self._is_stopped and self._started.is_set():
            return True
        raise RuntimeError("thread is not alive")

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")

def current_thread():
    """The Thread object for the caller's thread (a dummy one for threads not started by threading)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()

def currentThread():
    return current_thread()

def active_count():
    """The number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

def activeCount():
    return active_count()

def _enumerate():
    return list(_active.values()) + list(_limbo.values())

def enumerate():
    """A list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())

def main_thread():
    """The main thread: the one the interpreter started in."""
    return _main_thread

def _register_atexit(func, *arg, **kwargs):
    # called before the non-daemon threads are joined at shutdown (concurrent.futures stops its workers)
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))

def _shutdown():
    # called by the runtime when the main module has finished: wait for every non-daemon thread
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    _threading_atexits.clear()
    _main_thread._stop()
    me = get_ident()
    while True:
        with _active_limbo_lock:
            threads = [t for t in _enumerate()
                       if not t._daemonic and not t._is_stopped and t._ident != me and t is not _main_thread]
        if not threads:
            break
        for t in threads:
            t._started.wait()
            t._wait_done()
        threads = None
    # a joined thread may still be leaving its worker (dropping its last references): the runtime waits for that
    # when the main thread ends (vm/runtime.ts stopOtherThreads), as CPython waits for the threads' handles

# ------------------------------------------------------------------ thread-local data

class _localimpl:
    # the per-thread dicts of one local object: ident -> dict
    def __init__(self, args, kw):
        self.dicts = {}
        self.localargs = (args, kw)

def _local_create(impl, ident):
    d = {}
    impl.dicts[ident] = d
    with _active_limbo_lock:
        regs = _local_registry.get(ident)
        if regs is None:
            _local_registry[ident] = regs = []
        regs.append(impl)
    return d

def _local_dict(self):
    # this thread's dict of a local object; made (and __init__ called again) on a thread's first use
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.dicts.get(ident)
    if d is None:
        d = _local_create(impl, ident)
        cls = type(self)
        if cls.__init__ is not object.__init__:
            args, kw = impl.localargs
            cls.__init__(self, *args, **kw)
    return d

def _data_descriptor(self, name):
    for klass in type(self).__mro__:
        if name in klass.__dict__:
            attr = klass.__dict__[name]
            return hasattr(type(attr), '__set__')
    return False

def _tp_name(self):
    cls = type(self)
    return '_thread._local' if cls is _local else cls.__name__

class _local:
    """Thread-local data: each thread sees its own attributes."""

    __module__ = '_thread'

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl(args, kw)
        object.__setattr__(self, '_local__impl', impl)
        _local_create(impl, get_ident())    # type() calls __init__ for this thread
        return self

    def __getattribute__(self, name):
        if name == '_local__impl':
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == '__dict__':
            return d
        if name in d and not _data_descriptor(self, name):
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise AttributeError(f"'{_tp_name(self)}' object has no attribute '{name}'") from None

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _tp_name(self))
        d = _local_dict(self)
        if _data_descriptor(self, name):
            object.__setattr__(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _tp_name(self))
        d = _local_dict(self)
        if _data_descriptor(self, name):
            object.__delattr__(self, name)
        elif name in d:
            del d[name]
        else:
            raise AttributeError(f"'{_tp_name(self)}' object has no attribute '{name}'")

local = _local

# ------------------------------------------------------------------ the main thread

_main_thread = _MainThread()
`;
