# args: alpha "two words" 3 --flag
# sys.argv[0] is the script path exactly as given on the command line
import sys
print(sys.argv[0])
print(sys.argv[1:])
print(len(sys.argv))
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
print(int(sys.argv[3]) * 2)
