# Generators: a lazy pipeline (nothing is computed until the consumer pulls),
# `yield from` delegation (including its return value), send(), and
# generator expressions.


def naturals():
    n = 1
    while True:                            # infinite, but only pulled lazily
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        yield x
        n -= 1


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)       # delegate to a sub-generator
        else:
            yield node


def counted(it):
    k = 0
    for x in it:
        yield x
        k += 1
    return k                               # becomes the value of `yield from`


def report(it):
    n = yield from counted(it)
    yield "(%d items)" % n


def running_average():
    total, count, avg = 0.0, 0, None
    while True:
        x = yield avg                      # receives the values passed to send()
        total += x
        count += 1
        avg = total / count


squares = (n * n for n in naturals())
odd_squares = (s for s in squares if s % 2)
print("first 6 odd squares:", list(take(6, odd_squares)))
print("flatten:", list(flatten([1, [2, [3, 4], []], [[5]], 6])))
print("report:", list(report("abc")))
avg = running_average()
next(avg)                                  # prime it: run to the first yield
print("running averages:", [avg.send(x) for x in [10, 20, 60, 10]])
print("sum of squares below 100:", sum(x * x for x in range(100)))
gen = take(2, naturals())
print(next(gen), next(gen), next(gen, "exhausted"))
