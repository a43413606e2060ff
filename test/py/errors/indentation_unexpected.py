# exit: 1
# stderr-tail: IndentationError: unexpected indent
print("never printed")
x = 1
    y = 2
