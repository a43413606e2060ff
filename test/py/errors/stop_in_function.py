# exit: 1
# stderr-tail: ValueError: too big: 100
def check(n):
    if n > 10:
        raise ValueError("too big: " + str(n))
    return n
for v in (1, 5, 100, 7):
    print(check(v))
