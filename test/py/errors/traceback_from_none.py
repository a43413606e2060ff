# exit: 1
# stderr:
# `from None` suppresses the context: only the last traceback is printed.
try:
    raise KeyError("hidden")
except KeyError:
    raise ValueError("only this") from None
