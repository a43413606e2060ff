# int basics: + - * / // % ** and unary ops
a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a, +a, ~a, abs(-a))
print(7 / 7, 1 / 4, 10 / 3, 2 / 3)
print(0 - 0, -0, 3 * -4)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 10 ** -2)
print(-2 ** 2)
print(1_000_000 + 1)
print(0x1f, 0o17, 0b1011, 0XFF)
print(int(3.9), int(-3.9), int("42"), int("-17"))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000000007), pow(2, -1, 7))
print(10 == 10.0, 3 < 4.5, 7 // 2.0, 7 % 2.5, 2 * 1.5)
print(type(7 / 7).__name__, type(7 // 7).__name__, type(2 ** -1).__name__)
print(max(3, 9, 2), min(3, 9, 2), abs(-0))
print(int.__name__, isinstance(5, int), isinstance(True, int))
