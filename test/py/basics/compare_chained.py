# chained comparisons, is / in / not in
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 1 < 3 < 2, 0 <= x <= 5 != 6)
print(1 == 1 == 1.0, 1 == 1 != 2, 3 > 2 > 1 > 0 > -1)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 not in a, not 2 in a, "k" in {"k": 1}, 1 in {1: "x"}, "x" in {1: "x"})
print(not 1 == 2, not (1 < 2 < 3))
print((1 < 2) + (2 < 3), [1 < 2, 2 < 1])
print("a" < "b" < "c", [1] < [2] <= [2], a == c is not None)
s = "hello"
print("ell" in s in ["hello", "x"], 0 < len(s) <= 5)
