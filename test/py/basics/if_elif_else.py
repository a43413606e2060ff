# if / elif / else
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 7, 100):
    print(n, classify(n))
x = 3
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 1 and x < 5 or x == 100:
    print("in range")
if x > 10:
    print("no")
else:
    if x % 2:
        print("odd")
    else:
        print("even")
if 0: print("never")
elif "": print("never")
else: print("inline else")
y = "s" if x > 2 else "l"
print(y)
