# slicing, slice assignment and deletion
a = list(range(10))
print(a[2:5], a[::3], a[::-1], a[-3:], a[7:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::2] = "ABCDE"
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[:]
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = []
print(e)
e[len(e):] = [6, 7]
print(e)
e[-1:] = [70, 80, 90]
print(e)
try:
    f = [1, 2, 3, 4]
    f[::2] = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
g = [0, 1, 2]
g[0], g[2] = g[2], g[0]
print(g)
