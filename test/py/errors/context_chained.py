# exit: 1
# stderr-tail: RuntimeError: while handling
# stderr shows the KeyError first, then "During handling of the above exception, another exception occurred:"
d = {}
try:
    d["missing"]
except KeyError:
    print("handling")
    raise RuntimeError("while handling")
