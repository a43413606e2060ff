# cmdline: -c "import sys; print('exiting'); sys.exit(4)"
# exit: 4
print("this file is not executed")
