# Enums as people use them: members, aliases, auto(), lookup by value/name, methods, tuple values, unique, IntEnum ordering.
from enum import Enum, auto, unique, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()} ({self.value})"
    @classmethod
    def favorite(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.favorite(), Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print({Color.RED: "stop", Color.GREEN: "go"}[Color.GREEN], Color.RED in Color, f"{Color.BLUE}", f"{Color.BLUE!r}", [c.name for c in reversed(Color)])
print(list(Color.__members__), isinstance(Color.RED, Color), type(Color.RED).__name__, Color)
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color["PURPLE"]
except KeyError as e: print("KeyError:", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()
print([(s.name, s.value) for s in Status], Status(3))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.MERCURY.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.HIGH > Prio.LOW, Prio.LOW == 1, Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), [10, 20, 30, 40][Prio.HIGH])
def handle(c):
    if c is Color.RED:
        return "stop"
    elif c in (Color.GREEN,):
        return "go"
    return "wait"
print([handle(c) for c in Color])
