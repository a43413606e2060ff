# global and nonlocal
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make_new_global():
    global created
    created = "yes"
make_new_global()
print(created)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def nest():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def deep():
            nonlocal a
            a *= 10
        deep()
    mid()
    mid()
    return a
print(nest())
g = "global g"
def reads_global():
    return g
print(reads_global())
def local_only():
    g = "local g"
    return g
print(local_only(), g)
