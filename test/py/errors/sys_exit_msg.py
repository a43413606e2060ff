# exit: 1
# stderr-tail: fatal: something went wrong
import sys
print("exiting with a message")
sys.exit("fatal: something went wrong")
