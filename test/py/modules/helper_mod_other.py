# skip: helper module imported by import_*.py tests
import helper_mod_util
print("helper_mod_other: importing")
def double_add(a, b):
    return 2 * helper_mod_util.add(a, b)
VALUE = helper_mod_util.CONST + 1
