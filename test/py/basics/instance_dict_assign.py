# Assigning and deleting an instance's __dict__ (CPython's subtype_setdict), and a function's __dict__.
class O:
    pass


o = O()
o.x = 1
old = o.__dict__
o.__dict__ = {"y": 2}
print(o.y, vars(o), hasattr(o, "x"), old)
old["x"] = 5  # the old dict is no longer the object's
print(hasattr(o, "x"))

d = {"shared": True}
a, b = O(), O()
a.__dict__ = d
b.__dict__ = d
a.shared = "changed"
print(b.shared, a.__dict__ is b.__dict__)

try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    o.__dict__ = [("k", 1)]
except TypeError as e:
    print("TypeError:", e)


class DD(dict):
    pass


o.__dict__ = DD(z=3)
print(o.z, type(o.__dict__).__name__)

del o.__dict__
print(vars(o))
o.v = 2
print(vars(o))


def f():
    pass


f.__dict__ = {"k": 1}
print(f.k, f.__dict__)
try:
    f.__dict__ = None
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (1,)
print(f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
