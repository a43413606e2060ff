# keyword arguments, *args, **kwargs
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2), f(1, 2, 4), f(c=9, b=8, a=7), f(1, c=5, b=6))
def star(*args):
    return args
print(star(), star(1), star(1, "two", [3]))
def kw(**kwargs):
    return kwargs
print(kw(), kw(x=1, y=2), kw(b=1, a=2))
def mixed(a, *rest, flag=False, **opts):
    return a, rest, flag, opts
print(mixed(1))
print(mixed(1, 2, 3, flag=True, color="red", size=4))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=100))
def show(**kw):
    for k in kw:
        print(" ", k, "=", kw[k])
show(first=1, second=2, third=3)
print(type(star()).__name__, type(kw()).__name__)
