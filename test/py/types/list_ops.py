# list operators, comparison, nesting, repr, aliasing
a = [1, 2]
b = [3]
print(a + b, a * 3, [0] * 0, [[0] * 2] * 2, a == [1, 2], a != b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2, 3]] == [1, [2, 3]])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
x = [1, "two", 3.0, None, True, [4, (5, 6)], {"k": [7]}]
print(x)
print(repr(x), str(x) == repr(x), len(x))
y = x
y.append("end")
print(len(x), x is y, x[:] is x, x[:] == x)
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" not in ["b"])
print(sum([1, 2, 3]), max([4, 9, 2]), min([4, 9, 2]), list(reversed([1, 2, 3])))
nums = [1, 2, 3, 4, 5, 6]
print([n for n in nums if n % 2], nums[len(nums) // 2])
s = [3, 1, 2]
t = s
s = s + [4]
print(s, t)
s2 = [3, 1, 2]
t2 = s2
s2 += [4]
print(s2, t2)
print([[]] * 3, [[], []] == [[], []], [1, 2, 3][-1])
rec = [1, 2]
rec.append(rec)
print(rec)
