# modes: nogil
# minipy: python3 here is 3.11; CPython 3.14t with PYTHON_GIL=0 prints False
import sys
print(sys._is_gil_enabled())
