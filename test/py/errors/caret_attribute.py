# exit: 1
# stderr:
# Position markers: a failing attribute load marks the whole `obj.attr` range with ^, here inside a call.
class Point:
    def __init__(self, x):
        self.x = x

p = Point(3)
print(p.x)
print(p.y)
