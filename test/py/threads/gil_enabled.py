# modes: gil
# minipy: python3 here is 3.11, which has no sys._is_gil_enabled; CPython 3.13+ default build prints True
import sys
print(sys._is_gil_enabled())
