# keyword-only and positional-only parameters
def kwo(a, *, b, c=3):
    return a + b + c
print(kwo(1, b=2), kwo(1, c=10, b=2))
try:
    kwo(1, 2)
except TypeError:
    print("TypeError: b is keyword-only")
def pos(a, b, /, c, *, d):
    return [a, b, c, d]
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
try:
    pos(a=1, b=2, c=3, d=4)
except TypeError:
    print("TypeError: a and b are positional-only")
def p2(x, /, **kw):
    return x, kw
print(p2(1, x=2))
def onlystar(*args, sep="-"):
    return sep.join(args)
print(onlystar("a", "b", "c"), onlystar("a", "b", sep="+"))
def defaults_mix(a, b=2, /, c=3, *, d=4, e):
    return a, b, c, d, e
print(defaults_mix(1, e=5), defaults_mix(1, 20, 30, e=50, d=40))
