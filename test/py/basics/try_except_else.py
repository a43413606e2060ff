# try / except / else / finally orderings
def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise KeyError("k")
        log.append("try end")
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for x in (0, 1, 2):
    print(run(x))
try:
    pass
finally:
    print("finally without except")
try:
    int("x")
except:
    print("bare except")
try:
    [][0]
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise TypeError("t")
except ValueError:
    print("not here")
except TypeError:
    print("second handler")
e = "outer"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError:
    print("name bound by 'as' is deleted after the handler")
def in_loop():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(in_loop())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
