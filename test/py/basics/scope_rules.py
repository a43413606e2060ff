# LEGB lookup, class scope, comprehension scope, shadowing builtins
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
class K:
    x = "class attr"
    y = [x for _ in range(1)]
    def method(self):
        return x
print(K.x, K().method(), K.y)
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
def uses_builtin():
    return max([1, 5, 3])
print(uses_builtin())
def counter_factory():
    n = 0
    def get():
        return n
    n = 5
    return get
print(counter_factory()())
total = 0
for total in range(3):
    pass
print(total)
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def inner_def_rebinding():
    def f():
        return "first"
    g = f
    def f():
        return "second"
    return g(), f()
print(inner_def_rebinding())
