# exit: 1
# stderr:
print("one frame")
raise RuntimeError("at module level")
