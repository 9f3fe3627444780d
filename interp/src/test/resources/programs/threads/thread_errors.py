# An exception in a thread is reported by threading.excepthook (to stderr) and does not stop
# the program; a custom excepthook receives the details; _thread's own threads report through
# "Exception ignored in thread started by".
import threading, _thread, time, sys, io

def fail():
    raise ValueError('broken worker')

saved, sys.stderr = sys.stderr, io.StringIO()
t = threading.Thread(target=fail, name='Failing')
t.start(); t.join()
report, sys.stderr = sys.stderr.getvalue(), saved
lines = report.splitlines()
print(lines[0], lines[1], lines[-2:], sep='\n')
print('main continues', t.is_alive())

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=fail, name='Hooked'); t.start(); t.join()
threading.excepthook = old
print(caught)

t = threading.Thread(target=sys.exit, name='Exiting'); t.start(); t.join()
print('SystemExit in a thread is silent')

done = threading.Event()
def raw(x):
    try:
        print('raw thread got', x)
    finally:
        done.set()
_thread.start_new_thread(raw, ('k',))
done.wait(5)
time.sleep(0.05)
print('after raw thread')
for bad in ((1, ()), (print, [1]), (print, (), [])):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print('ValueError:', e)
