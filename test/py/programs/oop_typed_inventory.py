# Type-hinted code in the modern style: typing imports, TypeVar/Generic containers, Optional returns, aliases.
from typing import Dict, List, Optional, Tuple, TypeVar, Generic, Callable, Iterator, Union, Any
from collections import defaultdict

T = TypeVar("T")
Number = Union[int, float]
Row = Tuple[str, int, float]
Filter = Callable[[Row], bool]

class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}
        self._next_id: int = 1

    def add(self, item: T) -> int:
        item_id = self._next_id
        self._items[item_id] = item
        self._next_id += 1
        return item_id

    def get(self, item_id: int) -> Optional[T]:
        return self._items.get(item_id)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [it for it in self._items.values() if pred(it)]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

class Product:
    def __init__(self, name: str, qty: int, price: Number) -> None:
        self.name = name
        self.qty = qty
        self.price = price

    def value(self) -> float:
        return self.qty * self.price

    def __repr__(self) -> str:
        return f"Product({self.name!r}, qty={self.qty}, price={self.price})"

def summarize(rows: List[Row], keep: Optional[Filter] = None) -> Dict[str, Any]:
    selected = [r for r in rows if keep is None or keep(r)]
    by_letter: Dict[str, List[str]] = defaultdict(list)
    for name, _, _ in selected:
        by_letter[name[0]].append(name)
    return {
        "count": len(selected),
        "units": sum(q for _, q, _ in selected),
        "value": round(sum(q * p for _, q, p in selected), 2),
        "groups": dict(by_letter),
    }

repo: Repository[Product] = Repository()
for name, qty, price in [("bolt", 120, 0.25), ("nut", 300, 0.1), ("gear", 8, 12.5), ("belt", 0, 30)]:
    print("added", repo.add(Product(name, qty, price)))
print(len(repo), repo.get(3), repo.get(99))
print(repo.find(lambda p: p.qty == 0), [p.name for p in repo if p.value() > 20])
rows: List[Row] = [(p.name, p.qty, float(p.price)) for p in repo]
print(summarize(rows))
print(summarize(rows, keep=lambda r: r[1] > 10))

def parse_pair(text: str) -> Optional[Tuple[str, int]]:
    key, sep, val = text.partition("=")
    if not sep or not val.strip().lstrip("-").isdigit():
        return None
    return key.strip(), int(val)

for t in ["a=1", "b = -7", "c=", "noequals", "d=x"]:
    print(repr(t), "->", parse_pair(t))
print(Number, Row, Filter, T, Optional[Product], Repository.__mro__[1].__name__)
