# Caesar and Vigenere ciphers, rot13, frequency attack.
def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - ord('a') + k) % 26 + ord('a')))
        elif ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)

def vigenere(s, key, decrypt=False):
    res = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            base = 65 if ch.isupper() else 97
            res.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            res.append(ch)
    return ''.join(res)

msg = "Hello, World! The quick brown fox jumps over the lazy dog."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg)
print(caesar(msg, 13))
print(caesar(caesar(msg, 13), 13) == msg)
table = str.maketrans('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
                      'nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM')
print(msg.translate(table) == caesar(msg, 13))
v = vigenere("Attack at dawn!", "LEMON")
print(v, '->', vigenere(v, "LEMON", decrypt=True))

english = 'etaoinshrdlcumwfgypbvkjxqz'
def score(s):
    s = s.lower()
    return sum(26 - english.index(c) for c in s if c in english)

secret = caesar("defend the east wall of the castle at midnight", 11)
print(secret)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print(best, caesar(secret, -best))
print([ord(c) for c in "AZaz09"], ''.join(map(chr, [80, 121, 116, 104, 111, 110])))
atbash = str.maketrans({chr(97 + i): chr(122 - i) for i in range(26)})
print("wizard".translate(atbash), "hello".translate({ord('l'): None, ord('h'): 'J'}))
print(bytes(msg[:5], 'ascii'), msg.encode()[:5].hex(), list(b"abc"))
print(hex(sum(msg.encode())), oct(255), bin(10), format(255, '08b'), f"{48879:#x}")
