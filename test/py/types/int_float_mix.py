# int/float mixing: promotion, exact comparisons, true division of big ints
print(1 + 2.0, 3 * 0.5, 7 - 0.5, 2 ** 0.5, 4 ** 0.5, 10 / 4, 10 // 4.0, -7 / 2)
print(type(1 + 2.0).__name__, type(6 / 3).__name__, type(6 // 3).__name__, 6 / 3)
print(2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 1 == 1.0000000000000002)
print(10 ** 400 / 10 ** 399, (2 ** 100 + 1) / 2 ** 100, 1 / 3 * 3 == 1, 2 ** 64 / 2)
print(int(2.5e20), float(10 ** 20), 1e20 == 10 ** 20, 0.5 == 1 / 2, 3 == 3.0 == True + 2)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(max(1, 2.5), min(3, 2.0), sorted([3, 1.5, 2, 0.5]), sum([1, 0.5, 2]))
print(round(7 / 2), round(9 / 2), 7 % 2.5, -7 % 2.5, divmod(7, 2.5), abs(-3) + abs(-0.5))
print(hash(2) == hash(2.0), {1: "a", 1.0: "b"}, 1.0 in [1], [1, 2] == [1.0, 2.0])
