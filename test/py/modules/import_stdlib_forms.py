# import forms with builtin modules
import math as m
from math import sqrt, pi as PI
from collections import deque as Q, Counter
import sys, os
print(m.sqrt(9), sqrt(16), PI == m.pi, Q([1]).pop(), Counter("aa")["a"])
print(type(sys).__name__, m.__name__, os.__name__)
def local_import():
    import random as r
    r.seed(1)
    return r.randint(1, 10)
print(local_import())
import math
print(math is m)
