import sys
print(sys.argv[1:], len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0].endswith("argv_none.py"))
