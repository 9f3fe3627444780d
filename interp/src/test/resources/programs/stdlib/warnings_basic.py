# warnings: filters (always, error, ignore, message patterns), catch_warnings(record=True),
# resetwarnings, formatwarning, and the builtin warning categories.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter('error', UserWarning)
try:
    warnings.warn('boom')
except UserWarning as e:
    print('raised', e)
warnings.resetwarnings()
warnings.simplefilter('ignore')
warnings.warn('silent')
with warnings.catch_warnings():
    warnings.filterwarnings('error', message='bad.*')
    try:
        warnings.warn('bad thing')
    except UserWarning as e:
        print('filtered', e)
    warnings.warn('good thing')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'x = 1'), end='')
try:
    warnings.warn('x', 5)
except TypeError as e:
    print('TypeError:', e)
print([c.__name__ for c in (PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning)], issubclass(FutureWarning, Warning))
