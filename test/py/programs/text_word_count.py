# Word frequency counting over a paragraph.
from collections import Counter, defaultdict

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

punct = ',.;:!?"\''
words = [w.strip(punct).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), "words,", len(set(words)), "distinct")

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<10}{n:>3} {'#' * n}")

c = Counter(words)
print(c.most_common(3))
print(c['was'], c['missing'])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ', '.join(by_len[k]))

letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(''.join(ch for ch, _ in letters.most_common(5)))
print(sorted(letters.items())[:5])
lines = text.splitlines()
for i, line in enumerate(lines, start=1):
    print(f"{i:02d}: {len(line):3d} chars, {len(line.split()):2d} words | {line[:20]!r}")
first_letters = Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0])))
longest = max(words, key=len)
print("longest:", longest, len(longest))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(2))
sentence_case = ' '.join(w.capitalize() if i == 0 else w for i, w in enumerate(words[:8]))
print(sentence_case + '.')
print(text.count('it was'), text.lower().count('it was'), text.find('age'), text.rfind('of'))
