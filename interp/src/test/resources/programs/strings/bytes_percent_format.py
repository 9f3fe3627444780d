print(b'%s=%d' % (b'k', 3), b'%5s|%-5s|%.2s' % (b'ab', b'cd', b'xyz'), b'%b' % bytearray(b'ba'), b'%a %r' % ('é', 'x'), b'%c%c' % (65, b'B'))
print(b'%x %X %o %05d %+.2f %e %g %%' % (255, 255, 8, 42, 3.14159, 1e10, 0.5), b'%(k)s and %(n)d' % {b'k': b'v', b'n': 7}, b'%*d|%-*d' % (5, 1, 4, 2))
print(bytearray(b'%s-%s') % (b'a', b'b'), type(bytearray(b'%d') % 1).__name__, b'%s' % b'single', b'no args' % (), b'%s' % (b'x',))
class B:
    def __bytes__(self): return b'BYTES'
print(b'[%s]' % B(), b'%i %u' % (3, 4))
for bad in [lambda: b'%s' % 'str', lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'), lambda: b'%c' % 256, lambda: b'%c' % b'ab', lambda: b'%q' % 1, lambda: b'%d' % b'x', lambda: b'x' % 5]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
