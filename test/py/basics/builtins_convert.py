# int/float/bool/str/list/tuple/dict/set constructors and parsing
print(int(), int("42"), int("  -17  "), int("1_000"), int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8))
print(int("101", 2), int("z", 36), int("0b11", 0), int(" +5 "), int(3.99), int(-3.99), int(True), int("\t8\n"))
print(float(), float("1.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float(3), float("1_0.5"))
print(bool(), bool(0), bool(1), bool("0"), bool(" "), str(), str(12), str(1.0), str([1]))
print(list(), tuple(), dict(), set(), frozenset(), list("ab"), tuple({1: 2}), set([2, 2, 1]))
for bad in ["abc", "", "1.5", "1 2", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(hex(255), hex(-1), oct(8), oct(-8), bin(10), bin(0), bin(-3), hex(0))
print(ord("a"), ord("\n"), ord("é"), chr(65), chr(0x263A), repr(chr(0)), chr(128512))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(4, 0.5), pow(-8, 2))
print(round(3.14159, 2), round(2.5), round(-2.5), round(12345, -2))
print(int("  0  "), int("-0"), float("-0.0"), int(float("1e10")))
print(str(12.0), str(-0.5), str(1 / 3), repr(1 / 3))
