# Exceptions: a custom hierarchy, explicit chaining (raise ... from ...),
# implicit chaining (__context__), else/finally, and re-raising.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__("bad config key %r: %s" % (key, reason))
        self.key = key


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError("port", "not a number") from e   # explicit cause
    if not 0 < port < 65536:
        raise ConfigError("port", "out of range")
    return port


log = []


def load(text):
    try:
        port = parse_port(text)
    except AppError as e:                  # catches the subclass too
        log.append("error")
        return "failed: %s (cause: %r)" % (e, e.__cause__)
    else:
        log.append("ok")
        return "port %d" % port
    finally:
        log.append("cleanup")              # runs on every path, even after return


for text in ["8080", "http", "99999"]:
    print("%-6s -> %s" % (text, load(text)))
print("log:", log)

try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0                              # raised while handling: implicit chaining
except ZeroDivisionError as e:
    print("caught %r; __context__ = %r" % (e, e.__context__))

try:
    try:
        raise ConfigError("debug", "must be a bool")
    except AppError as e:
        print("handled", type(e).__name__, "for key", e.key, "and re-raising")
        raise
except Exception as e:
    print("outer got:", e, "| is AppError:", isinstance(e, AppError))
