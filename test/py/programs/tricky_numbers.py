# 3.14: sum() of floats is compensated since 3.12 (.exp from 3.13); float // 0 says 'division by zero'
# Integer division/modulo of negatives, float formatting, chained comparisons, int/float edge cases.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -5), (-1, 5)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod={divmod(a, b)}")
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 5 % 0.3)
print(int(-7 / 2), round(-3.5), round(-4.5), int(-0.9), int(3.99), -(-7 // 2))
print(2 ** 100, 2 ** 100 // 3, -(2 ** 100) // 7, (2 ** 100) % -7, pow(3, 100, 7), pow(2, -1, 7))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 == True, 'a' < 'b' < 'c' != 'd')
x = 5
print(0 <= x < 10, 0 < x > 3, not 0 < x < 5, (0 < x) < 5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 0.1 + 0.2, 1.1 * 3, 1 / 3)
print(float('inf') > 10 ** 300, float('-inf') < -10 ** 300, float('nan') == float('nan'))
nan = float('nan')
print(nan != nan, nan in [nan], [nan] == [nan], min(1, 2.0), max(2, 2.0), max(2.0, 2))
print(7 / 7, type(7 / 7).__name__, 10 // 3.0, 2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) if False else 'skip')
print(True + True, True * 10, sum([True, False, True]), int(True), -True, ~5, ~-1)
print(0.5.as_integer_ratio(), (1.75).is_integer(), 8.0.is_integer(), (255).bit_length(), (-1).bit_length())
print(int("ff", 16), int("0b101", 0), int(" 42 "), int("-0o17", 0), int("1_000"), float(" -1.5e3 "))
print(hex(-255), bin(-5), oct(-8), abs(-0.0), -0.0, 0.0 == -0.0, str(-0.0))
print(1e16, 1e15, 123456789012345678.0, 0.1 ** 10, 1.23e-5, 12345678.9, float(2 ** 53 + 1))
print(3 * 1.1, 100 * 1.1, 0.57 * 100, 1.15 * 100, round(1.005, 2), 2.675 * 100)
print(f"{0.125:.2f} {0.375:.2f} {2.5:.0f} {3.5:.0f} {1e-10:.3e} {123.456:10.1f}|")
print(10 ** -3, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
print(int(1e20), int(-1.5e19), float(10 ** 30), 10 ** 30 == float(10 ** 30), 2 ** 63)
print(round(123.456, 1), round(-123.456, -1), round(5, 2), type(round(5.0)), round(0.5 + 1e-9))
print(17 & 5, 17 | 5, 17 ^ 5, 1 << 40, -16 >> 2, -1 >> 100, 2 ** 64 >> 3, (2 ** 70) & 0xFFFF)
print(divmod(2 ** 70 + 3, 10 ** 9), (-(2 ** 70)) // 10 ** 9, (-(2 ** 70)) % 10 ** 9)
print(sum([0.1] * 10), sum([1, 2, 3], 0.0), 1e308 * 10, -1e308 * 10)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 // 0
except ZeroDivisionError as e:
    print(e)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
