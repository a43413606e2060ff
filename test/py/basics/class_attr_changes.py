# Class attributes and methods that change after use: every lookup sees the class as it is now (minipy caches
# class attribute lookups; any change to a class namespace, or a new class, must invalidate them).
class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    pass


c = Child()
print(c.greet(), c.kind)

# rebinding a method on the base class after it was looked up through the subclass
def greet2(self):
    return "hello again"
Base.greet = greet2
print(c.greet())

# shadowing in the subclass, then removing the shadow
Child.greet = lambda self: "child's own"
print(c.greet())
del Child.greet
print(c.greet())

# a class attribute that did not exist when it was first looked for
print(hasattr(c, "late"), getattr(c, "late", "absent"))
Base.late = 42
print(hasattr(c, "late"), c.late)
del Base.late
try:
    c.late
except AttributeError as e:
    print("AttributeError:", e)

# setattr with names built at run time (not identifiers in the source)
for i in range(3):
    setattr(Base, "attr_" + str(i), i * 10)
print([getattr(c, "attr_" + str(i)) for i in range(3)])
delattr(Base, "attr_1")
print([hasattr(c, "attr_" + str(i)) for i in range(3)])

# class-level counter updated in a loop
class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return self.count

k = Counter()
for _ in range(1000):
    k.bump()
print(Counter.count, k.count)

# instance attribute vs. a class attribute added later with the same name
k.value = "instance"
Counter.value = "class"
print(k.value)
del k.value
print(k.value)

# a data descriptor (property) added to a class after instances used a plain attribute
class P:
    pass

p = P()
p.x = 1
print(p.x)
P.x = property(lambda self: "property wins")
print(p.x)

# many classes made and dropped in a loop: each call's class has its own method (the memory of a dropped
# class may be reused for the next one)
def make(n):
    class K:
        def who(self):
            return n
    return K()

print([make(i).who() for i in range(20)])

# dunder methods changed after use
class V:
    def __len__(self):
        return 1

v = V()
print(len(v))
V.__len__ = lambda self: 2
print(len(v))

# methods inherited through several levels, with a middle class changed
class A:
    def f(self):
        return "A"
class B(A):
    pass
class C(B):
    pass
x = C()
print(x.f())
B.f = lambda self: "B"
print(x.f())
A.f = lambda self: "A2"
print(x.f())
del B.f
print(x.f())
