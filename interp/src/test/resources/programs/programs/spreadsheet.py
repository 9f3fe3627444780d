# A spreadsheet: cells hold numbers, text or formulas such as
# "=SUM(A1:A3)*2+B1"; formulas are tokenized and parsed into closures,
# dependencies are tracked so edits recompute only dependents in
# topological order, and errors (#DIV/0!, #REF!, #CYCLE!) propagate.
import math
import operator
import string


class SheetError(Exception):
    tag = "#ERR!"

    def __str__(self):
        return self.tag


class DivZero(SheetError):
    tag = "#DIV/0!"


class BadRef(SheetError):
    tag = "#REF!"


class CycleError(SheetError):
    tag = "#CYCLE!"


class BadValue(SheetError):
    tag = "#VALUE!"


class FormulaSyntax(SheetError):
    tag = "#SYNTAX!"

    def __init__(self, text, pos):
        super().__init__(text, pos)
        self.text, self.pos = text, pos


def split_ref(ref):
    col = ref.rstrip(string.digits)
    row = ref[len(col):]
    if len(col) != 1 or col not in string.ascii_uppercase or not row.isdigit() or row.startswith("0"):
        raise BadRef(ref)
    return col, int(row)


def expand_range(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    cols = string.ascii_uppercase[min(ord(ca), ord(cb)) - 65:max(ord(ca), ord(cb)) - 64]
    return [c + str(r) for r in range(min(ra, rb), max(ra, rb) + 1) for c in cols]


def tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c == " ":
            i += 1
        elif c in string.digits or c == ".":
            j = i
            while j < len(text) and (text[j] in string.digits or text[j] == "."):
                j += 1
            yield ("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j]), i)
            i = j
        elif c in string.ascii_uppercase:
            j = i
            while j < len(text) and (text[j] in string.ascii_uppercase or text[j] in string.digits):
                j += 1
            yield ("name", text[i:j], i)
            i = j
        elif c in "+-*/^(),:":
            yield ("op", c, i)
            i += 1
        else:
            raise FormulaSyntax(text, i)
    yield ("end", None, len(text))


FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs),
         "COUNT": len, "ABS": lambda xs: abs(xs[0]), "SQRT": lambda xs: math.sqrt(xs[0])}
BINOPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
          "/": (2, operator.truediv), "^": (3, operator.pow)}


class Formula:
    def __init__(self, text):
        self.text = text
        self.toks = list(tokens(text))
        self.i = 0
        self.refs = set()
        self.fn = self.expr(0)
        if self.toks[self.i][0] != "end":
            raise FormulaSyntax(text, self.toks[self.i][2])

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expr(self, min_prec):
        left = self.unary()
        while True:
            kind, val, pos = self.toks[self.i]
            if kind != "op" or val not in BINOPS or BINOPS[val][0] <= min_prec - (val == "^"):
                return left
            self.i += 1
            prec, op = BINOPS[val]
            right = self.expr(prec)
            left = self.binary(op, left, right)

    @staticmethod
    def binary(op, left, right):
        def run(get):
            a, b = left(get), right(get)
            try:
                return op(a, b)
            except ZeroDivisionError:
                raise DivZero() from None
            except TypeError:
                raise BadValue() from None
        return run

    def unary(self):
        kind, val, pos = self.next()
        if kind == "op" and val == "-":
            inner = self.unary()
            return lambda get: -inner(get)
        if kind == "num":
            return lambda get: val
        if kind == "op" and val == "(":
            inner = self.expr(0)
            self.expect(")")
            return inner
        if kind == "name" and self.toks[self.i][1] == "(":
            if val not in FUNCS:
                raise FormulaSyntax(self.text, pos)
            self.i += 1
            args = self.arglist()
            fn = FUNCS[val]
            return lambda get: fn([x for a in args for x in a(get)])
        if kind == "name":
            split_ref(val)
            self.refs.add(val)
            return lambda get: get(val)
        raise FormulaSyntax(self.text, pos)

    def expect(self, text):
        kind, val, pos = self.next()
        if val != text:
            raise FormulaSyntax(self.text, pos)

    def arglist(self):
        args = []
        while True:
            kind, val, pos = self.toks[self.i]
            if kind == "name" and self.toks[self.i + 1][1] == ":":
                end = self.toks[self.i + 2][1]
                cells = expand_range(val, end)
                self.refs.update(cells)
                self.i += 3
                args.append(lambda get, cells=cells: [get(c) for c in cells])
            else:
                e = self.expr(0)
                args.append(lambda get, e=e: [e(get)])
            if self.next()[1] == ")":
                return args
            self.i -= 1
            self.expect(",")


