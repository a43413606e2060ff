# exit: 1
# stderr-tail: AttributeError: 'C' object has no attribute 'x'
class C:
    def __init__(self):
        self.value = 1
c = C()
print(c.value)
print(c.x)
