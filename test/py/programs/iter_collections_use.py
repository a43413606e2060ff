# collections in realistic use: deque as queue/window, namedtuple records, OrderedDict LRU, Counter arithmetic.
from collections import deque, namedtuple, OrderedDict, Counter, defaultdict

Card = namedtuple('Card', ['rank', 'suit'])
ranks = [str(n) for n in range(2, 11)] + list('JQKA')
suits = 'spades diamonds clubs hearts'.split()
deck = [Card(r, s) for s in suits for r in ranks]
print(len(deck), deck[0], deck[-1], deck[12].rank, deck[13]._asdict())
value = {r: i for i, r in enumerate(ranks)}
hand = [deck[i] for i in (5, 18, 31, 44, 50)]
print(sorted(hand, key=lambda c: (value[c.rank], c.suit)))
print(Card('A', 'spades')._replace(suit='hearts'), Card._fields, Card._make(['Q', 'clubs']))
rank, suit = hand[0]
print(rank, suit, hand[0] == ('7', 'spades'), isinstance(hand[0], tuple))

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()

    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]

    def put(self, k, v):
        self.data[k] = v
        self.data.move_to_end(k)
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)

cache = LRU(3)
for k in "abcadeb":
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(list(cache.data.items()))

window = deque(maxlen=3)
avgs = []
for x in [1, 5, 2, 8, 3, 9, 4]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs, window)
d = deque([1, 2, 3])
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.appendleft(0); d.extendleft([-1, -2]); print(d, d[0], d[-1], len(d))
print(d.pop(), d.popleft(), d, d.count(1), 3 in d)
c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1 + c2)
print(c1 - c2, c1 & c2)
print(c1 | c2)
print(sorted(c1.elements()), c1.total())
c1.update("aaa"); c1.subtract({'a': 2, 'z': 1})
print(c1, c1['z'])
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 4)]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
nested = defaultdict(lambda: defaultdict(int))
for word in "the cat the hat a cat".split():
    nested[word[0]][word] += 1
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(list)
print(dd['missing'], len(dd), 'other' in dd, dd.get('x'))
