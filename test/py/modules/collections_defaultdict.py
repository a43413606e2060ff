# collections.defaultdict
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["a"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["missing"], "missing" in counts, counts.get("other"), "other" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
s = defaultdict(set)
s["k"].add(1); s["k"].add(1); s["k"].add(2)
print(s)
plain = defaultdict()
try:
    plain["nope"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(groups, dict), groups.default_factory is list)
