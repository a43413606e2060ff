# dicts keep insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
del d["a"]
print(d)
d["a"] = 0
print(d, list(d))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(dict(), dict(x=1, y=2), dict([("a", 1), ("b", 2)]), dict({"q": 1}, r=2), dict(zip("ab", [1, 2])))
m = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(m, m[1], m[(1, 2)])
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == dict())
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
