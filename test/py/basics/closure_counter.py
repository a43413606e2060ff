# closures: counters, independent cells, late binding
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_adder(n):
    return lambda x: x + n
add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = make_acc()
add("a"); add("b")
print(get())
def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def read():
        return x
    return inc, read
inc, read = shared()
inc(); inc(); inc()
print(read())
def outer():
    v = "before"
    f = lambda: v
    v = "after"
    return f()
print(outer())
print(c1.__name__, add3.__name__)
