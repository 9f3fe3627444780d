import sys
from sys import argv
print(len(sys.argv), len(argv), argv is sys.argv)
print(argv[0].endswith("import_sys_usage.py"))
old = sys.getrecursionlimit()
print(old >= 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
import sys as system
print(system is sys)
from sys import stdout as out
out.write("via alias\n")
print(type(sys.maxsize).__name__, sys.maxsize > 2 ** 31)
