# string indexing and slicing, including steps and negative steps
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(s[-2:-8:-2], s[100:], s[-100:3], s[5:2], repr(s[5:2]))
print(s[2:100:4], s[::-1][::-1] == s, s[::10])
print(len(s), len(""), len(s[1:4]))
print("x"[0], "hello"[-5])
t = "héllo wörld"
print(t[1], t[::-1], len(t), t.upper())
for ch in "abc":
    print(ch, end=";")
print()
print(list("hey"), [c * 2 for c in "xyz"])
print(s[slice(1, 6, 2)], s[slice(None, None, -3)])
