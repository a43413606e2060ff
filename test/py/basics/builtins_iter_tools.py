# enumerate, zip, map, filter, reversed, iter, next
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), dict(zip("ab", range(2))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v % 2, range(8))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
e = enumerate("pq")
print(next(e), next(e), next(e, "end"))
print(list(zip(*[(1, "a"), (2, "b")])))
print(type(iter([])).__name__ != "", iter(it) is it)
for i, (a, b) in enumerate(zip("xy", "XY")):
    print(i, a, b)
