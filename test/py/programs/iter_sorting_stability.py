# Multi-key sorts, stability, cmp_to_key, sorting objects, bisect-by-hand, and ranking.
from functools import cmp_to_key

students = [
    ("alice", "B", 88), ("bob", "A", 95), ("carol", "B", 88), ("dave", "C", 70),
    ("eve", "A", 95), ("frank", "B", 92), ("grace", "C", 70), ("heidi", "A", 80),
]
by_score = sorted(students, key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score])
by_grade_then_name = sorted(sorted(students, key=lambda s: s[0]), key=lambda s: s[1])
print([s[0] for s in by_grade_then_name])
print([s[0] for s in sorted(students, key=lambda s: (-s[2], s[0]))])

def compare(a, b):
    if a[1] != b[1]:
        return -1 if a[1] < b[1] else 1
    return b[2] - a[2]
print([s[0] for s in sorted(students, key=cmp_to_key(compare))])

ranked = []
prev, rank = None, 0
for i, (name, _, score) in enumerate(by_score, 1):
    if score != prev:
        rank, prev = i, score
    ranked.append(f"{rank}:{name}")
print(ranked)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)), sorted(nums, reverse=True))
lst = nums[:]
lst.sort(key=abs, reverse=True)
print(lst)
print(sorted("banana"), sorted({3: 'a', 1: 'b'}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1: 2}, {3: 4}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, 1, True, -2.5, False]), max([1, 2.5, True]), min("zebra", "apple", key=lambda w: w[-1]))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
print(list(reversed(sorted(range(5)))), sorted(reversed(range(5))), sorted(range(10), key=lambda x: -x)[:3])
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda row: row[1])
print(matrix, sorted(matrix, key=sum), sorted(map(sorted, matrix)))
class Item:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio
    def __repr__(self):
        return f"{self.name}({self.prio})"
    def __lt__(self, other):
        return self.prio < other.prio
items = [Item("a", 3), Item("b", 1), Item("c", 3), Item("d", 2)]
print(sorted(items), max(items), min(items), sorted(items, reverse=True))
try:
    Item("x", 1) > 5
except TypeError as e:
    print("TypeError:", e)
