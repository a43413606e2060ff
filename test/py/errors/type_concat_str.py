# exit: 1
# stderr-tail: TypeError: can only concatenate str (not "int") to str
s = "count: "
print(s)
print(s + 5)
