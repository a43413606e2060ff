# Hand-written dataclass-like classes: fields, defaults, equality, ordering, copy/replace.
class Record:
    fields = ()
    defaults = {}

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} positional arguments but {len(args)} were given")
        values = dict(self.defaults)
        values.update(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unexpected field {k!r}")
            if k in dict(zip(self.fields, args)):
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing: {', '.join(missing)}")
        for f in self.fields:
            setattr(self, f, values[f])

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def asdict(self):
        return {f: getattr(self, f) for f in self.fields}

    def replace(self, **changes):
        d = self.asdict()
        d.update(changes)
        return type(self)(**d)

    def __repr__(self):
        inner = ', '.join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def __hash__(self):
        return hash(self.astuple())

class Employee(Record):
    fields = ('name', 'role', 'salary', 'tags')
    defaults = {'salary': 50000, 'tags': ()}

class Point3(Record):
    fields = ('x', 'y', 'z')
    defaults = {'z': 0}

e1 = Employee("Ann", "dev")
e2 = Employee("Bob", role="ops", salary=60000, tags=("oncall",))
e3 = e1.replace(salary=70000)
print(e1, e2, e3, sep="\n")
print(e1 == Employee("Ann", "dev"), e1 == e3, e1 != e2)
print(e2.asdict())
print(sorted([e3, e2, e1]))
print(len({e1, Employee("Ann", "dev"), e3}))
p = Point3(1, 2)
print(p, p.astuple(), Point3(1, 2) == Point3(1, 2, 0), p == (1, 2, 0))
for args, kwargs in [((1, 2, 3, 4), {}), ((), {'x': 1}), ((1,), {'x': 2, 'y': 3}), ((1, 2), {'w': 0})]:
    try:
        Point3(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
x, y, z = Point3(4, 5, 6).astuple()
print(x + y + z)
table = [Employee(n, r, s) for n, r, s in [("Cy", "dev", 90000), ("Di", "ops", 55000), ("Ed", "dev", 72000)]]
for emp in sorted(table, key=lambda e: (e.role, -e.salary)):
    print(f"{emp.role:>4} {emp.name:<3} {emp.salary:>7,}")
print(vars(table[0]))
print(Employee.__name__, Employee.__mro__[1].__name__, Employee.fields)
