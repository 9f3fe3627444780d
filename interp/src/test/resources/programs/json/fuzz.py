# Mutated JSON documents (a fixed linear congruential sequence): every result or error must match CPython's
import json

seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


bases = ['{"a": [1, 2.5, -3e2, "x\\u00e9y", null, true, false], "b": {"c": "d\\n"}}',
         '[{"k": [[], {}]}, "s\\"t", 0.0, -0, 1E+9, "\\ud83d\\ude00"]', ' {"nested": {"deep": [NaN, Infinity]}} ']
alphabet = '{}[]",:0123456789.eE+-\\u ntrufalsNIy\n\t'
for i in range(400):
    doc = list(bases[rand(len(bases))])
    for _ in range(1 + rand(3)):
        op = rand(3)
        at = rand(len(doc) + 1)
        if op == 0 and doc:
            del doc[min(at, len(doc) - 1)]
        elif op == 1:
            doc.insert(at, alphabet[rand(len(alphabet))])
        else:
            doc = doc[:at]
    doc = ''.join(doc)
    try:
        result = json.loads(doc)
        print(i, 'ok', json.dumps(result, sort_keys=True))
    except json.JSONDecodeError as e:
        print(i, e)
    except TypeError as e:
        print(i, 'TypeError', e)
