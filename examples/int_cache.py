# The small-int cache: like CPython, minipy preallocates the ints -5..256 once
# and hands out the same object every time one of them is produced, so `is`
# (object identity) is True for equal small ints and usually False above 256.
# int("...") is used so the compiler cannot fold two literals into one constant.

a = int("256")
b = int("256")
print("a = int('256'); b = int('256')")
print("  a == b:", a == b, "  a is b:", a is b)

c = int("257")
d = int("257")
print("c = int('257'); d = int('257')")
print("  c == d:", c == d, "  c is d:", c is d)

e = int("-5")
f = int("-5")
g = int("-6")
h = int("-6")
print("-5 is -5:", e is f, "   -6 is -6:", g is h)

# Arithmetic results are cached too when they land in the range.
x = int("200") + int("56")
print("200 + 56 is 256:", x is a)
y = int("200") + int("57")
print("200 + 57 is 257:", y is c)

print()
print("Why: small ints are so common (loop counters, indexes, lengths) that")
print("sharing one object for each of -5..256 saves an allocation and a free")
print("on every use. Larger ints are created fresh, so two equal ones are")
print("distinct objects. Compare numbers with ==, never with `is`.")
