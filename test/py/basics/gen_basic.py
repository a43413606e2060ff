# generators: yield, laziness, exhaustion
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def pairs(seq):
    for i, x in enumerate(seq):
        for y in seq[i + 1:]:
            yield x, y
print(list(pairs("abc")))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")
for v in with_finally():
    print("got", v)
gen = with_finally()
print(next(gen))
gen.close()
print("closed")
def early_return(x):
    if x:
        return
    yield "never for truthy"
print(list(early_return(True)), list(early_return(False)))
it = iter(count_up(2))
print(it is iter(it), sum(count_up(5)), max(count_up(4)))
try:
    next(count_up(0))
except StopIteration:
    print("StopIteration")
