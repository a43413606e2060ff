# exit: 1
# stderr:
# A range over several lines: every line is printed with its markers, middle lines beyond the anchors elided.
def compute(a, b):
    return (a +
            b) / (a - a)

values = [
    1,
    2,
    3,
    4,
][
    2
]
print(values)
print(compute(
    values,
    1,
))
