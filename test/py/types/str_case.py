# case conversions
s = "hello World of PYTHON 3x"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="|")
print("they're bill's".title(), "ABC".capitalize(), "aBC dEF".capitalize(), "".upper())
print("ß".upper(), "İ".lower() == "i̇", "Straße".lower())
print("hello".upper().lower(), "MiXeD".swapcase().swapcase())
print("a1b2".upper(), "x-y_z".title())
print("hello"[0].upper() + "hello"[1:])
print("Casefold".casefold(), "ǅ".lower(), "ǆ".title())
