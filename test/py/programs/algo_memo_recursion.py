# Memoized recursion: fibonacci, catalan, grid paths, collatz.
import functools
import sys

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

@functools.cache
def catalan(n):
    if n <= 1:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))

@functools.lru_cache(maxsize=128)
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

def collatz_len(n, cache={1: 1}):
    if n in cache:
        return cache[n]
    nxt = n // 2 if n % 2 == 0 else 3 * n + 1
    cache[n] = 1 + collatz_len(nxt)
    return cache[n]

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, src='A', dst='C', via='B', moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

print([fib(i) for i in range(20)])
print(fib(150))
print([catalan(i) for i in range(12)])
print(grid_paths(10, 10), grid_paths(16, 16))
info = grid_paths.cache_info()
print(info.maxsize, info.currsize <= 128)
best = max(range(1, 10000), key=collatz_len)
print(best, collatz_len(best))
print(ackermann(2, 3), ackermann(3, 3))
moves = hanoi(4)
print(len(moves), moves[:5])
print(len(hanoi(10)))

def power_set_count(n):
    return 1 if n == 0 else 2 * power_set_count(n - 1)
print(power_set_count(64))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
old = sys.getrecursionlimit()
print(old >= 1000)

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]], 6], [[7]], []]))
