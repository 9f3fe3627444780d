# __name__ is "__main__" only for the script that runs; imported modules see their own name.
import sys
sys.path.insert(0, __file__.rsplit("/", 1)[0] + "/lib")

print(__name__)
if __name__ == "__main__":
    print("running as the main program")
import mainname
print(mainname.__name__)
print(sys.modules["__main__"] is sys.modules[__name__])
print(sys.modules["__main__"].__file__ == __file__)
