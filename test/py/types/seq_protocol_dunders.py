# old-style sequence iteration (__getitem__ until IndexError), reversed() over __len__/__getitem__, and
# __repr__/__str__ returning a non-string
class S:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
    def __len__(self): return 3
print(list(S()), list(reversed(S())))
class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class T:
    def __str__(self): return 5
try: str(T())
except TypeError as e: print(e)
