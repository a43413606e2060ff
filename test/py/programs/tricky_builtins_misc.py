# Assorted builtins and conversions people reach for: zip(strict), bytes, int<->bytes, rounding, formatting, __class__ swap.
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
x = y = z = [0]
x += [1]
print(y, z, x is z)

class A:
    pass
try:
    A() < A()
except TypeError as e:
    print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, byteorder="little"))
print(b"a,b".split(b","), b"abc".upper(), b"  x ".strip(), b"abc"[1], b"abc"[1:], list(b"hi"), b"x" * 3)
print(f"{3.14159=:.2f}", f"{'nested {}'.format(1)}", f"{[1, 2]!s:>10}", f"{ {'a': 1}['a'] }")
print(round(2.5), round(3.5), round(0.125, 2), round(0.375, 2), round(-2.5), round(2.675, 2), round(1e20, -5))
print(max([], default="empty"), min([3, 1], default=0), max(1, 2, key=lambda v: -v), sum([[1], [2]], []))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
print(divmod(7.5, 2), divmod(-7, 2.5), 7.5 // -2, 2 ** 0.5 * 2 ** 0.5)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(str.isdigit, "a1b2")), list(reversed({1: 2, 3: 4}.items())))
a = [0, 1, 2, 3, 4, 5, 6]
del a[1::2]
print(a)
a[::2] = ["x", "y"]
print(a)
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(e)

class Draft:
    def status(self):
        return "draft"
class Published:
    def status(self):
        return "published"
doc = Draft()
doc.title = "Notes"
print(doc.status(), end=" -> ")
doc.__class__ = Published
print(doc.status(), doc.title, type(doc).__name__, isinstance(doc, Draft))
class Other(list):
    pass
try:
    doc.__class__ = Other
except TypeError as e:
    print(e)
print(int("  12  "), int("0x1f", 16), int("z", 36), float("-inf"), float("1_000.5"))
print(str(10 ** 20 * 1.0), 1e300 * 1e10, -1e300 * 1e10, 1e-320, 2.5e-5, 123e-20)
print("%.2f %5.1e %g %G %10.4g|%-8.3f|" % (3.14159, 12345.6789, 0.00001234, 1e20, 3.14159, 2.5))
print(format(1234.5678, ",.2f"), format(0.5, ".0%"), format(-3, "+05d"), format(42, "#010b"))
print("{:^10.3s}|{:<+8.2f}|{:e}".format("abcdef", 3.14159, 0.000123))
print(str(True), repr(None), str([None, True]), repr(1.0), repr(-0.0), repr(1e-7), repr(123456789012345.0), repr(1.5e16))
print(chr(0x1F600), len(chr(0x1F600)), "😀".encode("utf-8"), ascii("héllo😀"), repr("😀"))
print(abs(-7), pow(2, 10), pow(2, 10, 1000), bin(37), oct(64), hex(4096), ord("A"), chr(97), callable(len), callable(3))
print(all([]), any([]), all([1, 0]), any([0, "", None, 5]), len(range(0, 100, 7)), list(range(10, 0, -3)))
print(sorted({"b": 2, "a": 1}), list(enumerate("ab", 10)), dict(enumerate("xy")), tuple(reversed(range(3))))
print(isinstance(True, (int, str)), issubclass(bool, int), type(3) == int, type("s") is str, id(a) == id(a))
print(getattr(a, "append").__name__, hasattr([], "sort"), vars(doc), dir(doc)[-1])
