# Binary search variants and a hand-written heap.
def binary_search(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) >> 1
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for x in items:
            self.push(x)

    def push(self, x):
        d = self.data
        d.append(x)
        i = len(d) - 1
        while i > 0:
            parent = (i - 1) // 2
            if d[i] < d[parent]:
                d[i], d[parent] = d[parent], d[i]
                i = parent
            else:
                break

    def pop(self):
        d = self.data
        if not d:
            raise IndexError("pop from empty heap")
        top = d[0]
        last = d.pop()
        if d:
            d[0] = last
            i = 0
            n = len(d)
            while True:
                l, r, small = 2 * i + 1, 2 * i + 2, i
                if l < n and d[l] < d[small]:
                    small = l
                if r < n and d[r] < d[small]:
                    small = r
                if small == i:
                    break
                d[i], d[small] = d[small], d[i]
                i = small
        return top

    def __len__(self):
        return len(self.data)

    def __bool__(self):
        return bool(self.data)

a = [1, 3, 5, 7, 9, 11, 13, 15]
print([binary_search(a, x) for x in (1, 7, 15, 4, 0, 16)])
b = [1, 2, 2, 2, 3, 5, 5, 8]
print([lower_bound(b, x) for x in range(10)])
print([isqrt(n) for n in (0, 1, 15, 16, 17, 99, 100, 10**18)])
print(isqrt(2 * 10**40))
h = MinHeap([5, 3, 8, 1, 9, 2, 7])
h.push(0)
out = []
while h:
    out.append(h.pop())
print(out, len(h))
try:
    h.pop()
except IndexError as e:
    print("error:", e)
tasks = MinHeap([(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')])
print([tasks.pop() for _ in range(len(tasks))])

def kth_smallest(items, k):
    heap = MinHeap(items)
    for _ in range(k - 1):
        heap.pop()
    return heap.pop()

print(kth_smallest([7, 10, 4, 3, 20, 15], 3))
# merge k sorted lists via heap
lists = [[1, 4, 7], [2, 5, 8], [0, 3, 6, 9]]
heap = MinHeap((lst[0], i, 0) for i, lst in enumerate(lists))
merged = []
while heap:
    v, i, j = heap.pop()
    merged.append(v)
    if j + 1 < len(lists[i]):
        heap.push((lists[i][j + 1], i, j + 1))
print(merged)
