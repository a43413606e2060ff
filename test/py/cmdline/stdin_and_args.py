# args: 3
# stdin: first\nsecond\nthird\nfourth\n
import sys
n = int(sys.argv[1])
lines = []
for _ in range(n):
    lines.append(input())
print(lines)
print(input().upper())
try:
    input()
except EOFError:
    print("EOF")
