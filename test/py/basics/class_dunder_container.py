# __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ __next__
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("contains called")
        return x in self.items
b = Bag(1, 2, 3, 4)
print(len(b), b[0], b[-1], b[1:3], bool(b))
b[0] = 10
del b[1]
print(b.items, 3 in b, 99 in b, 99 not in b)
print(list(b), [x * 2 for x in b])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sum(Countdown(4)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2], g["k"], g[::3])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "falsy" if not Empty() else "truthy")
