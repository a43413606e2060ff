# tuples
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (5,), tuple(), tuple("ab"), tuple([1, 2]))
print(t + (4, 5), t * 2, 2 in t, 9 not in t, t.index(2), (1, 1, 2).count(1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 2) == (1, 2), () < (0,))
a, b, c = t
print(a, b, c)
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), [3, 4], "s", (None,))
print(nested, nested[1][0])
nested[1].append(5)
print(nested)
print(hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): "yes"})
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(tuple(range(5)), tuple(x * x for x in range(4)))
u = t
t += (4,)
print(t, u, t is u)
print(repr((1,)), str(("a", 'b"c')))
