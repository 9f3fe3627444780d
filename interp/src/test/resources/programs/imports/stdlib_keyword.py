# keyword comes from the runtime's own standard library.
import keyword
from keyword import iskeyword, issoftkeyword, kwlist, softkwlist

print(len(kwlist), kwlist[:5], softkwlist)
print(iskeyword("lambda"), iskeyword("match"), issoftkeyword("match"), issoftkeyword("if"))
print(keyword.__name__, keyword.__all__)
print([w for w in ["if", "x", "None", "case", "async"] if iskeyword(w)])
print(keyword.__file__.endswith("keyword.py"))
