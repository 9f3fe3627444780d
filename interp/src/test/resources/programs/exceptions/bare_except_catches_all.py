import sys
def attempt(f):
    try:
        f()
    except:
        return "caught"
    return "no error"
print(attempt(lambda: 1 / 0), attempt(lambda: [][1]), attempt(lambda: None))
def exit_caught():
    try:
        sys.exit(5)
    except:
        return "SystemExit caught by bare except"
print(exit_caught())
try:
    sys.exit(7)
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit("text")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
