# exit: 1
# stderr-tail: AttributeError: 'int' object has no attribute 'foo'
n = 3
print(n.real)
n.foo
