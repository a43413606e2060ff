# exit: 1
# stderr-tail: Exception: ('a', 1)
raise Exception("a", 1)
