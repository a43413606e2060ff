# import of a module beside the script: runs once, attributes, aliases, from-import
import helper_mod_util
import helper_mod_util as hmu
from helper_mod_util import add, CONST
from helper_mod_util import Greeter as G, register
print(helper_mod_util.CONST, hmu.CONST, CONST, hmu is helper_mod_util)
print(add(2, 3), helper_mod_util.add(10, 20), G("Ann").greet(), helper_mod_util._private)
print(register("a"), register("b"), helper_mod_util.items, hmu.items is helper_mod_util.items)
print(helper_mod_util.__name__, type(helper_mod_util).__name__)
helper_mod_util.CONST = 100
print(hmu.CONST, CONST)
import helper_mod_other
print(helper_mod_other.double_add(1, 2), helper_mod_other.VALUE)
print(hasattr(hmu, "Greeter"), hasattr(hmu, "missing"), getattr(hmu, "CONST"))
try:
    from helper_mod_util import does_not_exist
except ImportError as e:
    print("ImportError")
try:
    import helper_mod_nonexistent_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
