# Recursive Fibonacci: a classic measure of function-call overhead.
# Usage: fib.py [N]   (default 25)
import sys
import time


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def calls(n):
    # fib(n) makes calls(n) = calls(n-1) + calls(n-2) + 1 calls of fib
    a, b = 1, 1
    for i in range(n - 1):
        a, b = b, a + b + 1
    return b if n > 0 else 1


n = 25
if len(sys.argv) > 1:
    n = int(sys.argv[1])

for k in range(0, n + 1, 5):
    print("fib(%d) = %d" % (k, fib(k)))

start = time.perf_counter()
result = fib(n)
elapsed = time.perf_counter() - start
ncalls = calls(n)
print("fib(%d) = %d" % (n, result))
print("%d calls in %.3f s" % (ncalls, elapsed))
if elapsed > 0:
    print("about %.0f calls per second" % (ncalls / elapsed))
