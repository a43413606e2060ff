# generator pipelines and lazy evaluation order
log = []
def source(n):
    for i in range(n):
        log.append("src" + str(i))
        yield i
def double(it):
    for v in it:
        log.append("dbl" + str(v))
        yield v * 2
def take_while_small(it, limit):
    for v in it:
        if v > limit:
            return
        yield v
result = list(take_while_small(double(source(10)), 6))
print(result)
print(log)
def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)), list(chunks([], 2)))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total([1, 2, 3, 4])))
words = (w for w in "the quick brown fox jumps".split())
lengths = (len(w) for w in words)
print(sum(lengths), list(lengths))
def gen_with_state():
    seen = set()
    for c in "abracadabra":
        if c not in seen:
            seen.add(c)
            yield c
print("".join(gen_with_state()))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
