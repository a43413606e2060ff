# Matrix operations with nested lists.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(m, width=5):
    for row in m:
        print(' '.join(f"{v:>{width}}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a), 3)
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
print(det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]))
print(det([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]))
m = [[0.5, 1.25], [-2.0, 3.0]]
show(matmul(m, m), 7)
print([[round(x, 3) for x in row] for row in matmul(m, [[1 / 3, 0], [0, 1 / 7]])])
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print("diag:", [grid[i][i] for i in range(4)], "anti:", [grid[i][3 - i] for i in range(4)])
rot = [list(row) for row in zip(*grid[::-1])]
show(rot, 3)
print(sum(map(sum, grid)), max(map(max, grid)), min(min(r) for r in grid))
flat = [x for row in grid for x in row]
print(flat[::5])
# aliasing pitfall
bad = [[0] * 3] * 3
bad[0][0] = 1
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(bad, good)
spiral = []
m = [row[:] for row in grid]
while m:
    spiral += m.pop(0)
    m = [list(r) for r in zip(*m)][::-1]
print("spiral:", spiral)
