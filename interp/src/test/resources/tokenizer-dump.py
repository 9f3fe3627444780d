"""Prints CPython's tokens for each file named on the command line, for TokenizerDifferentialTest.

One line per token: KIND startline startcol endline endcol json(string). Each file starts with a
line '### <name>'. Only CPython 3.11 is a valid reference (3.12 tokenizes f-strings apart).
"""
import io
import json
import sys
import tokenize

if sys.version_info[:2] != (3, 11):
    print("SKIP python3 is %d.%d, the reference is 3.11" % sys.version_info[:2])
    sys.exit(0)
for path in sys.argv[1:]:
    print("### " + path)
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    try:
        for t in tokenize.generate_tokens(io.StringIO(src, newline="").readline):
            print(tokenize.tok_name[t.type], t.start[0], t.start[1], t.end[0], t.end[1],
                  json.dumps(t.string))
    except (tokenize.TokenError, SyntaxError) as e:
        print("ERROR", json.dumps(str(e)))
