# exit: 1
# stderr-tail: NameError: name 'qqq' is not defined
print("start")
def f():
    return qqq + 1
print(f())
