# Assignment expressions (walrus) in loops, comprehensions and conditions.
data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 5:
    print(f"list too long ({n} elements)")
print([y for x in data if (y := x * 2) > 20], y)
stack = [1, 2, 3]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines, None)) is not None and line:
    print("line:", line)
print("stopped at", repr(line))
totals = [total := 0] + [total := total + v for v in data]
print(totals, total)
import math
values = [1, 4, 9, 10, 16]
print([(v, r) for v in values if (r := math.isqrt(v)) ** 2 == v])
def first_long(words, k):
    if any(len(found := w) > k for w in words):
        return found
    return None
print(first_long(["a", "bb", "cccc", "dd"], 2), first_long(["a"], 3))
counts = {}
for word in "a b a c b a".split():
    counts[word] = (c := counts.get(word, 0)) + 1
print(counts, c)
print((x := 10) + x, x)
