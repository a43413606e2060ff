# bare raise re-raises; nested handlers
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("inner handler, re-raising")
        raise
try:
    inner()
except ValueError as e:
    print("outer got", repr(e))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise IndexError("b")
        except IndexError:
            print("handled b")
        print("still in a handler")
        raise
except KeyError as e:
    print("re-raised a after nested", repr(e))
def wrap():
    try:
        return 1 / 0
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e
try:
    wrap()
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        saved = first
        raise TypeError("second")
except TypeError as second:
    print(second.__context__ is saved, repr(second.__context__))
def raiser(exc):
    raise exc
for exc in (ValueError("v"), KeyError("k"), StopIteration):
    try:
        raiser(exc)
    except (ValueError, KeyError) as e:
        print("tuple caught", type(e).__name__)
    except Exception as e:
        print("generic caught", type(e).__name__)
err = ValueError("reuse")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
try:
    raise ValueError("with traceback")
except ValueError as e:
    print(e.__traceback__ is not None)
