# no stdin directive: stdin is empty, so input() raises EOFError immediately
try:
    input("prompt: ")
except EOFError:
    print()
    print("EOFError")
