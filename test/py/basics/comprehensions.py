# list / dict / set comprehensions, nested and with conditions
print([x * 2 for x in range(5)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))], [[r[i] for r in matrix] for i in range(3)])
print([x if x % 2 else -x for x in range(6)])
print({x: x ** 2 for x in range(5)}, {k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({x % 4 for x in range(20)}, sorted({w[0] for w in ["apple", "avocado", "banana"]}))
words = ["hello", "world", "hi"]
print({w: len(w) for w in words}, [w.upper() for w in words if w.startswith("h")])
x = "outer"
print([x for x in "ab"], x)
print([y for y in range(3)], [[y for y in range(z)] for z in range(4)])
n = 10
print([n * i for i in range(3)])
print([(i, c) for i, c in enumerate("xyz")], {c: i for i, c in enumerate("xyz")})
print([f(2) for f in [lambda v: v + 1, lambda v: v * 10]])
print(sum([i for i in range(1000) if i % 7 == 0]), len({i % 13 for i in range(1000)}))
print([a + b for a, b in zip([1, 2], [10, 20])], [s for s in ["", "a", ""] if s])
flat = [v for sub in [[1, 2], [], [3]] for v in sub]
print(flat)
