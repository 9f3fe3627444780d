# traceback: format_exc, print_exc, extract_tb, format_exception(_only) with chains, TracebackException;
# the text is the interpreter's own (CPython's format, carets included).
import traceback, sys, io

def inner(x):
    return 10 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    etype, value, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.name, fs.line)
    print(traceback.format_exception_only(etype, value))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)

try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('converted') from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(''.join(lines).replace(__file__, 'FILE'), end='')
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format_exception_only()), end='')
print(traceback.format_exception_only(KeyError, KeyError('k')))
