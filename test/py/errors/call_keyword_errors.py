# the callee named in ** merge errors, and every positional-only parameter passed by keyword (3.13 output)
# 3.14: written with CPython 3.13 (3.11 words the ** errors differently)
def show(**kw): pass
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
def f(a, b, /, c): pass
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
def g(**k): pass
try:
    g(**[1])
except TypeError as e:
    print(e)
