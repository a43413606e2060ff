# 3.14: math domain errors got specific messages in 3.14 (python3.11 and 3.13 print "math domain error" for all)
import math
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.sqrt(-2.5)
except ValueError as e:
    print(e)
try:
    math.pow(0.0, -1.0)
except ValueError as e:
    print(e)
