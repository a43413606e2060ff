# return inside try/finally; exceptions in handlers
# (3.14 warns "'return' in a 'finally' block" on stderr at compile time; stderr is not checked here)
def f1():
    try:
        return "try"
    finally:
        print("f1 finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally wins"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f4())
def f5():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("from handler")
    except TypeError as e:
        return "caught " + str(e) + " context=" + repr(e.__context__)
print(f5())
def f6():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f6()
def f7():
    for i in range(3):
        try:
            return i
        finally:
            print("finally in loop", i)
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("f8 finally")
print(f8())
def f9():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(f9())
