# pass, del, assert
def nothing():
    pass
class Empty:
    pass
print(nothing(), type(Empty()).__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = [0, 1, 2, 3]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class P:
    pass
p = P()
p.attr = 1
del p.attr
print(hasattr(p, "attr"))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print("NameError:", e)
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("bare AssertionError", repr(e), e.args)
