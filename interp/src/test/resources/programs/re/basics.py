import re
p = re.compile(r'(?P<word>\w+)\s(\d+)?', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
m = p.search('  Hello 42 x')
print(m, m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(1), m.lastindex, m.lastgroup, m[1], m['word'], bool(m))
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'\d+', 'a12b345'))
print([m.span() for m in re.finditer(r'x*', 'abxd')])
print(re.sub('x*', '-', 'abxd'), re.subn(r'(\w+)@(\w+)', r'\2 at \g<1>', 'joe@home ann@work'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3', count=2))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\W+', 'a b  c', maxsplit=1), re.split('', 'abc'))
print(re.escape('a.b*c?'), re.fullmatch(r'a|ab', 'ab'), re.match('a', 'ba'), re.match('^a', 'ba', re.M))
print(re.findall(r'(?m)^\w', 'ab\ncd\n'), re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.match(b'(a)b', b'abc'), re.sub(b'a', b'x', b'banana'))
print(re.search('😀(.)', 'x😀yz').span(1), re.findall('.', 'a😀b'))
for bad in ['(', ')', 'a**', '*', '[b-a]', r'\q', 'a{3,2}', '(?P<a>x)(?P<a>y)', '(?<=a+)b', '(?P=n)', '[', 'a)\n(']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e, e.msg, e.pos)
print(p.match('xx Hi 3', 3), p.match('xx Hi 3', 3, 5))
print(re.compile('a{,3}').match('aaaa'), re.compile('x{').match('x{'))
