# Importing a submodule of a builtin package (concurrent.futures): every import form binds the right object,
# and the loaded submodule becomes an attribute of its package.
import sys
import concurrent
print(type(concurrent).__name__, hasattr(concurrent, '__path__'))
from concurrent import futures
print(futures.__name__, 'concurrent.futures' in sys.modules, concurrent.futures is futures)
import concurrent.futures
print(concurrent.futures is futures)
import concurrent.futures as cf
print(cf is futures)
from concurrent.futures import ThreadPoolExecutor, Future as F
print(ThreadPoolExecutor.__name__, F is futures.Future)
try:
    from concurrent import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name if hasattr(e, 'name') else '')
try:
    import concurrent.nothing_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
# three levels: concurrent.futures.thread, bound in concurrent.futures once imported
from concurrent.futures.thread import ThreadPoolExecutor as T
import concurrent.futures._base
print(T is ThreadPoolExecutor, concurrent.futures._base.Future is F, concurrent.futures.thread.__name__)
