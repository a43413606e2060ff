# 3.14: unpacking a list/tuple that is too long says 'got N' (ceval unpack_iterable)
# Unpacking, starred assignment, *args/**kwargs forwarding, keyword-only and positional-only params.
a, b, c = 1, 2, 3
a, b = b, a
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, [q, r]] = [10, [20, 30]]
print(p, q, r)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
head, *_ = [9, 8, 7]
print(head, _)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
print([*range(3), *"ab", *{'k': 1}], (*[1, 2],), {*[1, 1, 2]}, {**{'a': 1}, **{'b': 2}})

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

def forward(*args, **kwargs):
    return show(*args, extra=True, **kwargs)

print(show(), show(1, 2, k=3), forward(1, x=2))
nums = [3, 1, 2]
opts = {'reverse': True}
print(sorted(nums, **opts), max(*nums), print(*nums, sep='-') or 'printed')

def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(a=0, b=0, c=0))
try:
    kw_only(1, 2)
except TypeError as e:
    print(e)

def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
def defaults(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)
print(defaults(1, c=3), defaults(1, 5, 6, 7, c=8, e=9))
try:
    defaults(1)
except TypeError as e:
    print(e)
try:
    defaults(1, 2, c=3, a=4)
except TypeError as e:
    print(e)
def f(x):
    return x
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(y=1)
except TypeError as e:
    print(e)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(t) for t in zip(*zip(*matrix))])
point = {'x': 1, 'y': 2}
print("{x},{y}".format(**point), dict(**point, z=3))
def swap_pairs(*pairs):
    return [(b, a) for a, b in pairs]
print(swap_pairs((1, 2), (3, 4)))
n, (m, *ms) = 1, "xyz"
print(n, m, ms)
