# Dict views and set algebra in realistic bookkeeping code.
before = {"alice": 3, "bob": 5, "carol": 2, "dave": 7}
after = {"bob": 5, "carol": 4, "erin": 1, "dave": 7}
print(sorted(before.keys() & after.keys()), sorted(before.keys() - after.keys()), sorted(after.keys() - before))
print(sorted(before.keys() | after.keys()), sorted(before.keys() ^ after.keys()))
changed = {k: (before[k], after[k]) for k in before.keys() & after.keys() if before[k] != after[k]}
print(changed)
print(sorted(before.items() & after.items()), sorted(before.items() - after.items()))
print(before.keys() == {"alice", "bob", "carol", "dave"}, "bob" in before.keys(), ("bob", 5) in before.items())
print(5 in before.values(), list(before.values()), len(before.values()), before.keys().isdisjoint({"zed"}))
keys = before.keys()
before["frank"] = 0
print(list(keys), len(keys))
del before["alice"]
print(list(keys), list(reversed(keys)), list(reversed(before.items()))[:2])
inventory = {}
for item, qty in [("apple", 3), ("pear", 2), ("apple", 4), ("fig", 1), ("pear", -2)]:
    inventory[item] = inventory.get(item, 0) + qty
print(inventory, {k: v for k, v in inventory.items() if v})
print(max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
merged = {**before, **after}
merged |= {"zoe": 9}
print(merged)
print(dict.fromkeys(["x", "y"], 0), {}.get("missing", "default"), inventory.pop("fig"), inventory.pop("nope", None))
print(inventory.setdefault("kiwi", 10), inventory.setdefault("apple", 99), inventory)
print(list(inventory.items())[0], next(reversed(inventory)), inventory.popitem(), len(inventory))
try:
    inventory.pop("nothing")
except KeyError as e:
    print("KeyError:", e)
try:
    for k in inventory:
        del inventory[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.issuperset({1, 2}))
s1 &= {1, 2, 3}
s1 |= {10}
s1 -= {1}
s1 ^= {2, 99}
print(sorted(s1), s1.union([7], (8,)), s1.intersection(range(5)), frozenset(s1) == s1)
print({x % 3 for x in range(10)}, set("hello") == set("olleh"), sorted(set("mississippi")))
s = set()
s.add(1); s.update([2, 3], {4}); s.discard(10); s.remove(1)
print(s, s.pop() in {2, 3, 4}, len(s), s.copy() == s, s.clear(), s)
print(sorted({1, 2} | frozenset([3])), type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__)
