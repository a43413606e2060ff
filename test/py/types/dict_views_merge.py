# views are live; | and |= merge; comprehension; iteration order
d = {"one": 1, "two": 2}
ks = d.keys()
vs = d.values()
its = d.items()
d["three"] = 3
print(ks, vs, its, len(ks))
print("one" in ks, 2 in vs, ("two", 2) in its, ("two", 3) in its)
print(sorted(ks), list(reversed(d)), list(reversed(d.items())))
print(ks & {"one", "zzz"}, ks - {"one", "two"})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= b
print(a)
sq = {n: n * n for n in range(6)}
print(sq)
inv = {v: k for k, v in sq.items() if v % 2 == 0}
print(inv)
print({k: v for k, v in zip("abc", range(3))})
d2 = {}
d2[3] = "c"
d2[1] = "a"
d2[2] = "b"
print(d2, list(d2), min(d2), max(d2.values()))
del d2[1]
d2[1] = "again"
print(d2)
print(dict(sorted(d2.items())))
