# exit: 1
# stderr-tail: ValueError
print("bare class raised")
raise ValueError
