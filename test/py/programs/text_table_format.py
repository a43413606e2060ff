# Formatting tables with f-strings, format specs and str methods.
inventory = [
    ("Widget", 4, 3.5),
    ("Gadget", 12, 12.25),
    ("Doohickey", 1, 199.999),
    ("Thingamajig", 250, 0.05),
    ("Gizmo", 0, 7.0),
]

def table(rows):
    w = max(len(r[0]) for r in rows)
    head = f"{'Item':<{w}} | {'Qty':>5} | {'Price':>9} | {'Total':>10}"
    print(head)
    print('=' * len(head))
    grand = 0
    for name, qty, price in rows:
        total = qty * price
        grand += total
        print(f"{name:<{w}} | {qty:>5d} | {price:>9.2f} | {total:>10,.2f}")
    print('-' * len(head))
    print(f"{'TOTAL':<{w}} | {'':>5} | {'':>9} | {grand:>10,.2f}")

table(inventory)
print()
for x in [0, 1, -1, 3.14159, 2.5, -0.0, 1e10, 1.5e-7, 123456789.125, 1/3]:
    print(f"{x!r:>14} {x:10.3f} {x:10.2e} {x:g} {x:+.1f} {x:%}" if isinstance(x, float) else f"{x!r:>14} {x:10d} {x:+d} {x:x}")
print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
print(f"{'pad':*^11}|{42:0>6}|{-42:06}|{42:<6}|{3.5:=+8.2f}|")
print(f"{1234567:,} {1234567:_} {0.000123:.2g} {1234.5:.3g} {12345.678:.2f}")
print(f"{255:b} {255:o} {255:X} {255:#o} {255:#b} {-255:#x}")
print("{} {} {}".format(1, 'two', 3.0), "{1}{0}{1}".format('a', 'b'), "{x}-{y}".format(x=1, y=2))
print("{:>8}|{:<8}|{:^8}".format('a', 'b', 'c'), "{0[1]} {1[k]}".format([5, 6], {'k': 'v'}))
print(format(3.14159, '.2f'), format(42, '>5'), format('s', '3'), format(1e100, '.3'))
name, score = "Ann", 97.5
print(f"{name=}, {score=:.1f}, {len(name)=}")
print(f"{{literal}} {name!r} {name!s:>5} {'nested ' + name.upper()}")
width = 12
print(f"[{'dynamic':^{width}}] [{3.14159:.{width // 4}f}]")
months = ["Jan", "Feb", "Mar"]
sales = [[120, 80.5, 99], [30, 45, 60.25]]
print(' '.join(f"{m:>8}" for m in [''] + months))
for label, row in zip(["north", "south"], sales):
    print(f"{label:>8}" + ''.join(f"{v:>9.1f}" for v in row))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(str(1.0), str(100.0), str(1e16), str(1e-5), str(0.1 + 0.2), 1e22, 1.0e-4, float('1e300') * 10)
print(repr(2.0 ** 0.5), 10 / 4, 10 // 4, 7.0 // 2, -7 / 2, 2 ** -1, 10 ** 20, 10.0 ** 20)
