# global / nonlocal / class scope / comprehension scope / name errors.
counter = 0

def bump():
    global counter
    counter += 1

for _ in range(3):
    bump()
print(counter)

def read_global():
    return counter * 2
print(read_global())

def shadow():
    counter = "local"
    return counter
print(shadow(), counter)

def unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 1
    return value
value = "global"
unbound()

def undefined():
    try:
        return missing_name
    except NameError as e:
        return f"NameError: {e}"
print(undefined())

def outer():
    x = 1
    def mid():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    r = mid()
    return r, x
print(outer())

class Scope:
    y = 5
    items = [y * i for i in range(3)] if False else None
    doubled = y * 2
    def method(self):
        try:
            return y
        except NameError as e:
            return f"NameError: {e}"
print(Scope.doubled, Scope().method())
y = "module y"
print(Scope().method())

i = "before"
squares = [i * i for i in range(4)]
print(i, squares)
total = sum(j for j in range(5))
print(total, 'j' in dir())

def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in make_adders().items()})

def gen_scope():
    x = 'enclosing'
    return [x for _ in range(2)]
print(gen_scope())

def g():
    global newglobal
    newglobal = "created"
g()
print(newglobal)
print(globals()['counter'], 'bump' in globals(), sorted(k for k in locals() if k.startswith('co')))
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
def deleted():
    v = 1
    del v
    try:
        v
    except NameError as e:
        print(type(e).__name__, e)
deleted()
lam = lambda: undefined_thing
try:
    lam()
except NameError as e:
    print(e)
x = 10
def f():
    x = 20
    def h():
        return x
    return h
print(f()(), x)
