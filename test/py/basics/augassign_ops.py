# augmented assignment with every operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 6; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 4; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 5; print(x)
f = 2.5
f += 1; f *= 2; f -= 0.5; f /= 2; print(f)
f //= 1; print(f)
s = "ab"
s += "c"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2]; lst *= 2
print(lst, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"k": 1}
d["k"] += 10
d["k"] *= 2
print(d)
class O:
    pass
o = O()
o.n = 1
o.n += 41
print(o.n)
arr = [[1, 2], [3, 4]]
arr[1][0] -= 10
arr[0][1] **= 3
print(arr)
st = {1, 2}
st |= {3}; st &= {2, 3}; st -= {3}; st ^= {7}
print(st)
big = 1
big <<= 100
big |= 1
print(big)
