# str(e), repr(e), e.args for builtin exceptions
for e in [ValueError("msg"), ValueError(), ValueError("a", 2), KeyError("k"), KeyError(1), KeyError(),
          IndexError("list index out of range"), TypeError("t"), Exception("x", "y"), RuntimeError(None),
          StopIteration(5), ZeroDivisionError("division by zero"), AttributeError("attr")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    [1, 2][5]
except IndexError as e:
    print(str(e), e.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(str(e), repr(e))
try:
    int("abc")
except ValueError as e:
    print(str(e))
try:
    float("xyz")
except ValueError as e:
    print(str(e))
try:
    undefined_thing
except NameError as e:
    print(str(e))
try:
    (5).nope
except AttributeError as e:
    print(str(e))
try:
    "a" + 1
except TypeError as e:
    print(str(e))
try:
    1 + "a"
except TypeError as e:
    print(str(e))
try:
    len(5)
except TypeError as e:
    print(str(e))
try:
    None()
except TypeError as e:
    print(str(e))
try:
    [1][None]
except TypeError as e:
    print(str(e))
e = ValueError("x")
e.args = ("changed",)
print(str(e))
