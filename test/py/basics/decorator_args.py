# decorators with arguments, stacked decorators, hand-written wraps
def repeat(times):
    def deco(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
def tag(name):
    def deco(func):
        def wrapper(*a):
            return "<" + name + ">" + func(*a) + "</" + name + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text(s):
    return s
print(text("stacked"))
order = []
def trace(label):
    def deco(f):
        order.append("decorate " + label)
        def w(*a):
            order.append("call " + label)
            return f(*a)
        return w
    return deco
@trace("outer")
@trace("inner")
def work():
    order.append("work")
work()
print(order)
def my_wraps(original):
    def copy_meta(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return copy_meta
def keep_meta(func):
    @my_wraps(func)
    def wrapper(*a, **k):
        return func(*a, **k)
    return wrapper
@keep_meta
def documented(x):
    "Doubles x."
    return 2 * x
print(documented(21), documented.__name__, documented.__doc__, documented.__wrapped__(5))
def plain(func):
    def wrapper():
        return func()
    return wrapper
@plain
def named():
    pass
print(named.__name__)
