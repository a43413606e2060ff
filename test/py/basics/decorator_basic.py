# decorators without arguments
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
calls = []
def logged(func):
    def wrapper(*args):
        calls.append(func.__name__)
        return func(*args)
    return wrapper
@logged
def add(a, b):
    return a + b
@logged
def neg(a):
    return -a
print(add(2, 3), neg(4), add(neg(1), 1), calls)
def count(func):
    def wrapper(*a):
        wrapper.n += 1
        return func(*a)
    wrapper.n = 0
    return wrapper
@count
def noop():
    pass
noop(); noop(); noop()
print(noop.n)
registry = {}
def register(func):
    registry[func.__name__] = func
    return func
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["beta"](), alpha())
def once(cls):
    cls.decorated = True
    return cls
@once
class K:
    pass
print(K.decorated)
