# None
x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, not x, bool(x))
def f():
    pass
print(f(), f() is None)
def g():
    return
print(g())
print([None, None], {None: 1}[None], (None,))
print(None if x else "falsy")
r = print("side")
print(r)
print({}.get("missing"), [].sort())
