# random: more calls after seeding; ranges and repeatability
import random
random.seed(7)
a = [random.randint(0, 9) for _ in range(20)]
random.seed(7)
b = [random.randint(0, 9) for _ in range(20)]
print(a == b, a)
print(all(0 <= random.random() < 1 for _ in range(1000)))
print(all(3 <= random.randint(3, 5) <= 5 for _ in range(100)))
print(sorted(set(random.randrange(4) for _ in range(200))))
deck = [r + s for s in "SH" for r in "A23"]
random.shuffle(deck)
print(deck)
print(random.choice(deck), random.randrange(100, 0, -7), random.random())
random.seed(2024)
print([random.choice("HT") for _ in range(12)])
