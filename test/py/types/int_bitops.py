# bit operations, including negatives and big ints
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 0xFF, -1 >> 5, -16 >> 2, -17 >> 2, -1 << 3)
print(1 << 100, (1 << 100) >> 99, (1 << 100) - 1 & 0xFFFF)
print((2 ** 100) | 1, (2 ** 100) ^ (2 ** 99), (2 ** 100) & -(2 ** 100))
print(-(2 ** 100) & 0xFFFFFFFF, -(2 ** 100) >> 90, ~(2 ** 100))
print((-(2 ** 70)) | 5, (-(2 ** 70)) ^ -1)
print(bin(-5), bin(5), hex(-255), oct(-8))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(5 & True, 6 | False, True ^ True)
x = 0b1010
x <<= 2
print(x)
x >>= 1
print(x)
x &= 0b0110
print(x)
x |= 1
print(x)
x ^= 0xFF
print(x)
print(1 << 64 >> 64, (1 << 200) >> 201)
