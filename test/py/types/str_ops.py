# str operators: + * in comparison, iteration, conversions
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, repr(a * -1))
print(a < b, a > b, a == "foo", a != b, a <= "foo", "Z" < "a")
print("oo" in a, "x" in a, "" in a)
print(len(a + b), (a + b)[2:4])
acc = ""
for ch in "stressed":
    acc = ch + acc
print(acc)
print(str(42), str(-1.5), str([1, "a"]), str(("x",)), str(None), str(True))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\\"))
print(repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(ord("A"), chr(97), ord("€"), chr(8364), [ord(c) for c in "hi"])
s = "ab"
s += "cd"
s *= 2
print(s)
print("%s and %s" % ("x", "y"), "-".join(map(str, [1, 2, 3])))
print("abc".__len__(), "a,b".split(",")[1])
multi = """line one
line two"""
print(multi, len(multi))
print("con" "cat", r"raw\n", len(r"\n"))
