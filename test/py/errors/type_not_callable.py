# exit: 1
# stderr-tail: TypeError: 'int' object is not callable
value = 5
print("calling")
value()
