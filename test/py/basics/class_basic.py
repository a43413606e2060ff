# classes: __init__, methods, class vs instance attributes
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = list(tricks or [])
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def describe(self):
        return self.name + " knows " + ", ".join(self.tricks)
a = Dog("Rex")
b = Dog("Fido", ["sit"])
a.add_trick("roll").add_trick("beg")
print(a.describe(), "|", b.describe())
print(Dog.count, a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
print(type(a).__name__, type(a) is Dog, Dog.__name__, isinstance(a, Dog))
m = a.describe
print(m(), Dog.describe(b))
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
p = Point(3, 4)
p.z = 5
print(p.x, p.y, p.z, sorted(vars(p).items()), p.__dict__ == {"x": 3, "y": 4, "z": 5})
print(getattr(p, "x"), getattr(p, "w", "none"), hasattr(p, "y"))
