# math: logs and trig
import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1000))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log10(0.001))
print(math.log2(2 ** 200), math.log(2 ** 1000) > 693)
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), math.sin(1), math.cos(1))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi / 2), 10), math.tan(0), math.atan(1) * 4 == math.pi)
print(math.asin(1), math.acos(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.exp(1) == math.e, math.exp(2), math.sqrt(math.pi))
vals = [math.floor(x * 1.5) for x in range(-3, 4)]
print(vals, sum(math.sqrt(i) for i in range(10)))
