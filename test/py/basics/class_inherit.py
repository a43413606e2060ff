# single inheritance, overriding, super()
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def kind(self):
        return "big " + super().kind()
    def speak(self):
        return super().speak().upper()
for a in (Animal("generic"), Cat("Tom"), Lion("Leo", "east")):
    print(type(a).__name__, a.speak(), a.kind())
l = Lion("Simba", "west")
print(l.pride, isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal), issubclass(Animal, Lion))
print(Lion.__bases__[0].__name__, Cat.__base__.__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Lion.__mro__])
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
class Explicit(Lion):
    def kind(self):
        return "explicit " + Lion.kind(self) + " / " + super(Lion, self).kind()
print(Explicit("x", "y").kind())
print(issubclass(bool, int), issubclass(int, object), isinstance(Cat, type), issubclass(Cat, (int, Animal)))
