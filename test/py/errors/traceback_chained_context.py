# exit: 1
# stderr:
# Implicit chaining: both tracebacks are printed, joined by the "During handling" line; no caret lines anywhere.
print("chained context")
try:
    raise KeyError("first")
except KeyError:
    raise ValueError("second")
