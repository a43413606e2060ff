# exit: 1
# stderr-tail: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
x = 10
def f():
    print("in f")
    print(x)
    x = 5
f()
