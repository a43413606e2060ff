# 3.14: sum() of floats uses Neumaier compensated summation (3.12+); python3.11 prints False / 0.9999999999999999
print(sum([0.1] * 10) == 1.0)
print(sum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]))
print(sum([1, 2, 3.5]), sum([0.5, 0.5]), sum(range(5), 0.0))
