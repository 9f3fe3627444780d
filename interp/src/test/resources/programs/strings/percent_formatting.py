print("%s is %d years" % ("Bob", 42))
print("%5s|%-5s|%.2s" % ("ab", "cd", "efgh"))
print("%d %i %5d %-5d| %05d %+d" % (1, 2, 3, 4, 5, 6))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 0.000123, 1e-10, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("hi", [1, "x"], "é"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("100%% done %s" % "!", "%s" % (1,), "%s" % [1, 2])
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
