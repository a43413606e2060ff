# A custom exception hierarchy with chaining and handler ordering.
class AppError(Exception):
    """Base error for the app."""
    code = 1

class ConfigError(AppError):
    code = 2

class MissingKey(ConfigError, KeyError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing config key: {self.key}"

class ValidationError(AppError):
    def __init__(self, field, problems):
        self.field = field
        self.problems = list(problems)
        super().__init__(f"{field}: {'; '.join(self.problems)}")

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise MissingKey(key)

def load_int(cfg, key):
    raw = load(cfg, key)
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"bad int for {key}") from e

cfg = {'port': '8080', 'workers': 'four', 'name': 'svc'}
for key in ('port', 'workers', 'timeout'):
    try:
        print(key, '=', load_int(cfg, key))
    except MissingKey as e:
        print("MissingKey:", e, "| code", e.code, "| is KeyError:", isinstance(e, KeyError), repr(e.__context__)[:8])
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

print([c.__name__ for c in MissingKey.__mro__])
try:
    raise ValidationError("email", ["too short", "no @"])
except AppError as e:
    print(type(e).__name__, e, e.problems, e.code, e.args)

def classify(exc):
    try:
        raise exc
    except (ZeroDivisionError, OverflowError) as e:
        return f"arith:{type(e).__name__}"
    except LookupError as e:
        return f"lookup:{type(e).__name__}:{e}"
    except Exception as e:
        return f"other:{type(e).__name__}"

for exc in [ZeroDivisionError("x"), IndexError("i"), KeyError("k"), MissingKey("m"), ValueError(), OverflowError()]:
    print(classify(exc))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}['nope']
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
print(AppError.__doc__, issubclass(MissingKey, LookupError), issubclass(ValidationError, ConfigError))
e = AppError("a", 1, [2])
print(e.args, str(e), repr(e))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(Exception()), repr(ValueError("v", 2)))
errs = []
for val in ["1", "x", None, "3"]:
    try:
        errs.append(int(val))
    except (ValueError, TypeError) as exc:
        errs.append(type(exc).__name__)
print(errs)
