# __eq__ __lt__ __hash__ __repr__ __str__ __bool__ __call__
class Card:
    order = "23456789TJQKA"
    def __init__(self, rank):
        self.rank = rank
    def __repr__(self):
        return "Card(" + repr(self.rank) + ")"
    def __str__(self):
        return self.rank + "!"
    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank
    def __lt__(self, other):
        return self.order.index(self.rank) < self.order.index(other.rank)
    def __hash__(self):
        return hash(self.rank)
cards = [Card("K"), Card("2"), Card("A"), Card("T")]
print(sorted(cards), max(cards), min(cards))
print(str(Card("Q")), repr(Card("Q")), [Card("3")], f"{Card('4')}", "%s %r" % (Card("5"), Card("5")))
print(Card("2") < Card("3"), Card("A") > Card("K"), Card("J") == Card("J"), Card("J") != Card("Q"))
print(len({Card("A"), Card("A"), Card("K")}), {Card("A"): 1}[Card("A")])
print(Card("7") in cards, Card("2") in cards)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError:
    print("TypeError: unhashable once __eq__ is defined")
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(True) else "no", not Flag(False))
class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
m = Mul(3)
print(m(2), m(2, y=5), callable(m), callable(Card("2")), list(map(m, [1, 2])))
class OnlyStr:
    def __str__(self):
        return "only-str"
print(OnlyStr(), str(OnlyStr()))
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) is Eq(1))
