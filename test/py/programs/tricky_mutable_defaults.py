# Mutable default arguments, late binding closures, and aliasing.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))

def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(counter(), counter(), counter({}), counter())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
funcs = []
for i in range(3):
    def f():
        return i * 10
    funcs.append(f)
i = 100
print([f() for f in funcs])

def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 'final'
    return fs
print([f() for f in make()])

a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
s = "ab"
s2 = s
s2 += "c"
print(s, s2)
x = [[]] * 3
x[0].append('!')
print(x)
y = [[] for _ in range(3)]
y[0].append('!')
print(y)
d = dict.fromkeys("abc", [])
d['a'].append(1)
print(d)
orig = {'k': [1, 2]}
shallow = dict(orig)
shallow['k'].append(3)
shallow['j'] = 0
print(orig, shallow)
lst = [1, 2, 3, 4, 5, 6]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
nums = [1, 2, 3]
try:
    for k in {1: 'a', 2: 'b'}.copy():
        pass
    dd = {1: 'a'}
    for k in dd:
        dd[k + 1] = 'x'
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ss = {1, 2}
    for e in ss:
        ss.add(e + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
class Cls:
    shared = []
    def __init__(self, v):
        self.shared.append(v)
        self.own = [v]
c1, c2 = Cls(1), Cls(2)
print(c1.shared, c2.own, Cls.shared is c1.shared)
c1.shared = ['rebound']
print(c1.shared, c2.shared, Cls.shared)
