# is vs == on small ints, strings, None, containers; dict ordering; truthiness.
a = 256
b = 256
print(a is b, a == b)
c = [1, 2]
d = [1, 2]
print(c == d, c is d, c is c[:], c == c[:])
print(None is None, type(None)() is None, bool(None), [] is not [])
s1 = "hello"
s2 = "hel" + "lo"
print(s1 == s2, s1 is "hello" if False else "skip", len(s1) == len(s2))
t1 = ()
t2 = ()
print(t1 is t2, tuple() is (), frozenset() == set())
x = object()
print(x is x, x == x, x != object())

d = {}
d['banana'] = 3
d['apple'] = 1
d['cherry'] = 2
print(list(d), list(d.values()), list(d.items()))
del d['banana']
d['banana'] = 9
print(list(d))
d['apple'] = 100
print(d)
print({**d, 'apple': 0, 'date': 4}, d | {'z': 26}, {1: 'a', True: 'b', 1.0: 'c'})
print(dict(sorted(d.items(), key=lambda kv: kv[1])), list(reversed(d)), next(iter(d)))
print(dict(zip("xyz", range(3))), dict([('a', 1), ('b', 2)]), dict(a=1, b=2) == {'b': 2, 'a': 1})
od = {3: 'c', 1: 'a', 2: 'b'}
print(list(od.keys()), sorted(od), od.popitem(), od)
vals = [0, 0.0, '', [], {}, (), set(), None, False, 'a', [0], 1, -1, 0.1, ' ']
print([bool(v) for v in vals])
print([v for v in vals if v], len([v for v in vals if not v]))
print(0 or '' or [] or 'last', 1 and 2 and 3, 0 and crash if False else 'short', None or 0)
print((1 or 2), (0 and 2), ([] or {}), ('' and 'x'), not [], not [0])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Sized()), Falsy() or "alt", [] == False, 0 == False, '' == False)
print(1 in [1.0], 'a' in 'abc', 'ab' in 'abc', 'ac' in 'abc', [1] in [[1], 2], 3 not in {3: 4})
print(isinstance(True, int), type(True) is int, True == 1, True is 1 if False else 'skip', hash(1) == hash(1.0) == hash(True))
print({0: 'a', 0.0: 'b', False: 'c'}, len({1, 1.0, True}), {1, 2} == {2, 1}, [1, 2] == [2, 1])
import sys
print(sys.intern("abc") is sys.intern("abc"), sys.maxsize > 2 ** 62)
