# SyntaxError from exec() and eval() is an exception the program can catch, with CPython's attributes.
for src in ["x = (1 +\n", "def f(:\n  pass", "if x:\npass", "a = 1\nb = = 2\n", "\tx = 1\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, "|", e, "|", repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno)
        print(isinstance(e, SyntaxError), e.filename, e.args[0] == e.msg)

for src in ["1+", "(1,", "1 +\n2 +", "[1, 2"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), "|", repr(e.msg), e.lineno, e.filename)

def check(s):
    try:
        exec(s)
        return "ok"
    except SyntaxError as e:
        return "error on line %d" % e.lineno

print(check("x = 1"), check("for"), check("x = 1\ny = 2\nz = )"))
try:
    exec("return 5")
except SyntaxError as e:
    print(e)
print("done")
