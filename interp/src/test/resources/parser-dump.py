# Prints, for each file given, "### <path>", its ast.dump on one line, then one line per
# positioned node in ast.walk order: "Type lineno col_offset end_lineno end_col_offset".
# Used by ParserDifferentialTest. Prints SKIP and exits 0 when not CPython 3.11.
import ast
import sys

if sys.version_info[:2] != (3, 11):
    print("SKIP python3 is %d.%d, not 3.11" % sys.version_info[:2])
    sys.exit(0)
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    print("### " + path)
    print(ast.dump(tree))
    for node in ast.walk(tree):
        if hasattr(node, "lineno"):
            print("%s %d %d %d %d" % (type(node).__name__, node.lineno, node.col_offset,
                                      node.end_lineno, node.end_col_offset))
