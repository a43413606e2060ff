# custom exception classes with args and extra state
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__("not found: " + key)
        self.key = key
        self.where = where
class Multi(Exception):
    pass
try:
    raise NotFound("user42")
except AppError as e:
    print(type(e).__name__, str(e), repr(e), e.args, e.key, e.where)
try:
    raise Multi("a", 1, [2])
except Multi as e:
    print(str(e), repr(e), e.args, len(e.args))
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == "", e.args)
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise WithStr("ignored")
except WithStr as e:
    print(str(e), e.args, repr(e))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, BaseException))
print([c.__name__ for c in NotFound.__mro__])
e = NotFound("k2", where="cache")
print(e.where, isinstance(e, Exception), e.args)
class Code(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise Code(404)
except Code as e:
    print(e.code, e.args, str(e))
