# cmdline: --version
# stdout-re: ^minipy \S.*\n$
# minipy: CPython prints "Python 3.x.y"; minipy prints "minipy <version>" and exits 0 without running the script
print("not executed")
