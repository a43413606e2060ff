# while with break, continue, else
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n =", n)
k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("no break")
print("k =", k)
j = 0
while j < 0:
    print("never")
else:
    print("else runs on zero iterations")
total = 0
a, b = 0, 1
while b < 100:
    total += b
    a, b = b, a + b
print(total, a, b)
