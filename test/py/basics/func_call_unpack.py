# unpacking at call sites
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args), f(*"abc".upper().lower() and [4, 5, 6]))
print(f(*(7, 8), 9), f(1, *[2, 3]))
kw = {"a": 1, "b": 2, "c": 3}
print(f(**kw), f(1, **{"b": 5, "c": 6}))
print(f(*[1], **{"c": 3, "b": 2}))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(g(*range(3), *"ab"))
print(max(*[3, 9, 4]), print(*["a", "b"], sep="|"))
pairs = [(1, 2), (3, 4)]
print(list(zip(*pairs)))
def h(x, y=0, *rest, z=1, **kw):
    return x, y, rest, z, kw
print(h(*[1, 2, 3, 4], **{"z": 5, "w": 6}))
print([*range(3), *"xy"], (*[1, 2], 3), {**{"a": 1}, "b": 2, **{"a": 3}})
print({*[1, 2], *(2, 3)})
