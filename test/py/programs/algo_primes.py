# Prime sieves, factorization, gcd/lcm, perfect numbers.
import math

def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def fmt_factors(f):
    return ' * '.join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    return all(n % d for d in range(3, math.isqrt(n) + 1, 2))

def divisors(n):
    small = [d for d in range(1, math.isqrt(n) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))

primes = sieve(100)
print(len(primes), primes)
print(sum(sieve(10000)))
for n in [360, 97, 1001, 2**10 * 3**5, 600851475143, 1]:
    print(n, '=', fmt_factors(factorize(n)) or '1')
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
print(math.gcd(462, 1071), math.lcm(4, 6, 10), math.gcd(0, 5))
print([p for p in range(1, 60) if is_prime(p)] == sieve(59))
twins = [(p, p + 2) for p in primes if is_prime(p + 2)]
print("twins:", twins)
goldbach = {}
for even in range(4, 40, 2):
    for p in primes:
        if is_prime(even - p):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
print(is_prime(2**31 - 1), is_prime(2**61 - 1) if False else 'skip')
mersenne = [p for p in sieve(31) if is_prime(2**p - 1)]
print("mersenne exponents:", mersenne)
print(2**89 - 1, (2**89 - 1) % 1000003)
