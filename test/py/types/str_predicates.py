# is* predicates
tests = ["123", "abc", "abc123", "   ", "", "ABC", "abc", "Abc", "a b", "12.5", "\t\n", "ÀÉ", "٣"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
print("Hello World".istitle(), "hello world".istitle(), "x1".isidentifier(), "1x".isidentifier())
print("123".isdecimal(), "123".isnumeric(), "½".isnumeric(), "½".isdigit())
print("abc".isascii(), "é".isascii(), "A1!".isupper(), "a1!".islower())
