# 3.14: annotations are not evaluated (PEP 649); python3.11 raises NameError here
def f(x: undefined_name) -> also_undefined:
    return x * 2
print(f(21))
def g(a: "string annotation", *args: nope, k: missing = 1, **kw: gone) -> None:
    return a, args, k, kw
print(g(1, 2, k=3, z=4))
class C:
    attr: not_defined_either = 5
    other: Nope
    def m(self, v: Whatever) -> Nothing:
        return v
print(C.attr, C().m("ok"), hasattr(C, "other"))
module_level: undefined_type = "assigned"
print(module_level)
