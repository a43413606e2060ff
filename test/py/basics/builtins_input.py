# stdin: Alice\n42\nthree words here\n
# input() reads a line from stdin; the prompt goes to stdout
name = input()
age = int(input("age? "))
print()
rest = input("> ").split()
print("name:", name, "age next year:", age + 1, "words:", rest)
try:
    input()
except EOFError:
    print("EOFError at end of input")
