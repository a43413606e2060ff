# Seeded randomness: dice statistics, shuffles, random walks, monte carlo.
import random

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(2000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {n:>4} {'*' * (n // 10)}")
print("mean: %.3f" % (sum(rolls) / len(rolls)))

deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.choice("abcdef"), random.sample(range(100), 5), random.choices("xyz", k=6))
print(round(random.uniform(1, 2), 6), random.randrange(0, 100, 5), round(random.random(), 8))
pos = 0
path = [pos]
for _ in range(30):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
print(max(path), min(path), path[-1])
inside = 0
N = 5000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi ~", 4 * inside / N)
walkers = {name: 0 for name in ("ann", "bob", "cy")}
for step in range(100):
    for name in walkers:
        walkers[name] += random.choice([-2, -1, 1, 2])
print(walkers, sorted(walkers, key=walkers.get))
r2 = random.Random(7)
print([r2.randint(0, 9) for _ in range(10)])
r3 = random.Random(7)
print([r3.randint(0, 9) for _ in range(10)])
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
print(round(random.gauss(0, 1), 6), round(random.expovariate(2.0), 6))
