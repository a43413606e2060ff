# bytes: literals, indexing gives ints, slicing, decode, repr
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"a\x00\xff\n", b"'quote'", b'"dq"', bytes(3), bytes([65, 66, 67]))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b + b" world", b * 2)
print(b"ell" in b, 104 in b, b == b"hello", b < b"help", b.upper(), b.split(b"l"))
print(list(b"abc"), [x for x in b"AZ"], b.find(b"l"), b.count(b"l"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("48 69"), b"x".join([b"a", b"b"]), b"  pad ".strip())
print(b"" == bytes(), bool(b""), bool(b"\x00"), b"abc"[1:2] == b"b")
