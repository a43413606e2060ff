# conditional expressions and the walrus operator
for n in (-3, 0, 5):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
x = 1 if True else 1 / 0
y = 1 / 0 if False else "lazy"
print(x, y)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("length", n)
print([y2 for v in data if (y2 := v * 2) > 7])
print(y2)
line_iter = iter(["a", "b", "", "c"])
while (line := next(line_iter)) != "":
    print("line", line)
print("stopped at", repr(line))
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def f(v):
    return (w := v + 1) * w
print(f(3))
print((z := 10), z + 1)
m = None
print("no match" if (m := None) is None else m)
