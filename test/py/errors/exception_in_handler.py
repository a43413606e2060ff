# exit: 1
# stderr-tail: TypeError: unsupported operand type(s) for -: 'str' and 'int'
try:
    1 / 0
except ZeroDivisionError:
    print("handler runs")
    "s" - 1
