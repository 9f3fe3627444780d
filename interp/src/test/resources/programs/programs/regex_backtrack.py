# A backtracking regular-expression engine: a parser to a node tree and a
# matcher in continuation-passing style built from closures; supports
# . [] [^] * + ? {m,n} lazy quantifiers, | , groups with captures, ^ $ \d \w \s.
import string


class RegexError(Exception):
    def __init__(self, msg, pattern, pos):
        super().__init__("%s at position %d in %r" % (msg, pos, pattern))
        self.pos = pos


CLASSES = {"d": set(string.digits), "w": set(string.ascii_letters + string.digits + "_"),
           "s": set(string.whitespace)}


class Node:
    def __repr__(self):
        fields = ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))
        return "%s(%s)" % (type(self).__name__, fields)


class Char(Node):
    def __init__(self, test, label):
        self.test, self.label = test, label

    def __repr__(self):
        return "Char(%s)" % self.label


class Seq(Node):
    def __init__(self, items):
        self.items = items


class Alt(Node):
    def __init__(self, options):
        self.options = options


class Repeat(Node):
    def __init__(self, item, lo, hi, lazy):
        self.item, self.lo, self.hi, self.lazy = item, lo, hi, lazy


class Group(Node):
    def __init__(self, item, index):
        self.item, self.index = item, index


class Anchor(Node):
    def __init__(self, kind):
        self.kind = kind


class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.groups = 0

    def error(self, msg):
        raise RegexError(msg, self.p, self.i)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.alt()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return node

    def alt(self):
        options = [self.seq()]
        while self.peek() == "|":
            self.i += 1
            options.append(self.seq())
        return options[0] if len(options) == 1 else Alt(options)

    def seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        return Seq(items)

    def quantified(self):
        atom = self.atom()
        c = self.peek()
        if c in ("*", "+", "?", "{"):
            if isinstance(atom, Anchor):
                self.error("nothing to repeat")
            self.i += 1
            if c == "{":
                end = self.p.find("}", self.i)
                if end < 0:
                    self.error("missing }")
                body = self.p[self.i:end]
                lo, _, hi = body.partition(",")
                lo = int(lo or 0)
                hi = lo if "," not in body else (int(hi) if hi else None)
                if hi is not None and hi < lo:
                    self.error("min repeat greater than max repeat")
                self.i = end + 1
            else:
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            lazy = self.peek() == "?"
            if lazy:
                self.i += 1
            return Repeat(atom, lo, hi, lazy)
        return atom

    def atom(self):
        c = self.peek()
        self.i += 1
        if c == "(":
            self.groups += 1
            index = self.groups
            inner = self.alt()
            if self.peek() != ")":
                self.error("missing ), unterminated subpattern")
            self.i += 1
            return Group(inner, index)
        if c == "[":
            return self.charclass()
        if c == ".":
            return Char(lambda ch: ch != "\n", "any")
        if c in "^$":
            return Anchor(c)
        if c in "*+?{":
            self.i -= 1
            self.error("nothing to repeat")
        if c == "\\":
            e = self.peek()
            self.i += 1
            if e is None:
                self.error("bad escape (end of pattern)")
            if e.lower() in CLASSES:
                members = CLASSES[e.lower()]
                neg = e.isupper()
                return Char(lambda ch: (ch in members) != neg, "\\" + e)
            return Char(lambda ch: ch == e, repr(e))
        return Char(lambda ch: ch == c, repr(c))

    def charclass(self):
        neg = self.peek() == "^"
        if neg:
            self.i += 1
        members = set()
        first = True
        while self.peek() != "]" or first:
            c = self.peek()
            if c is None:
                self.error("unterminated character set")
            first = False
            self.i += 1
            if c == "\\":
                c = self.p[self.i]
                self.i += 1
                if c in CLASSES:
                    members |= CLASSES[c]
                    continue
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                hi = self.p[self.i + 1]
                self.i += 2
                members.update(chr(o) for o in range(ord(c), ord(hi) + 1))
            else:
                members.add(c)
        self.i += 1
        return Char(lambda ch: (ch in members) != neg, ("[^%d]" if neg else "[%d]") % len(members))


