# exit: 1
# stderr-tail: TypeError: unsupported operand type(s) for +: 'int' and 'str'
a = 1
b = "2"
print("adding")
c = a + b
