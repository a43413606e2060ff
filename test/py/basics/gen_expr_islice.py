# generator expressions and infinite generators with itertools.islice
from itertools import islice, count
squares = (x * x for x in range(10))
print(type(squares).__name__, next(squares), next(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), any(x > 3 for x in [1, 5]))
print(list(x for x in "abc" if x != "b"), tuple(i for i in range(3)), sorted(c for c in "hello"))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 2 for x in range(5)))
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(islice(naturals(), 5)), list(islice(naturals(), 2, 10, 3)))
evens = (n for n in naturals() if n % 2 == 0)
print(list(islice(evens, 4)), next(evens))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 1, None, 2)))
g = (x for x in [1, 2, 3])
print(list(g), list(g))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in (1, 10)]
print([list(gg) for gg in gens])
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(" ".join(str(n) for n in islice(naturals(), 3)))
print(all(n < 100 for n in islice(naturals(), 99)), list(zip("ab", naturals())))
