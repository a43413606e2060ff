# exit: 1
# stderr-tail: SyntaxError: expected ':'
print("never printed")
if True
    print("x")
