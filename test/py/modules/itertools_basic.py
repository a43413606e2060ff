# itertools: count, islice, chain, chain.from_iterable
import itertools
from itertools import count, islice, chain
print(list(islice(count(), 5)), list(islice(count(5, 3), 4)), list(islice(count(1, -1), 3)))
print(list(islice(count(0.5, 0.5), 3)))
print(list(islice(range(100), 3)), list(islice(range(100), 95, None)), list(islice("abcdef", 1, 5, 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(chain.from_iterable(["ab", "cd"])), list(itertools.chain("x", "y")))
c = count(10)
print(next(c), next(c), next(c))
gen = (i * i for i in count())
print(list(islice(gen, 4)), list(islice(gen, 2)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
for i, v in zip(count(1), "xyz"):
    print(i, v)
