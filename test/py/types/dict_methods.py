# get, setdefault, pop, popitem, update, keys, values, items, copy, clear, fromkeys
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", repr(e))
print(d.popitem(), d)
d.update({"x": 9, "a": 11})
d.update(y=8)
d.update([("z", 7)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
c = d.copy()
c["new"] = 1
print(len(c), len(d), "new" in d)
c.clear()
print(c)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
lst = dict.fromkeys("xy", [])
lst["x"].append(1)
print(lst)
