# args: one two
# sys: argv, stdout.write, stderr, recursion limit, maxsize, version
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0].endswith("sys_basic.py"))
n = sys.stdout.write("direct write\n")
print(n)
sys.stderr.write("to stderr\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize)
print(sys.version.startswith("3."), type(sys.version).__name__)
print(sys.stdout is not sys.stderr, hasattr(sys, "exit"))
def deep(n):
    return n if n == 0 else deep(n - 1)
sys.setrecursionlimit(3000)
print(deep(2500))
sys.setrecursionlimit(1000)
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError caught")
