# tuple unpacking: starred, nested, swaps, chained assignment
a, b = 1, 2
a, b = b, a
print(a, b)
x, *rest = [1, 2, 3, 4]
print(x, rest)
*init, last = "abcd"
print(init, last)
first, *mid, end = range(6)
print(first, mid, end)
p, *q, r = [1, 2]
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
[i, (j, k)] = [10, [20, 30]]
print(i, j, k)
h, (t1, *tr) = 0, "xyz"
print(h, t1, tr)
for idx, (ch, *others) in enumerate(["ab", "cde"]):
    print(idx, ch, others)
u = v = w = [0]
u.append(1)
print(u, v, w, u is w)
s1, s2, s3 = "hey"
print(s3, s2, s1)
d1, d2 = {"k1": 1, "k2": 2}
print(d1, d2)
(a1, b1), (c1, d1_) = {"x": 1, "y": 2}.items()
print(a1, b1, c1, d1_)
lst = [0, 0, 0]
lst[0], lst[1:] = 9, [8, 7]
print(lst)
i = 0
vals = [10, 20]
i, vals[i] = 1, 99
print(i, vals)
try:
    e1, e2 = [1]
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
*all_of_it, = (1, 2, 3)
print(all_of_it)
