# X | Y unions of classes (isinstance, reprs, equality), types.SimpleNamespace and the runtime type names in types.
import types
U = int | str
print(U, int | None, None | int, int | str | int, (int | str) == (str | int), type(U).__name__, U.__args__)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
class A: pass
print(A | None, list | dict[str, int] if False else list | dict, isinstance(A(), A | int), hash(int | str) == hash(str | int))
try: int | 3
except TypeError as e: print(e)
try: isinstance(3, 5)
except TypeError as e: print(e)
ns = types.SimpleNamespace(a=1, b="x"); ns.c = 3
print(ns, ns.a, types.SimpleNamespace(a=1, b="x", c=3) == ns, type(len) is types.BuiltinFunctionType, isinstance(lambda: 0, types.FunctionType))
def g(): yield
print(isinstance(g(), types.GeneratorType), types.NoneType, type(None) is types.NoneType)
def f(x: int | None = None) -> str | None: return x
print(f(3))
