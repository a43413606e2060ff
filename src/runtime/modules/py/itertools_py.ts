/**
 * @fileoverview Python source of the itertools module, run in the module's namespace when it is first
 * imported. Output order and error messages follow CPython's C implementation.
 */
export const ITERTOOLS_PY = String.raw`
class count:
    def __init__(self, start=0, step=1):
        for v, name in ((start, 'start'), (step, 'step')):
            if not isinstance(v, (int, float)) and (not hasattr(v, '__add__') or isinstance(v, (str, bytes, list, tuple))):
                raise TypeError('a number is required')
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._n!r})'
        return f'{type(self).__name__}({self._n!r}, {self._step!r})'

class repeat:
    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and times < 0:
            times = 0
        self._times = times
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj
    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times
    def __repr__(self):
        if self._times is None:
            return f'repeat({self._obj!r})'
        return f'repeat({self._obj!r}, {self._times})'

def _chain_gen(iterables):
    for it in iterables:
        for element in it:
            yield element

class chain:
    def __init__(self, *iterables):
        self._it = _chain_gen(iterables)
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._it)
    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._it = _chain_gen(iterable)
        return self

def _islice_gen(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item

def _isindex(v):
    return v is None or isinstance(v, int)

def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = None, args[0], None
        if not _isindex(stop) or (stop is not None and stop < 0):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
        if not _isindex(start) or not _isindex(stop) or (start is not None and start < 0) or (stop is not None and stop < 0):
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    elif len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    if step is not None and (not isinstance(step, int) or step <= 0):
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice_gen(iter(iterable), 0 if start is None else start, stop, 1 if step is None else step)

def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total

def batched(iterable, n, *, strict=False):
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched_gen(iter(iterable), n, strict)

def _batched_gen(it, n, strict):
    while True:
        batch = []
        for _ in range(n):
            try:
                batch.append(next(it))
            except StopIteration:
                break
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield tuple(batch)

def combinations(iterable, r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i+1, r):
            indices[j] = indices[j-1] + 1
        yield tuple(pool[i] for i in indices)

def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError('r must be non-negative')
    return _cwr(tuple(iterable), r)

def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)

def compress(data, selectors):
    return (datum for datum, selector in zip(data, selectors) if selector)

def cycle(iterable):
    return _cycle(iter(iterable))

def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element

def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x

def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    return (x for x in iterable if not predicate(x))

def groupby(iterable, key=None):
    return _groupby(iter(iterable), (lambda x: x) if key is None else key)

def _groupby(iterator, keyfunc):
    exhausted = False
    curr_value = curr_key = None
    def _grouper(target_key):
        nonlocal curr_value, curr_key, exhausted
        yield curr_value
        for curr_value in iterator:
            curr_key = keyfunc(curr_value)
            if curr_key != target_key:
                return
            yield curr_value
        exhausted = True
    try:
        curr_value = next(iterator)
    except StopIteration:
        return
    curr_key = keyfunc(curr_value)
    while not exhausted:
        target_key = curr_key
        curr_group = _grouper(target_key)
        yield curr_key, curr_group
        if curr_key == target_key:
            for _ in curr_group:
                pass

def pairwise(iterable):
    return _pairwise(iter(iterable))

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b

def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)

def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n-r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i+1:] + indices[i:i+1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)

def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)

def starmap(function, iterable):
    return (function(*args) for args in iterable)

def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))

def _takewhile(predicate, it):
    for x in it:
        if not predicate(x):
            return
        yield x

def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    newval = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(newval)
            yield mybuf.pop(0)
    return tuple(gen(b) for b in buffers)

def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)
`;
