# Classic sorting algorithms on lists, compared against sorted().
import random

def bubble_sort(xs):
    a = list(xs)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion_sort(xs):
    a = xs[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def quick_sort(xs):
    if len(xs) < 2:
        return xs[:]
    pivot, *rest = xs
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def selection_sort(a):
    a = a.copy()
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def counting_sort(a, hi):
    counts = [0] * (hi + 1)
    for x in a:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]

random.seed(7)
data = [random.randint(0, 50) for _ in range(25)]
print("data:", data)
expected = sorted(data)
for fn in (bubble_sort, insertion_sort, merge_sort, quick_sort, selection_sort):
    result = fn(data)
    print(f"{fn.__name__:>15}: {result == expected} {result[:5]}...")
print("counting:", counting_sort(data, 50) == expected)
print("reverse:", sorted(data, reverse=True)[:6])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.upper, reverse=True))
pairs = [(3, 'c'), (1, 'b'), (3, 'a'), (2, 'z'), (1, 'a')]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[1]))
pairs.sort(key=lambda p: -p[0])
print(pairs)
print(merge_sort([]), quick_sort([1]), insertion_sort([2, 1]))
print(merge_sort([1.5, -2, 3, 0.0, -0.5]))
