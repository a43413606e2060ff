# sys.exit() and sys.exit(0) end the program with status 0; finally blocks still run
import sys
print("before")
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    sys.exit(5)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("code", repr(e.code))
try:
    print("in try")
    sys.exit(0)
finally:
    print("finally still runs")
print("never printed")
