# exit: 1
# stderr:
# Position markers across frames: calls are marked func~ (args)^; `name = f(...)` and `return f(...)` spanning the
# whole statement get no markers; a call nested in another call or a binary operation marks only the inner call.
def inner(v):
    return 10 // v

def middle(v):
    total = inner(v) + 1
    return total

def outer(v):
    result = middle(v)
    return result

print(str(outer(0)))
