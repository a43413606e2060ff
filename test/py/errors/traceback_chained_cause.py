# exit: 1
# stderr:
# Explicit chaining with `from`: the cause is printed first, then "The above exception was the direct cause".
print("chained cause")
try:
    raise KeyError("first")
except KeyError as e:
    raise ValueError("second") from e
