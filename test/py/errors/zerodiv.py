# exit: 1
# stderr-tail: ZeroDivisionError: division by zero
print("before")
x = 10
print(x / 0)
print("not reached")
