# skip: helper module imported by import_*.py tests
print("helper_mod_util: importing, __name__ =", __name__)
CONST = 42
_private = "hidden"
items = []
def add(a, b):
    return a + b
def register(x):
    items.append(x)
    return len(items)
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello " + self.name
if __name__ == "__main__":
    print("helper_mod_util: this must not run on import")
