# sorted (key, reverse, stability), min/max (key, default), sum (start), any, all, abs
people = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people), sorted(people, reverse=True)[:2])
print(sorted([3, 1, 2]), sorted("cba"), sorted([]), sorted({3: 0, 1: 0}), sorted([-3, 2, -1], key=abs))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "B"), min([], default="empty"), max([], default=0))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), max(["aa", "b", "cc"], key=len))
print(min((1, "z"), (1, "a")), max([1, 5.5, 3]), min([[2], [1, 9]]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(range(10), start=5), sum([]), sum([0.5, 0.25]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-(2 ** 100)), abs(True))
try:
    min([])
except ValueError:
    print("ValueError: min of empty")
try:
    max()
except TypeError:
    print("TypeError: max with no args")
print(sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
