# Object lifetime: __del__ on refcount drop, generator cleanup on early exit, and cleanup ordering.
class Connection:
    open_count = 0

    def __init__(self, name):
        self.name = name
        Connection.open_count += 1
        print(f"open {name} (open={Connection.open_count})")

    def __del__(self):
        Connection.open_count -= 1
        print(f"close {self.name} (open={Connection.open_count})")

def use_temporarily():
    c = Connection("temp")
    return c.name.upper()

print(use_temporarily())
pool = [Connection(f"pool{i}") for i in range(3)]
pool.pop(1)
print("popped one")
pool = None
print("pool dropped")
a = Connection("a")
b = a
del a
print("a deleted, b still holds it")
b = Connection("replacement")
print("b rebound")
registry = {"k": Connection("in-dict")}
registry["k"] = "string now"
print("dict entry replaced")

def rows():
    conn = Connection("cursor")
    try:
        for i in range(10):
            yield i
    finally:
        print("cursor finally")

for r in rows():
    if r == 2:
        break
print("loop exited early")
print(next(x for x in rows() if x > 0))
print("first() done")
gen = rows()
print(next(gen), next(gen))
gen = None
print("generator dropped")

class Node:
    def __init__(self, label, child=None):
        self.label = label
        self.child = child
    def __del__(self):
        print("free", self.label)
chain = Node("root", Node("mid", Node("leaf")))
chain = None
print("chain freed")
b = None
print("end", Connection.open_count)
