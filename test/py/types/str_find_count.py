# find/rfind/index/count/startswith/endswith/in
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("zzz"), s.rfind("hello"), s.rfind("o"))
print(s.index("world"), s.rindex("l"), s.find("o", 5, 10), s.find(""), s.rfind(""))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("o", 0, 8))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("python"), s.endswith("hello"), s.endswith(("on", "zz")), s.endswith("hello", 0, 5))
print("world" in s, "World" in s, "" in s, "z" not in s)
try:
    s.index("nope")
except ValueError as e:
    print("ValueError", e)
print("abc" < "abd", "abc" < "ab", "B" < "a", "abc" == "abc", "a" * 3 < "aab")
print(max("hello"), min("hello"), sorted("hello"))
