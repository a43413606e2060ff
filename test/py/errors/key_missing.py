# exit: 1
# stderr-tail: KeyError: 'k'
d = {"a": 1}
print(d["a"])
print(d["k"])
