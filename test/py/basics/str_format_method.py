# str.format: positional, indexed, named, attribute/index fields, specs
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}-{0}".format("x"))
print("{x} and {y}".format(x=1, y=2), "{0} {k}".format("pos", k="kw"))
class Pt:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = Pt()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p), "{d[key]} {l[0]}".format(d={"key": "val"}, l=[9]))
print("{:>8}|{:<8}|{:^8}|{:_^8}".format("r", "l", "c", "m"))
print("{:d} {:5d} {:+.2f} {:,} {:.1%} {:#x} {:08.3f}".format(1, 2, 3.14159, 10 ** 6, 0.25, 255, -2.5))
print("{0:{1}}|{0:>{1}}|".format("w", 4), "{:{fill}{align}{width}}".format("z", fill="#", align="^", width=5))
print("{0!r} {1!s} {0!r:>10}".format("a", "b"), "{{}} {}".format("lit"))
print("{:e} {:g} {:b} {:o} {:c}".format(1234.5, 0.00001234, 10, 64, 97))
print("{}".format([1, 2]), "{}".format(None), "{}".format({"a": 1}))
template = "{name:<6}{score:>5.1f}"
for name, score in [("ann", 93.456), ("bo", 7.0)]:
    print(template.format(name=name, score=score) + "|")
print("{0[0]}{0[1]}".format("xy"), "{:.3}".format("truncate"), "{:10.4}|".format("truncate"))
print(format(3.5), format(42, "06d"), str.format("{}!", "fn"))
args = ("a", "b")
kw = {"n": 1}
print("{}{}{n}".format(*args, **kw))
