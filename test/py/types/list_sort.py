# sort with key and reverse; stability
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
w = words[:]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted(nums), nums)
print(sorted("hello"), sorted((3, 1, 2), reverse=True), sorted({"b": 1, "a": 2}))
mixed = [3.5, 1, 2.25, True, 0]
mixed.sort()
print(mixed)
r = [1, 2, 3].sort()
print(r)
data = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 3}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print(sorted([[2, 1], [1, 2], [1, 1]]))
