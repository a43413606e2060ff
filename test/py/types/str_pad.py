# center, ljust, rjust, zfill, expandtabs
print("[" + "hi".center(7) + "]", "[" + "hi".center(8, "*") + "]", "[" + "hello".center(3) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5) + "]", "[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "12345".zfill(3), "".zfill(2), "abc".zfill(5))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "12345\t1".expandtabs(4), repr("\t".expandtabs(2)))
print("x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"))
for w in range(1, 6):
    print(str(w).rjust(3), str(w * w).ljust(3), "|")
