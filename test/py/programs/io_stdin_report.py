# stdin: name,score\nann,91\nbob,78\n\ncarol,85\ndave,abc\neve,100\n
# Read records from stdin, validate them, and print a grade report.
import sys

header = sys.stdin.readline().strip().split(",")
print("columns:", header)
rows, errors = [], []
for lineno, line in enumerate(sys.stdin, start=2):
    line = line.rstrip("\n")
    if not line:
        continue
    name, _, score = line.partition(",")
    try:
        rows.append((name, int(score)))
    except ValueError:
        errors.append(f"line {lineno}: bad score {score!r}")

def grade(s):
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C")):
        if s >= cutoff:
            return letter
    return "F"

for name, score in sorted(rows, key=lambda r: -r[1]):
    print(f"{name:<6}{score:>4}  {grade(score)}")
print("errors:", *errors, sep="\n  ")
avg = sum(s for _, s in rows) / len(rows)
print(f"average {avg:.2f} over {len(rows)} students")
print("done", file=sys.stdout, end="!\n")
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print(repr(sys.stdin.read()), sys.stdin.readline() == "")