class Sheet:
    def __init__(self):
        self.raw = {}
        self.formulas = {}
        self.values = {}
        self.dependents = {}
        self.recalcs = 0

    def __setitem__(self, ref, content):
        split_ref(ref)
        old = self.formulas.pop(ref, None)
        if old:
            for r in old.refs:
                self.dependents[r].discard(ref)
        self.raw[ref] = content
        if isinstance(content, str) and content.startswith("="):
            try:
                f = Formula(content[1:])
            except SheetError as e:
                self.values[ref] = e
            else:
                self.formulas[ref] = f
                for r in f.refs:
                    self.dependents.setdefault(r, set()).add(ref)
        else:
            self.values[ref] = content
        self.recompute(ref)

    def __getitem__(self, ref):
        v = self.values.get(ref, 0)
        return str(v) if isinstance(v, SheetError) else v

    def affected(self, ref):
        """Cells to recompute after ref changes, in topological order."""
        order, state = [], {}

        def visit(r):
            if state.get(r) == 1:
                raise CycleError()
            if state.get(r) == 2:
                return
            state[r] = 1
            for d in sorted(self.dependents.get(r, ())):
                visit(d)
            state[r] = 2
            order.append(r)
        visit(ref)
        return order[::-1]

    def recompute(self, ref):
        try:
            order = self.affected(ref)
        except CycleError as e:
            for r in self.cycle_members(ref):
                self.values[r] = e
            return
        for r in order:
            if r in self.formulas:
                self.recalcs += 1
                try:
                    self.values[r] = self.formulas[r].fn(self.lookup)
                except SheetError as e:
                    self.values[r] = e

    def cycle_members(self, ref):
        seen, stack = set(), [ref]
        while stack:
            r = stack.pop()
            if r not in seen:
                seen.add(r)
                stack.extend(self.dependents.get(r, ()))
        return sorted(seen & set(self.formulas))

    def lookup(self, ref):
        v = self.values.get(ref, 0)
        if isinstance(v, SheetError):
            raise type(v)()
        if isinstance(v, str):
            raise BadValue()
        return v

    def show(self, refs):
        return " ".join("%s=%s" % (r, self[r]) for r in refs)


sh = Sheet()
for ref, val in [("A1", 10), ("A2", 20), ("A3", 30.5), ("B1", "=SUM(A1:A3)"), ("B2", "=B1*2-A1/4"),
                 ("B3", "=AVG(A1:A3, B1)"), ("C1", "=MAX(A1:B3) - MIN(A1, A2, 5)"), ("C2", "=2^3^2"),
                 ("C3", "=-(A1+A2)*3"), ("D1", "label"), ("D2", "=SQRT(A1*A1+A2*A2)"), ("D3", "=COUNT(A1:C3)")]:
    sh[ref] = val
print(sh.show(["A1", "A2", "A3", "B1", "B2", "B3"]))
print(sh.show(["C1", "C2", "C3", "D1", "D2", "D3"]), "recalcs:", sh.recalcs)
print("dependents of A1:", sorted(sh.dependents["A1"]), "order:", sh.affected("A1"))
sh.recalcs = 0
sh["A1"] = 100
print(sh.show(["B1", "B2", "B3", "C1", "D2"]), "recalcs:", sh.recalcs)
sh["E1"] = "=A1/(A2-20)"
sh["E2"] = "=E1+1"
sh["E3"] = "=D1*2"
sh["E4"] = "=Z99+1"
print(sh.show(["E1", "E2", "E3", "E4"]))
sh["A2"] = 25
print(sh.show(["E1", "E2"]), "after fixing A2")
sh["F1"] = "=F3+1"
sh["F2"] = "=F1*2"
sh["F3"] = "=F2-1"
print(sh.show(["F1", "F2", "F3"]))
sh["F3"] = 7
print(sh.show(["F1", "F2", "F3"]), "cycle broken")
for bad in ["=1+", "=SUM(A1:A2", "=FOO(1)", "=A1 # 2", "=(1+2))", "=A0+1", "=AA1"]:
    sh["G1"] = bad
    err = sh.values["G1"]
    print("%-12s -> %s %s" % (bad, sh["G1"], (err.text, err.pos) if isinstance(err, FormulaSyntax) else type(err).__name__))
try:
    sh["a1"] = 5
except BadRef as e:
    print("BadRef:", e, e.args)
print(expand_range("C2", "A1"), [t[:2] for t in tokens("SUM(A1:B2)*2.5")])
print(isinstance(DivZero(), SheetError), [c.tag for c in SheetError.__subclasses__()])
