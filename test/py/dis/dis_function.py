# cmdline: dis
# minipy: golden output of `minipy dis` (minipy's own bytecode, not CPython's); regenerate by hand after a
# deliberate compiler change and review the diff
def clamp(x, lo=0, hi=10):
    if x < lo:
        return lo
    return hi if x > hi else x

total = 0
for i in range(3):
    total += clamp(i * 5)
try:
    print(total)
except ValueError as e:
    print("bad", e)
