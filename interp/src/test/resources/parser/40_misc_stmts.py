import os.path as p; from x import y
def f(a, *args, b=2, **kw): return a, args, b, kw
class A(object): pass
try: pass
except: pass
while 0: pass
for i in x: pass
with a: pass
