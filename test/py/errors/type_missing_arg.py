# exit: 1
# stderr-tail: TypeError: f() missing 1 required positional argument: 'b'
def f(a, b):
    return a + b
print(f(1, 2))
f(1)
