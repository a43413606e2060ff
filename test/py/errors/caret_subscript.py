# exit: 1
# stderr:
# Position markers: for a subscript the value is marked ~ and the brackets ^, also inside an expression.
def last(items, i):
    return items[i] * 2

data = [1, 2, 3]
print(last(data, 1))
print(last(data, 7))
