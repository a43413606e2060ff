# exit: 1
# stderr:
# Every traceback line spans its whole source line and has no call/operator anchors, so neither python3.11 nor
# 3.13/3.14 print caret lines; CPython prints the script's absolute path (<FILE> in the .err file).
class Config:
    @property
    def port(self):
        raise ValueError("bad")

print("before")
Config().port
