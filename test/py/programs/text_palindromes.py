# Palindromes, anagrams, and string manipulations.
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best

phrases = ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "No 'x' in Nixon"]
for p in phrases:
    print(f"{p!r:40} -> {is_palindrome(p)}")
print(longest_palindrome("babad"), longest_palindrome("cbbd"), longest_palindrome("forgeeksskeegfor"))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault(''.join(sorted(w)), []).append(w)
for key, grp in groups.items():
    print(key, grp)
print(sorted(groups.values(), key=len, reverse=True)[0])

s = "Hello World"
print(s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[100:], s[-100:2])
print(s.swapcase(), s.title(), s.lower().capitalize(), s.casefold())
print(' '.join(w[::-1] for w in s.split()))
print(s.zfill(15), s.ljust(15, '*'), s.rjust(15, '-'), s.center(16, '='))
print(s.startswith(('He', 'Wo')), s.endswith('ld'), s.index('o'), s.rindex('o'))
print("Mississippi".count("ss"), "Mississippi".replace("ss", "SS"), "Mississippi".split("s"))
print("  spaces   everywhere  ".split(), "a\tb\nc".split(), "1,2,,3".split(","))
print("".join(sorted("python")), "-".join("abc"), "x".join([]))
print("abc" * 3, "abc" < "abd", "B" < "a", "apple" > "app", max("hello"), min("hello"))
vowels = sum(1 for c in "Programming Language" if c in "aeiouAEIOU")
print(vowels)
print("%s has %d chars and %.1f%% vowels" % ("text", 4, 25.0))
print("%5s|%-5s|%05d|%x|%o|%e" % ("ab", "cd", 42, 255, 8, 12345.678))
print(str(123).isdigit(), "12a".isdigit(), "abc".isalpha(), "   ".isspace(), "Title Case".istitle())
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n"), repr("\x00\u00e9"))
