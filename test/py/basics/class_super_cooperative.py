# cooperative super() through a diamond with keyword arguments; super() in classmethods and properties
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
class Left(Base):
    def __init__(self, left=1, **kw):
        super().__init__(**kw)
        self.left = left
        self.log.append("Left")
class Right(Base):
    def __init__(self, right=2, **kw):
        super().__init__(**kw)
        self.right = right
        self.log.append("Right")
class Child(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Child")
c = Child(left=10, right=20, other=30)
print(c.log, c.left, c.right, c.extra)
class A:
    @classmethod
    def create(cls):
        return "A.create for " + cls.__name__
    @property
    def name(self):
        return "A-name"
    def __repr__(self):
        return "<A-repr>"
class B(A):
    @classmethod
    def create(cls):
        return "B+" + super().create()
    @property
    def name(self):
        return "B/" + super().name
    def __repr__(self):
        return "B" + super().__repr__()
print(B.create(), B().name, repr(B()), A.create())
class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack()
s.push(1).push(2)
print(s, len(s), s[0], isinstance(s, list))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = UpperDict()
u["a"] = 1
print(u, u["A"])
