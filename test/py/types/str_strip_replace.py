# strip family, replace
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("www.example.com".strip("cmowz."))
print("hello world".replace("o", "0"), "aaaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "hello".replace("xyz", "q"), "aaa".replace("aa", "b"))
print("a.b.c".replace(".", ".."), "tab\there".replace("\t", " "))
print(repr("".strip()), repr("   ".strip()))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 1))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
