# floor division and modulo follow the sign of the divisor
for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
print(-10 ** 20 // 3, -10 ** 20 % 3)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // -2.0, 7 % -2.0)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(0 // 5, 0 % 5, -0 % 5)
print(10 % 1, 10 // 1)
print(2 ** 65 // -3, 2 ** 65 % -3)
