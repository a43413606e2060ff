# BFS / DFS / topological sort on dict-of-lists graphs.
from collections import deque

graph = {
    'A': ['B', 'C'],
    'B': ['D', 'E'],
    'C': ['F'],
    'D': [],
    'E': ['F', 'G'],
    'F': ['H'],
    'G': ['H'],
    'H': [],
}

def bfs(g, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nb in g[node]:
            if nb not in seen:
                seen.add(nb)
                q.append(nb)
    return order

def dfs(g, start, seen=None):
    if seen is None:
        seen = []
    seen.append(start)
    for nb in g[start]:
        if nb not in seen:
            dfs(g, nb, seen)
    return seen

def dfs_iter(g, start):
    stack, seen, out = [start], set(), []
    while stack:
        n = stack.pop()
        if n in seen:
            continue
        seen.add(n)
        out.append(n)
        stack.extend(reversed(g[n]))
    return out

def shortest_path(g, a, b):
    prev = {a: None}
    q = deque([a])
    while q:
        n = q.popleft()
        if n == b:
            break
        for m in g[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
    if b not in prev:
        return None
    path = []
    while b is not None:
        path.append(b)
        b = prev[b]
    return path[::-1]

def topo_sort(g):
    indeg = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indeg[m] += 1
    ready = deque(sorted(n for n, d in indeg.items() if d == 0))
    out = []
    while ready:
        n = ready.popleft()
        out.append(n)
        for m in g[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    return out

print("bfs:", bfs(graph, 'A'))
print("dfs:", dfs(graph, 'A'))
print("dfs_iter:", dfs_iter(graph, 'A'))
print("path A->H:", ' -> '.join(shortest_path(graph, 'A', 'H')))
print("path D->A:", shortest_path(graph, 'D', 'A'))
print("topo:", topo_sort(graph))

# grid BFS
grid = [
    "S.#.....",
    ".##.###.",
    "....#...",
    ".##...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
dist = {start: 0}
q = deque([start])
while q:
    r, c = q.popleft()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[(r, c)] + 1
            q.append((nr, nc))
end = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E'][0]
print("grid distance:", dist.get(end))
print("reachable cells:", len(dist))
# connected components in undirected graph
edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7)]
adj = {}
for u, v in edges:
    adj.setdefault(u, set()).add(v)
    adj.setdefault(v, set()).add(u)
comps = []
seen = set()
for n in sorted(adj):
    if n in seen:
        continue
    comp = sorted(dfs_iter({k: sorted(v) for k, v in adj.items()}, n))
    seen.update(comp)
    comps.append(comp)
print("components:", comps)
