# modes: gil nogil
# Four threads apply random operations (fixed seeds) to shared lists, dicts, sets, a deque, an instance, its
# class, a generator, iterators, a function's defaults and an exception, and rebind the objects themselves.
# Racy by design: results may be wrong under --gil=off, but never a crash, a freed object or a leak.
import threading, random, sys, collections
SEEDS = (1, 7)
class P:
    cls_attr = (0, 0)
    def __init__(self): self.a = (1, -1)
    def meth(self): return self.a
def fgen():
    i = 0
    while True:
        yield (i, -i)
        i += 1
S = {
    'l': [(i, -i) for i in range(20)], 'd': {i: (i, -i) for i in range(20)}, 's': set(range(20)),
    'dq': collections.deque([(0, 0)], maxlen=30), 'o': P(), 'g': fgen(), 't': ((1, -1),) * 5,
    'e': KeyError("x"), 'it': iter([(i, -i) for i in range(10**5)]),
}
def f(x=(0, 0)): return x
def good(v): return type(v) is tuple and len(v) == 2 and v[0] == -v[1]
OPS = [
    lambda r: S['l'].append((r, -r)), lambda r: S['l'].pop(0) if S['l'] else None,
    lambda r: S['l'].__setitem__(r % 10, (r, -r)) if len(S['l']) > 10 else None,
    lambda r: good(S['l'][r % len(S['l'])]) if S['l'] else None,
    lambda r: S['d'].__setitem__(r % 40, (r, -r)), lambda r: S['d'].pop(r % 40, None),
    lambda r: good(S['d'].get(r % 40, (0, 0))), lambda r: list(S['d'].items())[:3],
    lambda r: S['s'].add(r % 40), lambda r: S['s'].discard(r % 40), lambda r: len([x for x in S['s']]),
    lambda r: S['dq'].append((r, -r)), lambda r: S['dq'].popleft() if S['dq'] else None,
    lambda r: setattr(S['o'], 'a', (r, -r)), lambda r: good(S['o'].meth()),
    lambda r: setattr(P, 'cls_attr', (r, -r)), lambda r: good(S['o'].cls_attr),
    lambda r: setattr(P, 'meth', (lambda self: (r, -r)) if r % 2 else (lambda self: self.a)),
    lambda r: next(S['g']), lambda r: next(S['it'], None),
    lambda r: setattr(f, '__defaults__', ((r, -r),)), lambda r: good(f()),
    lambda r: setattr(S['e'], 'args', (r,)), lambda r: str(S['e']),
    lambda r: S.__setitem__('l', [(i, -i) for i in range(r % 20)]),
    lambda r: S.__setitem__('it', iter([(i, -i) for i in range(50)])),
    lambda r: S.__setitem__('g', fgen()), lambda r: S['t'][r % 5],
    lambda r: sorted(S['d'].keys())[:2], lambda r: {**S['d']}, lambda r: sum(len(v) for v in S['dq']),
]
def worker(k):
    # seed: the global set by the loop at the bottom
    rnd = random.Random(seed * 100 + k)
    for r in range(4000):
        op = OPS[rnd.randrange(len(OPS))]
        try:
            op(r)
        except (ValueError, RuntimeError, IndexError, KeyError, StopIteration):
            pass
for seed in SEEDS:
    ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print("seed", seed, "ok")
