from __future__ import annotations
# PEP 563: annotations are kept as strings, so forward references need no quotes.
from typing import Optional

class Node:
    next: Optional[Node]
    value: int = 0

    def link(self, other: Node) -> Node:
        self.next = other
        return other

def build(values: list[int], *, start: Node | None = None) -> Node:
    return Node()

print(Node.__annotations__)
print(Node.link.__annotations__)
print(build.__annotations__)
x: Later = 5
print(__annotations__, x)
class Later:
    pass
