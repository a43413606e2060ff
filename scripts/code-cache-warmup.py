# Run once at build time (scripts/freeze-modules.js) with MINIPY_WRITE_CODE_CACHE=1: the functions of minipy's
# runtime that this program makes V8 compile go into dist/worker-bundle.cache, so later runs start with them
# compiled. A little of everything a typical program does; it prints nothing.
import math, random, collections, functools, itertools, time, sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:.2f})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def gen(n):
    for i in range(n):
        yield i * i


total = 0
for i in range(2000):
    total += i % 7 * 3 // 2 - (i ** 2) % 5
    total += int(math.sqrt(i) * 1.5)
words = {}
for w in "the quick brown fox jumps over the lazy dog".split() * 50:
    words[w] = words.get(w, 0) + 1
s = set(words) | {"x"}
lst = sorted([(v, k) for k, v in words.items()], reverse=True)
p = functools.reduce(lambda a, b: a + b, [Point(i, i / 3) for i in range(50)])
text = repr(p) + str(lst[:2]) + "%d-%s-%.3f" % (1, "a", 2.5) + "{}:{:>5}".format("k", 7) + ",".join(map(str, gen(20)))
try:
    {}["missing"]
except KeyError as e:
    text += str(e)
try:
    raise ValueError("x") from TypeError("y")
except ValueError:
    pass
d = collections.defaultdict(list)
for i, c in enumerate(itertools.islice(itertools.cycle("abc"), 30)):
    d[c].append(i)
random.seed(1)
random.shuffle(lst)
fib(15)
t = time.perf_counter()
assert len(text) > 0 and total != 0 and len(s) > 1 and sys.maxsize > 0
