# exit: 1
# stderr:
# Position markers (CPython 3.11+): a failing binary operation marks its operator with ^ and its operands with ~.
print("before")
x = 0
y = (x + 1) / x
