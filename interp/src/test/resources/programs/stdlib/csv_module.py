import csv, io
data = 'name,age,note\r\nalice,30,"likes ""quotes"", commas"\r\nbob,25,"multi\nline"\r\n\r\ncarol,,x\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
r = csv.reader(['a;b;c', '1;2;3'], delimiter=';')
print(list(r), r.line_num)
print(list(csv.reader(['"a" , b', ' c,d'], skipinitialspace=True)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a,"unterminated'])))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'say "hi"', None, 1, 2.5, True, 'line\nbreak', ''])
w.writerow([''])
w.writerows([[1, 2], [3, 4]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO(); csv.writer(o, quoting=q, lineterminator='\n').writerow(['x', 1, 2.0, None]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c']); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, dialect='unix').writerow(['a', 1]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, dialect='excel-tab').writerow(['a', 'b\tc']); print(repr(o.getvalue()))
f = io.StringIO('id,name\n1,x\n2,y,extra\n3\n\n')
dr = csv.DictReader(f)
for row in dr:
    print(row)
print(dr.fieldnames, dr.line_num)
o = io.StringIO()
dw = csv.DictWriter(o, fieldnames=['id', 'name'])
dw.writeheader(); dw.writerow({'id': 1, 'name': 'n'}); dw.writerows([{'id': 2}])
print(repr(o.getvalue()))
try:
    dw.writerow({'id': 1, 'bad': 2})
except ValueError as e:
    print('ValueError', e)
for bad in [lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: csv.get_dialect('nope'),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: list(csv.reader(['a\rb'])), lambda: list(csv.reader([b'x'])),
            lambda: csv.reader([], delimiter='::'), lambda: list(csv.reader(['x'], quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
o = io.StringIO(); csv.writer(o, 'pipes').writerow([1, 'a']); print(repr(o.getvalue()), 'pipes' in csv.list_dialects())
class My(csv.excel):
    delimiter = ':'
print(list(csv.reader(['a:b'], My)))
s = csv.Sniffer().sniff('a;b;c\n1;2;3\n')
print(s.delimiter, csv.Sniffer().has_header('name,age\nx,1\ny,2\n'))
