# the builtin exception hierarchy
def catch(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
print(catch(lambda: {}["x"]))
print(catch(lambda: [][1]))
print(catch(lambda: "abc"[10]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 5 % 0))
print(catch(lambda: int("z")))
print(catch(lambda: None.x))
print(catch(lambda: undefined_name))
print(catch(lambda: 1 + "a"))
print(catch(lambda: next(iter([]))))
names = [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, NameError, AttributeError,
         StopIteration, RuntimeError, RecursionError, NotImplementedError, UnboundLocalError,
         AssertionError, OverflowError, KeyboardInterrupt, SystemExit, GeneratorExit, Exception]
for c in names:
    print(c.__name__, "->", c.__bases__[0].__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(Exception, BaseException))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(FileNotFoundError, OSError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(bool, Exception))
