# Generator pipelines: lazy processing, send(), yield from, close().
log_lines = """2024-01-01 INFO start
2024-01-01 WARN disk 80%
2024-01-02 ERROR failed to open file
2024-01-02 INFO retry
2024-01-03 ERROR timeout after 30s
2024-01-03 INFO done""".splitlines()

def read(lines):
    for ln in lines:
        yield ln

def parse(lines):
    for ln in lines:
        date, level, msg = ln.split(' ', 2)
        yield {'date': date, 'level': level, 'msg': msg}

def only(level, records):
    return (r for r in records if r['level'] == level)

errors = only('ERROR', parse(read(log_lines)))
print(type(errors).__name__)
for r in errors:
    print(r['date'], '->', r['msg'])

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(take(5, (x * x for x in naturals() if x % 3 == 0))))
print(list(chunked(range(10), 4)))

def averager():
    total, count = 0, 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
next(g)
print([g.send(v) for v in (10, 20, 60)])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def inner():
    x = yield 1
    yield x * 2
    return "inner-done"

def outer():
    result = yield from inner()
    yield result

o = outer()
print(next(o), o.send(21), next(o))

def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, (2, [3, 4]), [[5]], 6])))

def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")

gen = with_cleanup()
print(next(gen))
gen.close()
print(list(with_cleanup()))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
squares = {n: n * n for n in take(4, naturals())}
print(squares, sum(x for x in range(101)), ''.join(c.upper() for c in 'gen'))
def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total
print(list(running_total([3, 1, 4, 1, 5, 9])))
