/**
 * @fileoverview Python source of the heapq and bisect modules, run in the module's namespace when first
 * imported. The sift order is CPython's (only `<` is used, and heaps end up laid out the same way), so printed
 * heaps and the order of equal items match.
 */
export const HEAPQ_PY = String.raw`
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']

def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError(f'{name}() argument 1 must be list, not {type(heap).__name__}')

def _sift_toward_root(heap, top, pos):
    # the item at pos moves up while it is smaller than its parent
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item

def _sift_toward_leaves(heap, pos):
    # the smaller child moves up until a leaf is reached, then the item settles from there
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)

def heappush(heap, item, /):
    _check(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)

def heappop(heap, /):
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return top
    return last

def heapreplace(heap, item, /):
    _check(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return top

def heappushpop(heap, item, /):
    _check(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item

def heapify(heap, /):
    _check(heap, 'heapify')
    for i in reversed(range(len(heap) // 2)):
        _sift_toward_leaves(heap, i)

def merge(*iterables, key=None, reverse=False):
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            entries.append([value if key is None else key(value), order * sign, value, it])
            break
    def better(a, b):
        if reverse:
            return b[0] < a[0] or (not a[0] < b[0] and a[1] > b[1])
        return a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
    while entries:
        best = 0
        for i in range(1, len(entries)):
            if better(entries[i], entries[best]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            break
        else:
            del entries[best]

def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]

def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
`;

export const BISECT_PY = String.raw`
def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi

def bisect_right(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < (a[mid] if key is None else key(a[mid])):
            hi = mid
        else:
            lo = mid + 1
    return lo

def bisect_left(a, x, lo=0, hi=None, *, key=None):
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if (a[mid] if key is None else key(a[mid])) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def insort_right(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)

def insort_left(a, x, lo=0, hi=None, *, key=None):
    lo = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(lo, x)

bisect = bisect_right
insort = insort_right
`;
