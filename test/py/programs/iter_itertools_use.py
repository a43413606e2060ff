# Realistic uses of itertools.
import itertools as it
from itertools import groupby, chain, islice, count, accumulate, product, permutations, combinations

sales = [("2024-01", "north", 10), ("2024-01", "south", 7), ("2024-02", "north", 3),
         ("2024-02", "south", 12), ("2024-02", "east", 5), ("2024-03", "east", 8)]
for month, rows in groupby(sales, key=lambda r: r[0]):
    rows = list(rows)
    print(month, sum(r[2] for r in rows), [r[1] for r in rows])
by_region = sorted(sales, key=lambda r: r[1])
print({k: sum(r[2] for r in g) for k, g in groupby(by_region, key=lambda r: r[1])})
print([(k, len(list(g))) for k, g in groupby("aaabccddddde")])
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, None, 2)))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(len(list(product("ab", repeat=3))), list(product([1, 2], "xy")))
print([''.join(p) for p in permutations("abc", 2)])
print(list(combinations(range(5), 3))[:4], len(list(combinations(range(10), 4))))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.zip_longest([1, 2, 3], "ab", fillvalue='-')))
print(list(it.takewhile(lambda x: x < 5, [1, 3, 6, 2])), list(it.dropwhile(lambda x: x < 5, [1, 3, 6, 2])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(islice(it.cycle("xyz"), 7)))
print(list(it.repeat("hi", 3)), list(map(pow, range(5), it.repeat(2))))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.pairwise("abcd")))
# sliding window
def window(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)
print(list(window([1, 2, 3, 4, 5], 3)))
# round robin scheduler
def roundrobin(*iterables):
    iterators = [iter(x) for x in iterables]
    while iterators:
        for i in list(iterators):
            try:
                yield next(i)
            except StopIteration:
                iterators.remove(i)
print(list(roundrobin("ABC", "D", "EF")))
counter = count()
labels = {name: next(counter) for name in ["x", "y", "z"]}
print(labels, next(counter))
total = 0
for i, j in product(range(3), range(3)):
    if i != j:
        total += i * j
print(total)
