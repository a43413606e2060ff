# Metaclasses in common patterns: a singleton via __call__, a registry via __new__, class-level iteration.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print("init", v); self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)
class Sub(Config): pass
print(Sub(3) is a, Sub().v)
print(type.__call__(Config, 9) is a)
class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            Registry.plugins[name.lower()] = cls
        return cls
    def __iter__(cls):
        return iter(sorted(Registry.plugins))
    def __len__(cls):
        return len(Registry.plugins)
class Plugin(metaclass=Registry):
    def run(self):
        return f"{type(self).__name__} running"
class Csv(Plugin): pass
class Json(Plugin): pass
print(list(Plugin), len(Plugin), Registry.plugins["csv"]().run(), type(Json).__name__)
class Tracked(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.created_by = cls.__name__
        return obj
class Widget(metaclass=Tracked):
    def __init__(self, size):
        self.size = size
w = Widget(size=3)
print(w.size, w.created_by, isinstance(w, Widget))
