# exit: 1
# stderr:
# A module with a syntax error raises SyntaxError at the import, which the importer can catch; uncaught, the
# traceback ends with the file, line, source line and caret of the error.
try:
    import helper_bad_syntax
except SyntaxError as e:
    print("caught:", e)
    print(repr(e.msg), e.lineno, e.offset, e.text.endswith("\n"), type(e).__name__)
    print(e.filename.endswith("helper_bad_syntax.py"))
import sys
print("in sys.modules:", "helper_bad_syntax" in sys.modules)
import helper_bad_syntax
