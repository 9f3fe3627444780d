import re
print(re.compile('a+b', re.IGNORECASE), re.compile(b'x', re.M | re.S), re.compile('y', re.A | re.X))
print(re.findall(r'''(?x) \d+   # digits
                  [ ]? [a-z] ''', '12 a 3b'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'))
print(re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab'), re.search(r'(?>a+)a', 'aaa'), re.search(r'a*+a', 'aaa'))
print(re.findall(r'[^\W\d]+', 'ab1c_2'), re.findall(r'[&&[]', 'a&&[b'), re.findall(r'\bfoo\b', 'foo food foo.'))
print(re.findall(r'(?i)é', 'ÉéE'), re.findall(r'(?a)\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld'))
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'), re.findall(r'(?s).', 'a\nb'), re.findall('.', 'a\nb'))
print(re.match(r'(\w)\1', 'aa'), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" x'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1\n', 'hello world'), re.sub('a', r'\t|\\', 'aa'))
print(re.compile(r'\d').findall('1a2b3', 1, 4), re.compile('$').search('ab', 0, 1))
print(re.match('(a)(b)?', 'a').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)()', 'a').lastindex, re.match('(a())', 'a').lastindex)
for bad, flags in [('(?i)a(?m)', 0), ('a', re.A | re.U), ('(?z)', 0), (r'\x4', 0), ('(?P<1>a)', 0), ('a{99999999999}', 0), ('a\n)', 0), (b'\\w\xff)', 0)]:
    try:
        re.compile(bad, flags)
    except (re.error, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for repl in [r'\3', r'\g<zz>', '\\', r'\q']:
    try:
        re.sub('(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for call in [lambda: re.match('a', 1), lambda: re.compile(1), lambda: re.match(b'a', 'a'), lambda: re.match('a', b'a'), lambda: re.compile(re.compile('a'), re.I), lambda: re.match('(a)', 'a').group(2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'), re.purge())
