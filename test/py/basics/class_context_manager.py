# __enter__ / __exit__: with statements, suppression, exceptions passing through
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
def early():
    with CM("ret"):
        return "returned"
print(early())
for n in range(3):
    with CM("loop" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
with CM("nested1", suppress=True):
    with CM("nested2"):
        1 / 0
print("done")
