# round(): banker's rounding, ndigits, negative ndigits
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 1), round(7, -1), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1e16 + 1.0))
print(round(-2.5), round(-3.5), round(99.5), round(100.5))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(round(123.456, 0), round(123.456, 1), round(-123.456, 2))
