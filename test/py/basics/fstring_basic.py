# f-strings: expressions, conversions, nesting, escapes
name = "World"
n = 42
items = [1, 2, 3]
d = {"k": "v"}
print(f"Hello, {name}!", f"{n + 1}", f"{items[1]}", f"{d['k']}", f"{len(items)}", f"{name.lower()}")
print(f"{name!r}", f"{name!s}", f"{'quote'!r}", f"{n!r}", f"{items!r}")
print(f"{{braces}} {n}", f"{n}{n}", f"{'nested ' + name}", f"{3 * 'ab'}")
print(f"{n=}", f"{n + 1 = }", f"{name=!s}")
x = 3.14159
w = 10
p = 3
print(f"[{x:{w}.{p}f}]", f"[{name:>{w}}]", f"[{n:{'*'}^{w}}]")
print(f"{'a' if n > 0 else 'b'}", f"{[i * 2 for i in items]}", f"{(lambda v: v + 1)(1)}")
print(f"multi {n} and {name} and {x:.1f}", f"")
print(f"{None} {True} {3.0} {1e16} {-0.0}")
print(F"capital F {n}", rf"raw\n{n}", fr"{n}\t")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(f"{P()}", f"{P():xyz}", f"{P()!s}", f"{P()!r}", format(P(), "abc"))
val = 7
print(f"{val:03d}|{val:>3}|{val:<3}|{val:^5}|")
print(f"{'tab':\t>6}")
