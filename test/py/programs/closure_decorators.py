# Decorators: memoize, counting calls, decorators with arguments, stacking, functools.wraps.
import functools

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def tag(name, **attrs):
    def deco(fn):
        def wrapped(*a, **k):
            attr_s = ''.join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{attr_s}>{fn(*a, **k)}</{name}>"
        return wrapped
    return deco

def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def inner(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{fn.__name__}: {k} must be {t.__name__}")
            return fn(**kwargs)
        return inner
    return deco

@count_calls
@memoize
def fib(n):
    """Fibonacci."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.calls, len(fib.__wrapped__.cache) if hasattr(fib, '__wrapped__') else 'no-wrapped')
print(fib.__name__)

@memoize
def slow_square(x):
    """Square it."""
    return x * x
print(slow_square(9), slow_square.__name__, slow_square.__doc__, slow_square.cache)

@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("ann"), greet.__name__)

@tag("b")
@tag("a", href="/x", cls="link")
def link(text):
    return text.upper()
print(link("click"))

@validate(n=int, s=str)
def make(n, s):
    return s * n
print(make(n=3, s="ab"))
try:
    make(n="3", s="ab")
except TypeError as e:
    print(e)

class Trace:
    def __init__(self, fn):
        self.fn = fn
        self.depth = 0
    def __call__(self, *args):
        print("  " * self.depth + f"-> {self.fn.__name__}{args}")
        self.depth += 1
        try:
            return self.fn(*args)
        finally:
            self.depth -= 1

@Trace
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18))

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
@functools.lru_cache
def lc(n):
    return n * 2
print(lc(4), lc(4), lc.cache_info())
def method_deco(fn):
    def w(self, *a):
        return f"[{fn(self, *a)}]"
    return w
class K:
    @method_deco
    def hello(self, x):
        return f"hello {x}"
print(K().hello("world"))
