# itertools: product (with repeat), permutations (with r)
from itertools import product, permutations
import itertools
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(product("ab", "c", "de")), list(product()), list(product([], [1])))
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)), len(list(permutations(range(5), 3))), list(permutations([1], 2)))
print(["".join(p) for p in permutations("xyz")])
print(list(itertools.product(range(2), "ab", repeat=1)))
print(sum(1 for _ in permutations(range(6))), list(permutations([])))
