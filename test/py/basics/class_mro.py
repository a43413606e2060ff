# multiple inheritance and the MRO
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()
print([k.__name__ for k in D.__mro__])
print(D().who(), D().chain())
print(D.__mro__ == (D, B, C, A, object), D.mro() == list(D.__mro__))
class E(C, B):
    pass
print([k.__name__ for k in E.__mro__], E().who(), E().chain())
class Mixin:
    def hello(self):
        return "hi from " + type(self).__name__
class Thing(Mixin, D):
    pass
print([k.__name__ for k in Thing.__mro__], Thing().hello(), Thing().chain())
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])
try:
    class Bad(X, Z):
        pass
except TypeError:
    print("TypeError: inconsistent MRO")
class Init1:
    def __init__(self):
        print("Init1")
        super().__init__()
class Init2:
    def __init__(self):
        print("Init2")
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print("Both")
        super().__init__()
Both()
