# cmdline: test/py/cmdline/no_such_file_here.py
# exit: 2
# stderr-tail: minipy: can't open file 'test/py/cmdline/no_such_file_here.py': [Errno 2] No such file or directory
# minipy: CPython says "python3: can't open file '/abs/path'"; minipy names itself and echoes the path as given
print("this file is only an argument")
