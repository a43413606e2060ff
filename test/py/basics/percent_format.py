# printf-style % formatting (error messages are not printed: they change after 3.14, gh-142037)
print("%d %i %5d %-5d| %05d %+d" % (42, 7, 3, 3, 42, 5))
print("%5.2f %.3f %-8.1f| %f %e %.2E" % (3.14159, 2.0, -1.25, 1.5, 12345.6789, 0.000123))
print("%s %-5s| %5s %r %s" % ("str", "ab", "cd", "quoted", [1, "x"]))
print("%x %X %#x %o %#o %08.3f" % (255, 255, 255, 8, 8, 3.14159))
print("100%% done, %d%%" % 50)
print("%s" % "single", "%s" % (("tuple",),), "%d items" % 3)
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%(x)r %(x)s" % {"x": "v"})
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%*d|" % (5, 42), "%-*d|" % (4, 1))
print("%g %g %g" % (0.0001, 1e20, 123.0))
print("%s %s" % (None, True), "%d" % True, "%.1f" % 2)
try:
    "%d %d" % (1,)
except TypeError:
    print("TypeError: not enough arguments")
try:
    "%d" % "x"
except TypeError:
    print("TypeError: %d needs a number")
print("%s" % [1, 2], "%s-%s" % (1, 2))
