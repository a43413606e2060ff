# math errors whose messages agree between python3.11 and 3.14
import math
for fn, args in [(math.pow, (0.0, -1.0)), (math.fmod, (1.0, 0.0))]:
    try:
        fn(*args)
    except ValueError as e:
        print(fn.__name__, "ValueError:", e)
for fn, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -2.5), (math.acos, 2), (math.log10, -1), (math.factorial, -1)]:
    try:
        fn(arg)
        print("no error")
    except ValueError:
        print(fn.__name__, "raises ValueError")
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__)
try:
    math.sqrt("4")
except TypeError:
    print("TypeError for str argument")
print(math.isqrt(99), math.gcd(), math.gcd(7))
