# raise X from Y, __cause__, __context__, __suppress_context__
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__.args)
err = None
try:
    raise IndexError("i")
except IndexError as e:
    err = e
print(err.__cause__, err.__context__, type(err).__name__)
