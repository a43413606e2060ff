# exit: 1
# stderr:
# A RecursionError: the repeated entry (with its markers) is printed three times, then collapsed.
def down(n):
    return 1 + down(n + 1)

down(0)
