# partition, rpartition
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
print("".partition("x"))
text = "first line\nsecond line\n\nfourth"
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line))
