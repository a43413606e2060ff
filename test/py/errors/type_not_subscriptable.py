# exit: 1
# stderr-tail: TypeError: 'int' object is not subscriptable
n = 42
print(n)
print(n[0])
