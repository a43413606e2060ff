# frozenset: hashable, immutable
f = frozenset([3, 1, 2, 3])
print(f, len(f), 1 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(frozenset() == set(), frozenset({1}) == {1}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(f.union([9]), f.issubset({1, 2, 3, 4}), sorted(frozenset("cab")))
print(hasattr(f, "add"), frozenset(), repr(frozenset({5})))
mixed = {1, 2} | frozenset({3})
print(mixed, type(mixed).__name__)
