# exit: 1
# stderr-tail: TypeError: f() got an unexpected keyword argument 'z'
def f(a, b=2):
    return a + b
print(f(1, b=3))
f(1, z=3)
