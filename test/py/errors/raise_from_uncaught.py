# exit: 1
# stderr-tail: ValueError: x
print("chained")
raise ValueError("x") from KeyError("y")
