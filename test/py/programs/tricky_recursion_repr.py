# Recursive containers, RecursionError handling, deep structures, big ints as strings.
a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)

def depth(n):
    return 1 + depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f"Node({self.val}, {self.children})"
        return f"Node({self.val})"
    def total(self):
        return self.val + sum(c.total() for c in self.children)
    def height(self):
        return 1 + max((c.height() for c in self.children), default=0)

tree = Node(1, [Node(2, [Node(4), Node(5)]), Node(3, [Node(6, [Node(7)])])])
print(tree)
print(tree.total(), tree.height())

def walk(node, depth=0):
    yield depth, node.val
    for c in node.children:
        yield from walk(c, depth + 1)
for dep, val in walk(tree):
    print("  " * dep + str(val))

nested = []
cur = nested
for i in range(50):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
s = str(nested)
print(len(s), s[:30], s.count('['))

big = 3 ** 2000
digits = str(big)
print(len(digits), digits[:20], digits[-20:], sum(map(int, digits)))
print(int(digits) == big, big.bit_length(), len(hex(big)), big % 1000007)
f = 1
for i in range(1, 301):
    f *= i
print(len(str(f)), str(f).rstrip('0')[-10:], len(str(f)) - len(str(f).rstrip('0')))
print(2 ** 1000 // 3 ** 500, -(2 ** 200) // 7 ** 30, (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(divmod(-10 ** 30, 7), pow(-3, 41), abs(-10 ** 25), (-8) ** 21 < 0, 7 ** 0, 0 ** 0)
