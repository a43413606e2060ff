# Generators and exceptions: throw(), close(), StopIteration conversion, exceptions inside pipelines.
def worker():
    processed = 0
    while True:
        try:
            item = yield processed
        except ValueError as e:
            print("worker caught:", e)
            continue
        except GeneratorExit:
            print("worker closing after", processed)
            raise
        processed += item

w = worker()
next(w)
print(w.send(5), w.send(10))
print(w.throw(ValueError("bad item")))
print(w.send(1))
w.close()
print(w.close())
try:
    w.send(1)
except StopIteration:
    print("send after close -> StopIteration")

def gen():
    yield 1
    raise StopIteration("oops")
try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def parse_ints(lines):
    for ln in lines:
        try:
            yield int(ln)
        except ValueError:
            print("skip", repr(ln))

print(sum(parse_ints(["1", "x", "2", "", "39"])))
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finalized")
for n in numbers():
    if n == 1:
        break
print("after break")
g = numbers()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def fail_gen():
    yield 1
    1 / 0
it = fail_gen()
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(it, "exhausted"))
def ignoring():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "refuse"
ig = ignoring()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = (x for x in range(3))
print(g2.__name__, next(g2), list(g2))

# throw() into a generator that never started: it ends without running, and its frame (holding the arguments)
# is dropped (the runner's --show-refcount check fails if it leaks)
def counted(items):
    print("never printed")
    yield items
fresh = counted([1, 2, 3])
try:
    fresh.throw(KeyError("into a fresh generator"))
except KeyError as e:
    print("fresh generator re-raised", e)
print(next(fresh, "finished"))
