# exit: 1
# stderr-tail: RecursionError: maximum recursion depth exceeded
def f():
    return f()
print("recursing")
f()
