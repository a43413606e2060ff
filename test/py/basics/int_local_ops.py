# Arithmetic and comparisons on ints held by locals: what any fast path over locals must keep (one that reads
# the operands without counts and writes `a = a op b` in place was tried, BENCHMARKS.md fourth stage): each
# result as the instructions one by one give it, aliases never changed, small ints the cached objects.
def ops(a, b):
    return [a + b, a - b, a * b, a % b, a // b, a + 7, a - 7, a * 7, a % 7, a // 7]


print(ops(1000, 7))
print(ops(-1000, 7))
print(ops(1000, -7))
print(ops(2**52, 3))
print(ops(2**60, 3))          # big ints: the general path
print(ops(5, 300))


def aliasing():
    a = 1000
    b = a                       # b holds the same object: a = a + 1 must not change it in place
    a = a + 1
    c = 2000
    c += 5                      # only c holds it: may be updated in place, same result
    d = c
    c += 5
    e = 250
    e = e + 10                  # crosses the small-int cache: a new object
    f = 100
    f = f + 6                   # stays small: must be the cached 106
    return a, b, c, d, e, f is int("106"), f


print(aliasing())


def loops(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        total += i
        i = i + 1
    s = 10**15
    for k in range(5):
        s = s * k + s
    return total, s


print(loops(1000))


def mixed():
    t = True
    x = 5
    out = [t + x, x + t, x * 2.5, x // 2, x % 2, -x // 2, -x % 2]
    try:
        x // 0
    except ZeroDivisionError as e:
        out.append(str(e))
    try:
        x % 0
    except ZeroDivisionError as e:
        out.append(str(e))
    y = 2**53
    out.append(y + 1)           # past 2^53: exact through the general path
    out.append(y * y)
    return out


print(mixed())


# comparisons followed by a jump, with operands read from locals and constants (and the left one from the
# stack): ints, floats, both mixed, NaN, big ints and bools (the general path)
def compares():
    k = 10**20
    nan = float("nan")
    out = []
    for a, b in [(1, 2), (2, 2), (3, 2), (2.5, 2), (2, 2.0), (nan, 1), (nan, nan), (k, 1), (1, k), (True, 1), (-0.0, 0)]:
        r = ""
        if a < b:
            r += "<"
        if a <= b:
            r += "<="
        if a == b:
            r += "=="
        if a != b:
            r += "!="
        if a > b:
            r += ">"
        if a >= b:
            r += ">="
        if not a < 2:
            r += " !<2"
        if a * 1 >= b:          # left operand computed, on the stack
            r += " *>="
        out.append(r)
    i = 0
    n = 10
    while i < n:
        i += 3
    return out, i


print(compares())
