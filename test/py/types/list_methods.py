# every list method
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend((2, 6))
lst.extend("ab")
print(lst)
lst.insert(0, "first")
lst.insert(-1, "before-last")
lst.insert(100, "end")
print(lst)
lst.remove("a")
lst.remove(1)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst)
print(lst.index(5), lst.count(1), lst.count(42), lst.index(9, 2))
nums = [5, 2, 8, 2, 9, 1]
c = nums.copy()
nums.reverse()
print(nums, c, c is nums)
c.clear()
print(c, len(c))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError:
    print("ValueError from remove")
print([1, 2, 3].index(3), [[1], [2]].index([2]))
x = [1, 2]
x += [3]
x *= 2
print(x)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1}))
