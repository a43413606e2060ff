# exit: 1
# stderr:
# No markers when the failing range is the whole statement and has no operator/brackets to point at: an attribute
# statement, a raise, `return f(...)` / `x = f(...)`; but `f()` alone and `1 / x` alone keep their anchors.
class A:
    pass

def fail():
    raise ValueError("whole line")

def wrap():
    return fail()

def top():
    value = wrap()
    return value

try:
    A().missing
except AttributeError as e:
    print("caught", e)
top()
