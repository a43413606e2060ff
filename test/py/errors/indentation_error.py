# exit: 1
# stderr-tail: IndentationError: expected an indented block after 'if' statement on line 4
print("never printed")
if True:
print("not indented")
