# cmdline: --heap-size 32M
# exit: 1
# stderr-tail: MemoryError
# minipy: --heap-size is minipy's; CPython would raise the same MemoryError when its memory runs out
# The heap is a fixed 32 MiB here: the program fills it, catches MemoryError once (freeing what it built),
# shows that it can go on allocating, then exhausts it again without catching.
chunks = []
try:
    while True:
        chunks.append([0] * 100000)
except MemoryError:
    n = len(chunks)
    chunks = None
    print("caught MemoryError after", "many" if n > 10 else "few", "chunks")
print(sum(len(str(i)) for i in range(10000)))
hog = []
while True:
    hog.append("x" * 1000000)
