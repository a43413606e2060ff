# exit: 1
# stderr-tail: AssertionError: x must be positive, got -1
x = -1
assert x < 0
print("first assert passed")
assert x > 0, "x must be positive, got " + str(x)
