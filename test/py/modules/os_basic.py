# os: cpu_count, getenv, environ
import os
n = os.cpu_count()
print(type(n).__name__, n >= 1)
print(os.getenv("MINIPY_SURELY_UNSET_VARIABLE"), os.getenv("MINIPY_SURELY_UNSET_VARIABLE", "default"))
print(type(os.getenv("PATH")).__name__, "PATH" in os.environ, os.environ["PATH"] == os.getenv("PATH"))
print(os.environ.get("MINIPY_SURELY_UNSET_VARIABLE", "dflt"), "MINIPY_SURELY_UNSET_VARIABLE" in os.environ)
try:
    os.environ["MINIPY_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError", e)
keys = list(os.environ.keys())
print(len(keys) > 0, all(isinstance(k, str) for k in keys), all(isinstance(v, str) for v in os.environ.values()))
