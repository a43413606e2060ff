# set operators; small ints print in order in CPython, strings are printed sorted
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a >= {1, 2}, a > {1, 2}, a == {4, 3, 2, 1})
print(3 in a, 9 in a, 9 not in a, len(a), set(), set([1, 1, 2]))
s = {"pear", "apple", "fig"}
t = {"fig", "kiwi"}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 4}
print(c)
c -= {3}
print(c)
c ^= {5, 2}
print(c)
print({x % 3 for x in range(10)}, {c for c in "aab"} == {"a", "b"})
print(sorted({(1, 2), (0, 5)}), {1, 2} == frozenset({1, 2}))
print(set("aabbc") == {"a", "b", "c"}, len(set("mississippi")))
print(sum({1, 2, 3}), max({4, 8, 1}), sorted({3, 1, 2}, reverse=True))
