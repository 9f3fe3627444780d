# exit: 0
# logging: basicConfig, logger hierarchy and levels, handlers with formatters (% and {} styles),
# exception(), NullHandler, propagate, module-level functions.
import logging, io
logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('app')
log.info('starting %s', 'up')
log.debug('hidden')
child = logging.getLogger('app.db')
child.warning('slow query: %d ms', 250)
print(child.parent is log, log.getEffectiveLevel(), logging.getLevelName(logging.ERROR), logging.getLevelName('INFO'))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('[%(levelname)s] %(message)s'))
other = logging.getLogger('other')
other.addHandler(h)
other.propagate = False
other.setLevel(logging.DEBUG)
other.debug('to buffer')
try:
    1 / 0
except ZeroDivisionError:
    other.exception('failed')
print(buf.getvalue().splitlines()[:3])
logging.getLogger('quiet').addHandler(logging.NullHandler())
print(repr(log), repr(logging.getLogger()), logging.getLogger('app') is log)
logging.warning('root %s', 'warning')
f = logging.Formatter('{levelname}|{message}', style='{')
r = logging.LogRecord('n', logging.INFO, 'p.py', 3, 'hello %s', ('x',), None)
print(f.format(r), r.getMessage(), r.levelname)
