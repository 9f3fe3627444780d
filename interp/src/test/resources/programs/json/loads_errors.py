# json.loads errors: JSONDecodeError messages, positions, attributes; TypeError for bad input
import json

bad = ['', '   ', '{', '}', '[', ']', '[1,]', '[1,', '[1 2]', '[1,,2]', '{"a"', '{"a":', '{"a":1', '{"a":1,',
       '{"a":1,}', '{a:1}', '{"a" 1}', '{"a":1 "b":2}', '{,}', '"abc', '"a\\', '"a\\x"', '"\\u12"',
       '"\\u12g4"', '"\\ud800\\udc0"', '"\\ud800\\ux000"', '"\x01"', '"a\nb"', '1 2', 'nul', 'tru', 'fals',
       '-', '-a', '01', '1.', '.5', '1.e5', '1e', '[1]]', '[-]', 'nan', 'inf', '-Inf', "'single'",
       '\n\n  [1,\n  2,\n  x]', '{\n"a": 1,\n"b": \n}', '[1]\n\n  extra', '\ufeff[]', '[\t"\t"]',
       '{"key": "value", "k2": [1, 2, {"k3": }]}', '"\\ud800\\', '"\\ud800\\x"']
for d in bad:
    try:
        json.loads(d)
        print(repr(d), 'no error')
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == d)

try:
    json.loads('[1, 2, oops]')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, type(e).__mro__[1].__name__, e)

for arg in [None, 12, [1], {"a": 1}]:
    try:
        json.loads(arg)
    except TypeError as e:
        print('TypeError', e)

try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
try:
    json.JSONDecoder().raw_decode('[1]', 3)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d["missing"])
except KeyError as e:
    print('KeyError', e)
try:
    json.loads('[1]', parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.args, err.lineno, err.colno)
