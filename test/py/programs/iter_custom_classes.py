# Custom iterator classes: __iter__/__next__, reusable iterables, __getitem__ iteration, __reversed__.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        i = self.lo
        while i < self.hi:
            yield i
            i += self.step

    def __len__(self):
        return max(0, (self.hi - self.lo + self.step - 1) // self.step)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, x):
        return self.lo <= x < self.hi and (x - self.lo) % self.step == 0

class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIter(self.limit)

class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

c = Countdown(5)
print(list(c), list(c))
print([x for x in Countdown(3)], sum(Countdown(100)))
r = Range2(2, 20, 3)
print(list(r), len(r), list(reversed(r)), 8 in r, 9 in r, 20 in r)
print(list(Squares()), 16 in Squares(), 7 in Squares())
f = Fib(100)
print(list(f), list(f) == list(f), max(f), sorted(f, reverse=True)[:3])
it = iter(Fib(10))
print(next(it), next(it), next(it), list(it), next(it, 'done'))
a, b, *rest = Countdown(6)
print(a, b, rest)
print(dict(zip("abc", Countdown(3))), list(enumerate(Range2(0, 3))))
print(list(map(lambda x: x * 10, Countdown(3))), list(filter(None, [0, 1, '', 'a', None, [], [0]])))
it = iter([1, 2, 3])
print(iter(it) is it, list(zip(it, it)))
sentinel_it = iter(Countdown(10).__next__, 7)
print(list(sentinel_it))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(any(x > 4 for x in Countdown(5)), all(x > 0 for x in Countdown(5)), min(Countdown(4)))
class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []
    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self.buf:
            return self.buf.pop()
        return next(self.it)
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), list(p), p.peek('end'))
