# A tiny language: tokenizer, recursive-descent parser, compiler to bytecode
# and a stack-based virtual machine, with a custom error hierarchy.
import string


class LangError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = super().__str__()
        return base if self.pos is None else "%s at %d" % (base, self.pos)


class LexError(LangError):
    pass


class ParseError(LangError):
    pass


class VMError(LangError):
    pass


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %r)" % (self.kind, self.text)

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)


KEYWORDS = {"let", "print", "while", "if", "else", "end", "do", "then"}
OPS = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "(", ")", "="]


def tokenize(src):
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c in string.whitespace:
            i += 1
            continue
        if c == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        if c in string.digits:
            j = i
            while j < n and src[j] in string.digits:
                j += 1
            yield Token("num", src[i:j], i)
            i = j
            continue
        if c in string.ascii_letters or c == "_":
            j = i
            while j < n and (src[j] in string.ascii_letters or src[j] in string.digits or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield Token("kw" if word in KEYWORDS else "name", word, i)
            i = j
            continue
        for op in OPS:
            if src.startswith(op, i):
                yield Token("op", op, i)
                i += len(op)
                break
        else:
            raise LexError("unexpected character %r" % c, i)
    yield Token("eof", "", n)


class Parser:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2,
            "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            raise ParseError("expected %s got %r" % (text or kind, t.text), t.pos)
        return self.advance()

    def program(self):
        stmts = self.block(("eof",))
        self.expect("eof")
        return ("block", stmts)

    def block(self, stops):
        stmts = []
        while self.tok.kind != "eof" and self.tok.text not in stops:
            stmts.append(self.statement())
        return stmts

    def statement(self):
        t = self.tok
        if t.text == "let":
            self.advance()
            name = self.expect("name").text
            self.expect("op", "=")
            return ("let", name, self.expr(0))
        if t.text == "print":
            self.advance()
            return ("print", self.expr(0))
        if t.text == "while":
            self.advance()
            cond = self.expr(0)
            self.expect("kw", "do")
            body = self.block(("end",))
            self.expect("kw", "end")
            return ("while", cond, ("block", body))
        if t.text == "if":
            self.advance()
            cond = self.expr(0)
            self.expect("kw", "then")
            then = self.block(("else", "end"))
            other = []
            if self.tok.text == "else":
                self.advance()
                other = self.block(("end",))
            self.expect("kw", "end")
            return ("if", cond, ("block", then), ("block", other))
        raise ParseError("unexpected %r" % t.text, t.pos)

    def expr(self, min_prec):
        left = self.atom()
        while self.tok.kind == "op" and self.PREC.get(self.tok.text, 0) > min_prec:
            op = self.advance().text
            right = self.expr(self.PREC[op])
            left = ("bin", op, left, right)
        return left

    def atom(self):
        t = self.advance()
        if t.kind == "num":
            return ("num", int(t.text))
        if t.kind == "name":
            return ("var", t.text)
        if t.text == "-":
            return ("neg", self.atom())
        if t.text == "(":
            e = self.expr(0)
            self.expect("op", ")")
            return e
        raise ParseError("bad atom %r" % t.text, t.pos)


class Compiler:
    def __init__(self):
        self.code = []

    def emit(self, op, arg=None):
        self.code.append((op, arg))
        return len(self.code) - 1

    def patch(self, at, target):
        op, _ = self.code[at]
        self.code[at] = (op, target)

    def compile(self, node):
        kind = node[0]
        method = getattr(self, "c_" + kind)
        method(*node[1:])
        return self

    def c_block(self, stmts):
        for s in stmts:
            self.compile(s)

    def c_let(self, name, e):
        self.compile(e)
        self.emit("STORE", name)

    def c_print(self, e):
        self.compile(e)
        self.emit("PRINT")

    def c_num(self, v):
        self.emit("PUSH", v)

    def c_var(self, name):
        self.emit("LOAD", name)

    def c_neg(self, e):
        self.compile(e)
        self.emit("NEG")

    def c_bin(self, op, a, b):
        self.compile(a)
        self.compile(b)
        self.emit("BINOP", op)

    def c_while(self, cond, body):
        top = len(self.code)
        self.compile(cond)
        jf = self.emit("JFALSE")
        self.compile(body)
        self.emit("JUMP", top)
        self.patch(jf, len(self.code))

    def c_if(self, cond, then, other):
        self.compile(cond)
        jf = self.emit("JFALSE")
        self.compile(then)
        j = self.emit("JUMP")
        self.patch(jf, len(self.code))
        self.compile(other)
        self.patch(j, len(self.code))


import operator

BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul,
          "/": operator.floordiv, "%": operator.mod, "==": operator.eq,
          "!=": operator.ne, "<": operator.lt, ">": operator.gt,
          "<=": operator.le, ">=": operator.ge}


class VM:
    def __init__(self, code, limit=10000):
        self.code = code
        self.stack = []
        self.env = {}
        self.out = []
        self.limit = limit
        self.steps = 0

    def run(self):
        pc = 0
        while pc < len(self.code):
            self.steps += 1
            if self.steps > self.limit:
                raise VMError("step limit exceeded", pc)
            op, arg = self.code[pc]
            pc += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op == "LOAD":
                if arg not in self.env:
                    raise VMError("undefined variable %s" % arg, pc - 1)
                self.stack.append(self.env[arg])
            elif op == "STORE":
                self.env[arg] = self.stack.pop()
            elif op == "PRINT":
                self.out.append(self.stack.pop())
            elif op == "NEG":
                self.stack.append(-self.stack.pop())
            elif op == "BINOP":
                b = self.stack.pop()
                a = self.stack.pop()
                try:
                    r = BINOPS[arg](a, b)
                except ZeroDivisionError as e:
                    raise VMError("division by zero", pc - 1) from e
                self.stack.append(int(r) if isinstance(r, bool) else r)
            elif op == "JFALSE":
                if not self.stack.pop():
                    pc = arg
            elif op == "JUMP":
                pc = arg
        return self.out


def run(src, show_code=False):
    try:
        tree = Parser(src).program()
        code = Compiler().compile(tree).code
        if show_code:
            for i, (op, arg) in enumerate(code):
                print("  %3d %-7s %s" % (i, op, "" if arg is None else arg))
        vm = VM(code)
        out = vm.run()
        print("out:", out, "steps:", vm.steps, "env:", sorted(vm.env.items()))
    except LangError as e:
        print("%s: %s" % (type(e).__name__, e), "| cause:", repr(e.__cause__))


print(list(tokenize("let x = 10 # comment\nprint x*2")))
run("let x = 3 print x * (2 + 4) - -1", show_code=True)
run("""
let a = 0 let b = 1 let i = 0
while i < 15 do
  print a
  let t = a + b let a = b let b = t
  let i = i + 1
end
""")
run("""
let n = 1 let total = 0
while n <= 30 do
  if n % 3 == 0 then let total = total + n else
    if n % 5 == 0 then let total = total + 100 end
  end
  let n = n + 1
end
print total
""", show_code=True)
run("""
let n = 97 let d = 2 let prime = 1
while d * d <= n do
  if n % d == 0 then let prime = 0 end
  let d = d + 1
end
print prime print 7 / 2 print -7 / 2 print -7 % 3
""")
run("print 1 / 0")
run("print y")
run("let x = 5 $")
run("let = 4")
run("while 1 do let x = 1 end")
run("if 1 then print 1")
print(Token("num", "1", 0) == Token("num", "1", 9), Token("num", "1", 0) == "1")
