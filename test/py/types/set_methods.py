# set methods
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s)
s.remove(4)
s.discard(99)
s.discard(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.update([5, 6], {7})
print(s)
print(s.union({8}), s.intersection({1, 5, 9}), s.difference({1, 2}), s.symmetric_difference({1, 10}))
print(s.issubset({1, 2, 5, 6, 7, 8}), s.issuperset({1, 2}), s.isdisjoint({100}), s.isdisjoint({1}))
c = s.copy()
c.clear()
print(c, s)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError:
    print("pop from empty set")
s.intersection_update({1, 2, 5})
print(s)
s.difference_update({1})
print(s)
s.symmetric_difference_update({5, 0})
print(s)
