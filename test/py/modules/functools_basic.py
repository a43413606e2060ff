# functools.reduce and functools.partial
from functools import reduce, partial
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 0))
print(functools.reduce(lambda a, b: a + b, ["x", "y", "z"]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError:
    print("TypeError: empty sequence with no initial value")
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=1000), square(4, mod=5))
p = partial(print, sep="|")
p("a", "b", "c")
print(square.func is power, square.args, square.keywords, two_to.args)
basetwo = partial(int, base=2)
print(basetwo("1010"), basetwo("111"))
nested = partial(partial(power, 3), 4)
print(nested())
print(list(map(partial(power, exp=2), [1, 2, 3])))
