# cmdline: -c "print('ok'); 1 / 0"
# exit: 1
# stderr-tail: ZeroDivisionError: division by zero
print("this file is not executed")
