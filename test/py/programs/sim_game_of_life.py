# Conway's game of life on a set of live cells, plus a 1D cellular automaton.
def neighbors(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield r + dr, c + dc

def step(live):
    counts = {}
    for cell in live:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return '\n'.join(''.join('#' if (r, c) in live else '.' for c in range(cols)) for r in range(rows))

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(5):
    print(f"gen {gen}: {len(state)} cells")
    print(render(state, 6, 6))
    state = step(state)
print(sorted(state))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block)

def rule(n):
    table = {tuple(int(b) for b in f"{i:03b}"): (n >> i) & 1 for i in range(8)}
    return table

def run(rule_no, width=31, steps=12):
    t = rule(rule_no)
    cells = [0] * width
    cells[width // 2] = 1
    for _ in range(steps):
        print(''.join(' #'[c] for c in cells).rstrip())
        cells = [t[(cells[i - 1], cells[i], cells[(i + 1) % width])] for i in range(width)]

run(90)
run(30, 21, 6)
# random soup with fixed seed
import random
random.seed(42)
soup = {(r, c) for r in range(8) for c in range(8) if random.random() < 0.4}
history = []
for _ in range(20):
    history.append(len(soup))
    soup = step(soup)
print(history)
