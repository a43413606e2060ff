# exit: 1
# stderr-tail: MyError: boom
class MyError(Exception):
    pass
print("raising")
raise MyError("boom")
