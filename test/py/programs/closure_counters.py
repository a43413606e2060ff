# Closures: counters, accumulators, nonlocal, callbacks, partial application.
from functools import partial, reduce

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
c1, _ = make_counter()
c2, _ = make_counter()
print(c1(), c1(), c2())

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return sum(items)
    return add
acc = make_accumulator()
print([acc(x) for x in [1, 2, 3, 4]])
print(acc.__closure__[0].cell_contents)

def compose(*fns):
    return reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(pipeline("  Hello Big World  "))

def power(exp):
    return lambda base: base ** exp
square, cube = power(2), power(3)
print(square(7), cube(3), list(map(power(0.5), [4, 9, 16])))

def adder(a, b, c=0):
    return a + b + c
add5 = partial(adder, 5)
add5c = partial(adder, c=100)
print(add5(1), add5(1, 2), add5c(1, 2), add5.args, add5c.keywords)
print(sorted(["bb", "a", "ccc"], key=partial(len)))

def event_bus():
    handlers = {}
    def on(name):
        def register(fn):
            handlers.setdefault(name, []).append(fn)
            return fn
        return register
    def emit(name, *args):
        return [h(*args) for h in handlers.get(name, [])]
    return on, emit

on, emit = event_bus()
@on("greet")
def h1(n):
    return f"hello {n}"
@on("greet")
def h2(n):
    return f"hi {n}!"
print(emit("greet", "bob"), emit("nothing"))

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def counter_gen():
    n = 0
    def bump(by=1):
        nonlocal n
        n += by
        return n
    return bump
b = counter_gen()
b(); b(5)
print(b(), b.__code__.co_freevars, b.__name__, b.__qualname__)
total = 0
def add_global(x):
    global total
    total += x
    return total
for v in range(5):
    add_global(v)
print(total)
