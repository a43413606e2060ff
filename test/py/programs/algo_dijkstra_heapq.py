# Dijkstra, A*-ish scheduling and top-k with heapq; grade lookup and sorted inserts with bisect.
import heapq
import bisect

graph = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
    "G": {},
}

def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    pq = [(0, source)]
    visited = set()
    while pq:
        d, node = heapq.heappop(pq)
        if node in visited:
            continue
        visited.add(node)
        for nb, w in g[node].items():
            nd = d + w
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(pq, (nd, nb))
    return dist, prev

def path_to(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(f"{node}: {dist[node]:>3} via {' -> '.join(path_to(prev, node))}")
    else:
        print(f"{node}: unreachable")

tasks = [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "answer pager"), (5, "lunch")]
heap = []
for order, (prio, name) in enumerate(tasks):
    heapq.heappush(heap, (prio, order, name))
print(heap)
while heap:
    prio, _, name = heapq.heappop(heap)
    print(f"  [{prio}] {name}")

scores = [88, 92, 75, 99, 64, 92, 81, 70, 95]
print(heapq.nlargest(3, scores), heapq.nsmallest(2, scores))
h = scores[:]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 60), heapq.heapreplace(h, 100), h[0])
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))

running = []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    bisect.insort(running, x)
    n = len(running)
    medians.append(running[n // 2] if n % 2 else (running[n // 2 - 1] + running[n // 2]) / 2)
print(running, medians)
breakpoints = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(breakpoints, s)], s) for s in (33, 99, 77, 70, 89, 90, 100)])
ranges = [0, 10, 20, 30]
print([bisect.bisect_left(ranges, v) for v in (-1, 0, 5, 10, 30, 31)], bisect.bisect_right(ranges, 10))
events = [(1, "start"), (4, "mid"), (9, "end")]
times = [t for t, _ in events]
i = bisect.bisect_right(times, 5)
print(events[i - 1][1], bisect.bisect_left(events, 4, key=lambda e: e[0]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
