# math: constants and basic functions
import math
print(math.pi, math.e, math.inf, -math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.floor(5), math.ceil(10 ** 20))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.fabs(-3), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.hypot(3, 4), math.hypot(5, 12), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(4, 0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isinf(math.inf), math.isnan(float("nan")), math.isfinite(1.0), math.isnan(1.0))
print(math.pow(2, 10), math.exp(0), math.fmod(7, 3), math.fmod(-7, 3), math.degrees(math.pi), math.radians(180))
