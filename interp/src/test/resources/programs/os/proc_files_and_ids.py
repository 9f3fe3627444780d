import os
print(os.getuid() >= 0, os.getuid() == os.geteuid(), os.getgid() >= 0, os.getppid() > 0, os.getppid() != os.getpid())
u = os.uname()
print(u.sysname, type(u).__name__, len(u), u.nodename == open('/proc/sys/kernel/hostname').read().strip(), u.release == open('/proc/sys/kernel/osrelease').read().strip(), u.machine)
# Files of /proc report a size of 0 and still have contents: read() must go to the end.
with open('/proc/self/status') as f:
    text = f.read()
print(len(text) > 100, text.startswith('Name:'), any(line.startswith('VmRSS:') for line in text.splitlines()))
with open('/proc/self/status', 'rb') as f:
    print(f.read().startswith(b'Name:'))
with open('/proc/self/status') as f:
    print(next(iter(f)).startswith('Name:'), sum(1 for _ in f) > 5)
