# annotations on parameters, returns and variables (evaluated names exist here)
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, b=5))
count: int = 5
label: str
print(count)
try:
    print(label)
except NameError as e:
    print("NameError:", e)
class Box:
    size: int = 3
    name: str
    def __init__(self, v: list) -> None:
        self.v: list = v
b = Box([1])
print(b.size, b.v, hasattr(Box, "name"))
def kw(*args: int, flag: bool = False, **rest: str) -> tuple:
    return args, flag, rest
print(kw(1, 2, flag=True, x="y"))
lam = lambda q: q
print(lam(7))
x: list = []
x.append(1)
print(x)
