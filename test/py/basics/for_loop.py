# for with break, continue, else, nested loops
for i in range(6):
    if i % 2 == 0:
        continue
    print(i)
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no 5 found")
for x in [4, 5, 6]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
for ch in "":
    print("never")
else:
    print("empty loop else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
i = "unchanged"
for i in range(3):
    pass
print(i)
