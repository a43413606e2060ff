# cmdline: -c "import sys; print('from -c', sys.argv); print(6 * 7)"
# With -c the code runs instead of this file; sys.argv[0] is '-c' and this file's path is just an argument.
print("this file is not executed")
