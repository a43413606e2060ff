# arbitrary precision integers
print(2 ** 200)
print(-(2 ** 200))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
n = 1
for i in range(1, 101):
    n *= i
print(n)
print(n % 1000007, n // (10 ** 150))
print(2 ** 64, 2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print((2 ** 64) * (2 ** 64))
print((2 ** 100 + 1) // 3, (2 ** 100 + 1) % 3)
print(-(2 ** 100) // 7, -(2 ** 100) % 7)
print(divmod(10 ** 30, 7 ** 20))
print(10 ** 30 / 10 ** 28)
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, 2 ** 100 < -(2 ** 101))
print(int("123456789012345678901234567890") + 1)
print(pow(3, 200, 10 ** 20))
x = 2 ** 70
x += 1
x -= 2
print(x, x * -1, abs(-x))
print(hex(2 ** 100), bin(2 ** 65), oct(2 ** 70))
print(2 ** 100 == float(2 ** 100), float(2 ** 100))
print(sum(range(10 ** 6)))
print(12345678901234567890 * 98765432109876543210)
print(-7 ** 25)
