# open(): write, read back, readlines, iterate, append, with-statement
path = "/tmp/minipy_conformance_builtins_open.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path, "a") as f:
    f.write("\nappended")
f = open(path)
data = f.read()
f.close()
print(data.splitlines(), f.closed)
with open(path, "w") as f:
    print("via print", 1, 2, file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w") as f:
    f.write("")
with open(path) as f:
    print(repr(f.read()))
try:
    open("/tmp/minipy_no_such_dir_xyz/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
except OSError:
    print("OSError")
