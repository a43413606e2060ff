# N-queens by backtracking, with a board printer; sudoku-ish permutations.
def solve(n):
    solutions = []
    cols = [0] * n
    used_cols, diag1, diag2 = set(), set(), set()

    def place(row):
        if row == n:
            solutions.append(cols[:])
            return
        for c in range(n):
            if c in used_cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row - c); diag2.add(row + c)
            place(row + 1)
            used_cols.discard(c); diag1.remove(row - c); diag2.remove(row + c)

    place(0)
    return solutions

def board(sol):
    n = len(sol)
    return '\n'.join(''.join('Q' if sol[r] == c else '.' for c in range(n)) for r in range(n))

for n in range(1, 9):
    s = solve(n)
    print(f"n={n}: {len(s)} solutions")
first = solve(6)[0]
print(first)
print(board(first))

def permutations(items):
    if len(items) <= 1:
        yield items[:]
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

perms = list(permutations([1, 2, 3, 4]))
print(len(perms), perms[:4], perms[-1])

def subsets(s):
    result = [[]]
    for x in s:
        result += [r + [x] for r in result]
    return result

print(subsets(['a', 'b', 'c']))
target = 10
nums = [2, 3, 5, 7, 8]
print([s for s in subsets(nums) if sum(s) == target])

def combination_sum(cands, target, start=0, path=()):
    if target == 0:
        yield path
        return
    for i in range(start, len(cands)):
        if cands[i] <= target:
            yield from combination_sum(cands, target - cands[i], i, path + (cands[i],))

print(list(combination_sum([2, 3, 6, 7], 7)))
print(sum(1 for _ in combination_sum([1, 2, 3], 10)))
