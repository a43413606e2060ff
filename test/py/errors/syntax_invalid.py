# exit: 1
# stderr-tail: SyntaxError: invalid syntax
print("never printed: the file does not compile")
x = 1 +* 2
