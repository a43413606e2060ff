# hasattr, getattr, setattr, delattr, type, isinstance, issubclass, callable, id, hash
class C:
    cls_attr = "c"
    def method(self):
        return "m"
o = C()
setattr(o, "dyn", 42)
print(hasattr(o, "dyn"), getattr(o, "dyn"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), getattr(o, "method")())
delattr(o, "dyn")
print(hasattr(o, "dyn"), hasattr(C, "method"), hasattr(5, "real"), hasattr("s", "upper"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(()).__name__, type(set()).__name__)
print(type(1.0).__name__, type(None).__name__, type(len).__name__, type(C).__name__, type(o).__name__, type(type).__name__)
print(type(1) is int, type(True) is bool, type(o) is C, type(lambda: 0).__name__, type(range(1)).__name__)
print(isinstance(1, (str, int)), isinstance("s", str), isinstance(o, object), isinstance(None, object), isinstance(1.0, int))
print(issubclass(C, object), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(callable(len), callable(C), callable(o), callable(o.method), callable(1), callable(lambda: 1))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), id(o) == id(o))
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(0.0) == hash(False), hash("a") == hash("a"))
print(hash(0), hash(1), hash(42), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
print(repr("x"), repr(1), repr([1, "a"]), str(b"x"), repr(C.cls_attr))
o2 = object()
print(type(o2).__name__, isinstance(o2, object), object.__name__)
