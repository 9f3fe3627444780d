# json.loads: every value kind, whitespace, escapes, numbers, bytes input, hooks and parse functions
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '1e-2', '0.000001', '-0.0',
        '123456789012345678901234567890', '1.5e400', '-1e400', '"plain"', '""', '"\\u00e9\\u20ac"',
        '"\\ud83d\\ude00"', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '"é€😀"', '[]', '{}', '[1, [2, [3, []]]]', ' \t\n\r [ 1 , 2 ] \n', '{"a": {"b": {"c": [null]}}}',
        '{"dup": 1, "dup": 2}', '{"": ""}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '{"a" : 1 , "b":[true,false , null]}', '"\\u0000"', '[1e5, 2E-3, 0e0]']
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

print(json.loads(b'{"bytes": [1, 2]}'))
print(json.loads(bytearray(b'["bytearray"]')))
print(json.loads('"\xe9"'.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf[1]'))

print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=lambda p: ('pairs', p), object_hook=lambda d: 'unused'))
print(json.loads('[1.5, 2, 3.25e1]', parse_float=lambda s: 'F' + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=str))
print(repr(json.loads('"tab\there"', strict=False)))
print(repr(json.loads('["new\nline"]', strict=False)))

dec = json.JSONDecoder()
print(dec.decode(' [1, 2] '))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[3]', 2))
print(json.decoder.scanstring('"abc\\n" rest', 1))
print(json.decoder.scanstring('"a\tb"', 1, False))
print(json.loads(json.dumps({"round": [1, 2.5, "é", None, True, {"k": []}]})))
print(json.loads('[1, "\u00e9"]'.encode('utf-16')))
print(json.loads('{"le": 1}'.encode('utf-16-le')))
print(json.loads('{"be": 2}'.encode('utf-16-be')))
print(json.loads('["w"]'.encode('utf-32')))
print(json.loads('7'.encode('utf-16-le')))