def compile_node(node):
    """Turns a node into m(text, pos, caps, k) -> result of k or None."""
    if isinstance(node, Char):
        test = node.test
        return lambda t, i, caps, k: k(i + 1, caps) if i < len(t) and test(t[i]) else None
    if isinstance(node, Anchor):
        if node.kind == "^":
            return lambda t, i, caps, k: k(i, caps) if i == 0 else None
        return lambda t, i, caps, k: k(i, caps) if i == len(t) else None
    if isinstance(node, Seq):
        ms = [compile_node(n) for n in node.items]

        def seq(t, i, caps, k, j=0):
            if j == len(ms):
                return k(i, caps)
            return ms[j](t, i, caps, lambda i2, c2: seq(t, i2, c2, k, j + 1))
        return seq
    if isinstance(node, Alt):
        ms = [compile_node(n) for n in node.options]

        def alt(t, i, caps, k):
            for m in ms:
                r = m(t, i, caps, k)
                if r is not None:
                    return r
            return None
        return alt
    if isinstance(node, Group):
        m = compile_node(node.item)
        idx = node.index

        def group(t, i, caps, k):
            return m(t, i, caps, lambda i2, c2: k(i2, {**c2, idx: (i, i2)}))
        return group
    if isinstance(node, Repeat):
        m = compile_node(node.item)
        lo, hi, lazy = node.lo, node.hi, node.lazy

        def rep(t, i, caps, k, count=0):
            def more():
                if hi is not None and count >= hi:
                    return None
                return m(t, i, caps, lambda i2, c2: None if i2 == i and count >= lo
                         else rep(t, i2, c2, k, count + 1))

            def stop():
                return k(i, caps) if count >= lo else None
            first, second = (stop, more) if lazy else (more, stop)
            r = first()
            return r if r is not None else second()
        return rep
    raise TypeError("unknown node %r" % node)


class Match:
    def __init__(self, text, span, caps, ngroups):
        self.text, self._span, self.caps, self.ngroups = text, span, caps, ngroups

    def span(self, g=0):
        return self._span if g == 0 else self.caps.get(g, (-1, -1))

    def group(self, g=0):
        a, b = self.span(g)
        return None if a < 0 else self.text[a:b]

    def groups(self):
        return tuple(self.group(g) for g in range(1, self.ngroups + 1))

    def __repr__(self):
        return "<Match span=%r match=%r>" % (self._span, self.group())


class Regex:
    def __init__(self, pattern):
        parser = Parser(pattern)
        self.tree = parser.parse()
        self.ngroups = parser.groups
        self.matcher = compile_node(self.tree)

    def match(self, text, pos=0):
        r = self.matcher(text, pos, {}, lambda i, caps: (i, caps))
        return None if r is None else Match(text, (pos, r[0]), r[1], self.ngroups)

    def search(self, text):
        for pos in range(len(text) + 1):
            m = self.match(text, pos)
            if m:
                return m
        return None

    def finditer(self, text):
        pos = 0
        while pos <= len(text):
            m = self.match(text, pos)
            if m is None:
                pos += 1
                continue
            yield m
            pos = m.span()[1] + (m.span()[1] == pos)

    def sub(self, repl, text):
        out, last = [], 0
        for m in self.finditer(text):
            a, b = m.span()
            out.append(text[last:a])
            out.append(repl(m) if callable(repl) else repl)
            last = b
        out.append(text[last:])
        return "".join(out)


print(Regex("a(b|c)*d").tree)
tests = [("a(b|c)*d", "xxabcbdyy"), (r"\d+", "order 66 and 7"), (r"(\w+)@(\w+)\.com", "mail bob@example.com now"),
         ("colou?r", "my color"), ("a{2,3}", "caaaaat"), ("a{2,3}?", "caaaaat"), ("<.*>", "<a><b>"), ("<.*?>", "<a><b>"),
         ("^ab|cd$", "xxcd"), ("^ab", "xab"), ("[a-c]+[^a-c]", "abcabcx"), (r"(a|ab)(c|bcd)(d*)", "abcd"),
         ("(a*)*b", "aaaab"), ("(a*)+$", "aaa"), (r"\s\S", "a  b"), ("x*", "abc"), ("[]a]+", "]]a!"),
         (r"(\d{3})-(\d{4})", "call 555-1234"), ("((a)(b)?)+", "aab")]
for pat, text in tests:
    m = Regex(pat).search(text)
    print("%-22s %-24r -> %r %s" % (pat, text, m, m.groups() if m else ""))
words = Regex(r"[A-Za-z]+")
text = "The quick brown fox, 42 jumps; over the lazy dog."
print([m.group() for m in words.finditer(text)])
print([m.span() for m in Regex("o").finditer(text)][:5], len(list(Regex("").finditer("abc"))))
print(Regex(r"\d+").sub(lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(Regex("(\\w+) (\\w+)").sub(lambda m: m.group(2) + " " + m.group(1), "hello world foo bar"))
print(Regex("a|").sub("-", "banana"))
for bad in ["a(b", "a)b", "*a", "a{3,1}", "[abc", "a\\", "^*"]:
    try:
        Regex(bad)
    except RegexError as e:
        print("RegexError:", e, e.pos)
