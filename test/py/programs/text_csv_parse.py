# Parsing CSV-ish text with split/strip and computing a report.
raw = """
name, department , salary, start_year
Alice,Engineering, 120000 ,2015
  Bob , Marketing,85000, 2018
Carol,Engineering,135000,2012
Dan,Sales, 70000,2020
Eve , Sales,72000 ,2019
# a comment line
Frank,Marketing,91000,2016

Grace,Engineering,99000,2021
"""

def parse(text):
    lines = [ln.strip() for ln in text.strip().splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith('#')]
    header = [h.strip() for h in lines[0].split(',')]
    rows = []
    for ln in lines[1:]:
        fields = [f.strip() for f in ln.split(',')]
        rec = dict(zip(header, fields))
        rec['salary'] = int(rec['salary'])
        rec['start_year'] = int(rec['start_year'])
        rows.append(rec)
    return header, rows

header, rows = parse(raw)
print(header)
print(rows[1])
by_dept = {}
for r in rows:
    by_dept.setdefault(r['department'], []).append(r)

print(f"{'Department':<12}|{'Count':>6}|{'Total':>10}|{'Average':>11}")
print('-' * 12 + '+' + '-' * 6 + '+' + '-' * 10 + '+' + '-' * 11)
for dept, members in sorted(by_dept.items()):
    total = sum(m['salary'] for m in members)
    avg = total / len(members)
    print(f"{dept:<12}|{len(members):>6}|{total:>10,}|{avg:>11.2f}")

senior = [r['name'] for r in rows if r['start_year'] < 2017]
print("senior:", ', '.join(senior))
richest = max(rows, key=lambda r: r['salary'])
print("top earner: {name} ({salary:,})".format(**richest))
print("names:", '|'.join(r['name'].upper().center(7, '.') for r in rows))
csv_out = '\n'.join(','.join(str(r[h]) for h in header) for r in rows[:3])
print(csv_out)
kv = "host=example.com; port=8080 ;debug = true;; path=/a=b"
cfg = {}
for part in kv.split(';'):
    if not part.strip():
        continue
    k, _, v = part.partition('=')
    cfg[k.strip()] = v.strip()
print(cfg)
print(int(cfg['port']) + 1, cfg['debug'] == 'true')
quoted = 'a,"b,c",d'
print(quoted.split(','), quoted.split(',', 1), quoted.rsplit(',', 1))
print("  x  ".lstrip(), "|", "xxhixx".strip('x'), "|", "a-b-c".replace('-', '', 1))
