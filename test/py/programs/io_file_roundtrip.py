# Writing and reading a temporary file: modes, iteration, seek/tell, with-statement closing.
import os

path = os.path.join("/tmp", f"minipy_prog_io_{os.getpid()}.txt")
lines = ["first line", "second: 2", "third\twith tab", "", "last"]
with open(path, "w") as f:
    for ln in lines:
        f.write(ln + "\n")
    print("written", f.closed)
print("closed", f.closed, os.path.exists(path), os.path.getsize(path))

with open(path) as f:
    content = f.read()
print(repr(content[:25]), len(content), content.count("\n"))

with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))

with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())

with open(path, "a") as f:
    print("appended via print", file=f)
    f.writelines(["x\n", "y\n"])
with open(path) as f:
    all_lines = f.read().splitlines()
print(all_lines[-3:], len(all_lines))

with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, data[:10], len(data))
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
with open(path, "rb") as f:
    b = f.read()
print(repr(s), len(s), len(b), b)
words = {}
with open(path, "w") as f:
    f.write("the cat the hat\nthe end\n")
with open(path) as f:
    for line in f:
        for w in line.split():
            words[w] = words.get(w, 0) + 1
print(words)
os.remove(path)
print(os.path.exists(path))
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
