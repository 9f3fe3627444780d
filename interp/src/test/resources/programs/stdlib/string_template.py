# string: constants, capwords, Template (substitute, safe_substitute, identifiers, errors,
# a custom delimiter) and Formatter.
import string
from string import Template
print(string.ascii_letters, string.digits, string.capwords('hello   world'), len(string.printable))
t = Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a'}, what='b'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for bad in (lambda: t.substitute(who='x'), lambda: Template('bad $ here').substitute(), lambda: Template('$1x').substitute()):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %age').substitute(name='n', age=3))
f = string.Formatter()
print(f.format('{0} + {1} = {2:>5}', 1, 2, 3), f.format('{a.real} {b[1]} {c!r}', a=3, b=[1, 2], c='s'))
print(list(f.parse('x{0:>3}y{name!r}z')))
