# exit: 1
# stderr-tail: KeyError: 'gone'
def f():
    try:
        return {}["gone"]
    finally:
        print("finally before the traceback")
f()
