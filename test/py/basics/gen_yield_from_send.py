# yield from, send, return value via StopIteration.value
def sub():
    x = yield "sub-1"
    print("sub received", x)
    yield "sub-2"
    return "sub-result"
def outer():
    r = yield from sub()
    print("yield from returned", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def returns():
    yield 1
    return 42
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    except GeneratorExit:
        print("GeneratorExit, received", received)
        raise
e = echo()
next(e); e.send("a"); e.send("b")
e.close()
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], 5])))
def thrower():
    try:
        yield 1
    except ValueError as err:
        print("caught in generator", err)
        yield "recovered"
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def fresh():
    yield 1
try:
    fresh().send(5)
except TypeError:
    print("TypeError: can't send non-None to a just-started generator")
