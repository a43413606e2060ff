# late binding of loop variables in closures
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
lams = [lambda x: x * k for k in range(4)]
print([f(1) for f in lams])
def make(k):
    return lambda x: x * k
lams2 = [make(k) for k in range(4)]
print([f(1) for f in lams2])
def gen_funcs():
    out = []
    for name in ["a", "b"]:
        def f():
            return name
        out.append(f)
    return out
print([f() for f in gen_funcs()])
x = "global"
def uses_later():
    return x
x = "rebound"
print(uses_later())
