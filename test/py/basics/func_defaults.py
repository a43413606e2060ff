# default arguments, including the mutable default gotcha
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
n = 10
def default_evaluated_once(x=n):
    return x
n = 20
print(default_evaluated_once())
def count_calls(_cache={"calls": 0}):
    _cache["calls"] += 1
    return _cache["calls"]
count_calls(); count_calls()
print(count_calls())
print(append_to.__defaults__ is not None, greet.__name__)
