package dev.isola.interp.parse;

import dev.isola.interp.parse.Ast.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The expression half of the {@link Parser}: the token cursor, error construction, and the
 * grammar from {@code star_expressions} down to atoms, strings and f-string fields
 * ({@code Grammar/python.gram}'s expression rules, one method each). The statement rules live in
 * the subclass {@link Parser}; the few statement-shaped rules that expressions need (the targets
 * of a comprehension's {@code for}) are abstract here.
 *
 * <p>Not thread-safe; one instance parses one source once.
 */
abstract sealed class ExprParser permits Parser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass",
            "raise", "return", "try", "while", "with", "yield");
    static final List<String> AUG_OPS = List.of("+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=",
            "<<=", ">>=", "**=", "//=");
    static final List<Operator> AUG_KINDS = List.of(Operator.Add, Operator.Sub, Operator.Mult,
            Operator.MatMult, Operator.Div, Operator.Mod, Operator.BitAnd, Operator.BitOr, Operator.BitXor,
            Operator.LShift, Operator.RShift, Operator.Pow, Operator.FloorDiv);

    final List<Token> toks;
    /** Bracket depth after each token, as the C tokenizer records it in {@code tok->level}. */
    final int[] levels;
    final String filename;
    final String[] lines;
    int p;
    /** The last token consumed: node ends come from it. */
    Token last;
    /** The furthest token index read (as lookahead): CPython's {@code p->fill - 1}. */
    int furthest;
    /** The furthest token index read by anything, probes included: where CPython's tokenizer got to. */
    int maxRead;

    ExprParser(List<Token> tokens, String source, String filename) {
        List<Token> significant = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() != TokenKind.COMMENT && t.kind() != TokenKind.NL) {
                significant.add(t);
            }
        }
        this.toks = significant;
        this.levels = new int[significant.size()];
        int depth = 0;
        for (int i = 0; i < levels.length; i++) {
            Token t = significant.get(i);
            if (t.kind() == TokenKind.OP && t.text().length() == 1) {
                char c = t.text().charAt(0);
                depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            }
            levels[i] = depth;
        }
        this.filename = filename;
        this.lines = source.split("\r\n|\r|\n", -1);
    }

    // ---- token helpers ----

    Token tok() {
        return toks.get(p);
    }

    Token peek(int k) {
        return toks.get(Math.min(p + k, toks.size() - 1));
    }

    Token next() {
        Token t = toks.get(p);
        switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, ENDMARKER -> { }
            default -> last = t;
        }
        if (p < toks.size() - 1) {
            p++;
            furthest = Math.max(furthest, p);
            maxRead = Math.max(maxRead, p);
        }
        return t;
    }

    boolean at(String op) {
        Token t = tok();
        return (t.kind() == TokenKind.OP || t.kind() == TokenKind.NAME) && t.text().equals(op);
    }

    boolean atKind(TokenKind k) {
        return tok().kind() == k;
    }

    boolean accept(String op) {
        if (at(op)) {
            next();
            return true;
        }
        return false;
    }

    Token expect(String op) {
        if (!at(op)) {
            throw invalid();
        }
        return next();
    }

    /** At a comprehension's 'for' (or the 'async for' that is refused there). */
    boolean atFor() {
        return at("for") || (at("async") && peek(1).kind() == TokenKind.NAME && peek(1).text().equals("for"));
    }

    boolean atName() {
        return tok().kind() == TokenKind.NAME && !KEYWORDS.contains(tok().text());
    }

    String name() {
        if (!atName()) {
            throw invalid();
        }
        return normalize(next().text());
    }

    /** Identifiers are NFKC-normalized, as CPython's parser does (PEP 3131). */
    static String normalize(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) >= 0x80) {
                return java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFKC);
            }
        }
        return id;
    }

    Pos start(Token t) {
        return new Pos(t.startLine(), byteCol(t.startLine(), t.startColumn()), t.endLine(),
                byteCol(t.endLine(), t.endColumn()));
    }

    /** From the start of {@code from} to the end of the last token consumed. */
    Pos from(Pos from) {
        return new Pos(from.lineno(), from.colOffset(), last.endLine(), byteCol(last.endLine(), last.endColumn()));
    }

    /** A code-point column of a line as CPython's AST counts it: UTF-8 bytes. */
    int byteCol(int line, int cpCol) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        int n = Math.min(cpCol, text.codePointCount(0, text.length()));
        String prefix = text.substring(0, text.offsetByCodePoints(0, n));
        return prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + cpCol - n;
    }

    /** The inverse of {@link #byteCol}: errors count code points. */
    int charCol(int line, int byteCol) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (byteCol < 0 || byteCol > bytes.length) {
            return byteCol;
        }
        return new String(bytes, 0, byteCol, java.nio.charset.StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, 0, byteCol, java.nio.charset.StandardCharsets.UTF_8).length());
    }

    // ---- errors ----

    PySyntaxError error(String msg, int line, int col, int endLine, int endCol) {
        return error("SyntaxError", msg, line, col, endLine, endCol);
    }

    PySyntaxError error(String type, String msg, int line, int col, int endLine, int endCol) {
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new PySyntaxError(type, msg, filename, line, col + 1, endLine, endCol + 1, text);
    }

    PySyntaxError errorAt(String msg, Pos pos) {
        return error(msg, pos.lineno(), charCol(pos.lineno(), pos.colOffset()), pos.endLineno(),
                charCol(pos.endLineno(), pos.endColOffset()));
    }

    PySyntaxError errorAtToken(String msg, Token t) {
        if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER || t.kind() == TokenKind.DEDENT
                || t.kind() == TokenKind.INDENT) {
            return error(msg, t.startLine(), t.startColumn(), t.startLine(), t.startColumn());
        }
        return error(msg, t.startLine(), t.startColumn(), t.endLine(), t.endColumn());
    }

    PySyntaxError invalid() {
        Token t = tok();
        if (t.kind() == TokenKind.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", filename, t.startLine(),
                    t.endColumn(), t.startLine(), -1, lines[t.startLine() - 1]);
        }
        if (t.kind() == TokenKind.NAME && (t.text().equals("async") || t.text().equals("await"))) {
            return errorAtToken("'" + t.text() + "' is not supported by Isola yet", t);
        }
        return errorAtToken("invalid syntax", t);
    }


    /** star_targets up to 'in', converted to Store: the target of for statements and comprehensions. */
    abstract Expr starTargets();

    /** parameters / lambda_parameters up to (not including) {@code end}. */
    abstract Arguments parameters(String end, boolean annotations);

    /** At the end of a simple statement: NEWLINE or ';'. */
    abstract boolean atSimpleEnd();

    // ---- expressions ----

    Expr yieldExpr() {
        Pos s = start(next());
        if (accept("from")) {
            return new YieldFrom(expression(), from(s));
        }
        if (at(")") || at("]") || at("}") || at("=") || atSimpleEnd()) {
            return new Yield(null, from(s));
        }
        return new Yield(starExpressions(), from(s));
    }

    /** star_expressions: a tuple without brackets when a comma follows. */
    Expr starExpressions() {
        Pos s = start(tok());
        Expr first = starExpression();
        if (!at(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (!startsExpression()) {
                break;
            }
            elts.add(starExpression());
        }
        return new TupleExpr(List.copyOf(elts), ExprContext.Load, from(s));
    }

    boolean startsExpression() {
        Token t = tok();
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "None", "True", "False", "not", "lambda", "await" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    Expr starExpression() {
        if (at("*")) {
            Pos s = start(next());
            return new Starred(bitwiseOr(), ExprContext.Load, from(s));
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (at("*")) {
            Pos s = start(next());
            return new Starred(bitwiseOr(), ExprContext.Load, from(s));
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (atName() && peek(1).kind() == TokenKind.OP && peek(1).text().equals(":=")) {
            Token n = next();
            next();
            Expr value = expression();
            return new NamedExpr(new Name(normalize(n.text()), ExprContext.Store, start(n)), value, from(start(n)));
        }
        Pos s = start(tok());
        Expr e = expression();
        if (at(":=")) {
            throw errorAt("cannot use assignment expressions with " + Targets.describe(e), e.pos());
        }
        if (at("=")) {
            invalidNamedExpression(e, s);
        }
        return e;
    }

    /**
     * CPython's {@code invalid_named_expression}: {@code a = b} where only an expression may
     * stand, with {@code a} at bitwise_or level and no '=' or ':=' after {@code b}.
     */
    void invalidNamedExpression(Expr a, Pos start) {
        boolean bitwiseLevel = switch (a) {
            case BoolOp x -> false;
            case Compare x -> false;
            case UnaryOp u -> u.op() != UnaryOpKind.Not;
            case IfExp x -> false;
            case Lambda x -> false;
            case NamedExpr x -> false;
            case ListExpr x -> false;
            case TupleExpr x -> false;
            case GeneratorExp x -> false;
            case Constant c -> !(c.value() instanceof Boolean || c.value() == Singleton.None);
            default -> true;
        };
        if (!bitwiseLevel) {
            return;
        }
        int save = p;
        Token saveLast = last;
        try {
            next();
            bitwiseOr();
        } catch (PySyntaxError e) {
            p = save;
            last = saveLast;
            return;
        }
        if (at("=") || at(":=")) {
            p = save;
            last = saveLast;
            return;
        }
        if (a instanceof Name) {
            throw errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", from(start));
        }
        throw errorAt("cannot assign to " + Targets.describe(a) + " here. Maybe you meant '==' instead of '='?",
                a.pos());
    }

    Expr expression() {
        Pos s0 = start(tok());
        if (at("lambda")) {
            return lambda();
        }
        Expr body = disjunction();
        if (!at("if")) {
            checkForgotComma(body, s0);
            return body;
        }
        next();
        Expr test = disjunction();
        if (!at("else")) {
            throw errorAt("expected 'else' after 'if' expression", from(s0));
        }
        next();
        Expr orelse = expression();
        return new IfExp(test, body, orelse, from(s0));
    }

    Expr lambda() {
        Pos s = start(next());
        Arguments args = parameters(":", false);
        expect(":");
        Expr body = expression();
        return new Lambda(args, body, from(s));
    }

    Expr disjunction() {
        Pos s0 = start(tok());
        Expr first = conjunction();
        if (!at("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (accept("or")) {
            values.add(conjunction());
        }
        return new BoolOp(BoolOpKind.Or, List.copyOf(values), from(s0));
    }

    Expr conjunction() {
        Pos s0 = start(tok());
        Expr first = inversion();
        if (!at("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (accept("and")) {
            values.add(inversion());
        }
        return new BoolOp(BoolOpKind.And, List.copyOf(values), from(s0));
    }

    Expr inversion() {
        if (at("not")) {
            Pos s = start(next());
            Expr operand = inversion();
            return new UnaryOp(UnaryOpKind.Not, operand, from(s));
        }
        return comparison();
    }

    Expr comparison() {
        Pos s0 = start(tok());
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        for (;;) {
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Compare(left, List.copyOf(ops), List.copyOf(comparators), from(s0));
    }

    CmpOp compareOp() {
        Token t = tok();
        if (t.kind() != TokenKind.OP && t.kind() != TokenKind.NAME) {
            return null;
        }
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.Eq;
            case "!=" -> CmpOp.NotEq;
            case "<" -> CmpOp.Lt;
            case "<=" -> CmpOp.LtE;
            case ">" -> CmpOp.Gt;
            case ">=" -> CmpOp.GtE;
            case "in" -> CmpOp.In;
            case "is" -> CmpOp.Is;
            case "not" -> peek(1).kind() == TokenKind.NAME && peek(1).text().equals("in") ? CmpOp.NotIn : null;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        next();
        if (op == CmpOp.NotIn) {
            next();
        } else if (op == CmpOp.Is && accept("not")) {
            op = CmpOp.IsNot;
        }
        return op;
    }

    Expr bitwiseOr() {
        Pos s0 = start(tok());
        Expr left = bitwiseXor();
        while (at("|")) {
            next();
            left = new BinOp(left, Operator.BitOr, bitwiseXor(), from(s0));
        }
        return left;
    }

    Expr bitwiseXor() {
        Pos s0 = start(tok());
        Expr left = bitwiseAnd();
        while (at("^")) {
            next();
            left = new BinOp(left, Operator.BitXor, bitwiseAnd(), from(s0));
        }
        return left;
    }

    Expr bitwiseAnd() {
        Pos s0 = start(tok());
        Expr left = shift();
        while (at("&")) {
            next();
            left = new BinOp(left, Operator.BitAnd, shift(), from(s0));
        }
        return left;
    }

    Expr shift() {
        Pos s0 = start(tok());
        Expr left = sum();
        while (at("<<") || at(">>")) {
            Operator op = next().text().equals("<<") ? Operator.LShift : Operator.RShift;
            left = new BinOp(left, op, sum(), from(s0));
        }
        return left;
    }

    Expr sum() {
        Pos s0 = start(tok());
        Expr left = term();
        while (at("+") || at("-")) {
            Operator op = next().text().equals("+") ? Operator.Add : Operator.Sub;
            left = new BinOp(left, op, term(), from(s0));
        }
        return left;
    }

    Expr term() {
        Pos s0 = start(tok());
        Expr left = factor();
        for (;;) {
            Operator op;
            if (at("*")) {
                op = Operator.Mult;
            } else if (at("/")) {
                op = Operator.Div;
            } else if (at("//")) {
                op = Operator.FloorDiv;
            } else if (at("%")) {
                op = Operator.Mod;
            } else if (at("@")) {
                op = Operator.MatMult;
            } else {
                return left;
            }
            next();
            left = new BinOp(left, op, factor(), from(s0));
        }
    }

    Expr factor() {
        UnaryOpKind op = at("+") ? UnaryOpKind.UAdd : at("-") ? UnaryOpKind.USub : at("~") ? UnaryOpKind.Invert : null;
        if (op != null) {
            Pos s = start(next());
            Expr operand = factor();
            return new UnaryOp(op, operand, from(s));
        }
        return power();
    }

    Expr power() {
        Pos s0 = start(tok());
        if (at("await")) {
            throw errorAtToken("'await' is not supported by Isola yet", tok());
        }
        Expr base = primary();
        if (at("**")) {
            next();
            return new BinOp(base, Operator.Pow, factor(), from(s0));
        }
        return base;
    }

    Expr primary() {
        Pos s0 = start(tok());
        Expr e = atom();
        for (;;) {
            if (at(".")) {
                next();
                String attr = name();
                e = new Attribute(e, attr, ExprContext.Load, from(s0));
            } else if (at("(")) {
                Token open = next();
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                callArguments(args, keywords, open);
                expect(")");
                e = new Call(e, List.copyOf(args), List.copyOf(keywords), from(s0));
            } else if (at("[")) {
                next();
                Expr slice = slices();
                expect("]");
                e = new Subscript(e, slice, ExprContext.Load, from(s0));
            } else {
                return e;
            }
        }
    }

    /**
     * arguments up to ')': positional and starred in {@code args}, the rest in {@code keywords}.
     * {@code open} is the call's '(' (a lone generator argument spans the parentheses), or null.
     */
    void callArguments(List<Expr> args, List<Keyword> keywords, Token open) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = new HashSet<>();
        int count = 0;
        while (!at(")")) {
            count++;
            Pos s = start(tok());
            if (at("*")) {
                next();
                Expr v = expression();
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", s);
                }
                args.add(new Starred(v, ExprContext.Load, from(s)));
            } else if (at("**")) {
                next();
                Expr v = expression();
                keywords.add(new Keyword(null, v, from(s)));
                sawDoubleStar = true;
            } else if (atName() && peek(1).kind() == TokenKind.OP && peek(1).text().equals("=")) {
                String name = normalize(next().text());
                next();
                Expr v = expression();
                if (!names.add(name)) {
                    throw errorAt("keyword argument repeated: " + name, from(s));
                }
                keywords.add(new Keyword(name, v, from(s)));
                sawKeyword = true;
            } else {
                Expr v = namedExpression();
                if (atFor()) {
                    List<Comprehension> gens = forIfClauses();
                    boolean alone = count == 1 && at(")");
                    Pos gp = alone && open != null ? Pos.span(start(open), start(tok())) : from(v.pos());
                    if (!alone) {
                        throw errorAt("Generator expression must be parenthesized", from(v.pos()));
                    }
                    v = new GeneratorExp(v, gens, gp);
                } else if (at("=")) {
                    throw errorAtToken("expression cannot contain assignment, perhaps you meant \"==\"?", tok());
                }
                if (sawDoubleStar) {
                    throw errorAtToken("positional argument follows keyword argument unpacking", tok());
                }
                if (sawKeyword) {
                    throw errorAtToken("positional argument follows keyword argument", tok());
                }
                args.add(v);
            }
            if (!accept(",")) {
                if (!at(")")) {
                    throw invalid();
                }
                break;
            }
        }
    }

    /**
     * CPython's {@code invalid_expression}: inside brackets, an expression {@code a} directly
     * followed by another expression is "invalid syntax. Perhaps you forgot a comma?" over both.
     */
    void checkForgotComma(Expr a, Pos start) {
        if (!startsExpression() || p == 0 || levels[p - 1] == 0 || at("*") || at("-") || at("+")
                || (a instanceof Name n && (atKind(TokenKind.STRING) || n.id().equals("match")
                        || n.id().equals("case") || n.id().equals("_")))) {
            return;
        }
        int save = p;
        Token saveLast = last;
        int saveFurthest = furthest;
        try {
            expression();
        } catch (PySyntaxError e) {
            p = save;
            last = saveLast;
            return;
        } finally {
            // The probe is CPython's second pass: it does not move the first pass's furthest token.
            furthest = saveFurthest;
        }
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", from(start));
    }

    /** slices: one slice, or a tuple of slices and starred expressions. */
    Expr slices() {
        Pos s = start(tok());
        Expr first = slice();
        if (!at(",")) {
            return first instanceof Starred ? new TupleExpr(List.of(first), ExprContext.Load, first.pos()) : first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at("]")) {
                break;
            }
            elts.add(slice());
        }
        return new TupleExpr(List.copyOf(elts), ExprContext.Load, from(s));
    }

    Expr slice() {
        Pos s = start(tok());
        if (at("*")) {
            next();
            return new Starred(bitwiseOr(), ExprContext.Load, from(s));
        }
        Expr lower = null;
        if (!at(":")) {
            lower = namedExpression();
            if (!at(":")) {
                return lower;
            }
        }
        next();
        Expr upper = at(":") || at(",") || at("]") ? null : expression();
        Expr step = null;
        if (accept(":")) {
            step = at(",") || at("]") ? null : expression();
        }
        return new Slice(lower, upper, step, from(s));
    }

    Expr atom() {
        Token t = tok();
        Pos s = start(t);
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> { next(); return new Constant(Singleton.None, null, s); }
                    case "True" -> { next(); return new Constant(Boolean.TRUE, null, s); }
                    case "False" -> { next(); return new Constant(Boolean.FALSE, null, s); }
                    default -> {
                        if (!atName()) {
                            throw invalid();
                        }
                        next();
                        return new Name(normalize(t.text()), ExprContext.Load, s);
                    }
                }
            }
            case NUMBER -> {
                next();
                return new Constant(number(t), null, s);
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> { return parenthesized(); }
                    case "[" -> { return listDisplay(); }
                    case "{" -> { return braceDisplay(); }
                    case "..." -> { next(); return new Constant(Singleton.Ellipsis, null, s); }
                    default -> throw invalid();
                }
            }
            default -> throw invalid();
        }
    }

    Object number(Token t) {
        String text = t.text().replace("_", "").toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith("j")) {
            return new dev.isola.interp.compile.Code.ConstComplex(0.0, Double.parseDouble(text.substring(0, text.length() - 1)));
        }
        if (text.startsWith("0x") || text.startsWith("0o") || text.startsWith("0b")) {
            int radix = text.charAt(1) == 'x' ? 16 : text.charAt(1) == 'o' ? 8 : 2;
            return integer(new BigInteger(text.substring(2), radix));
        }
        if (text.contains(".") || text.contains("e")) {
            return Double.parseDouble(text);
        }
        return integer(new BigInteger(text));
    }

    static Object integer(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    Expr parenthesized() {
        Token open = next();
        Pos s = start(open);
        if (at(")")) {
            next();
            return new TupleExpr(List.of(), ExprContext.Load, from(s));
        }
        if (at("yield")) {
            Expr y = yieldExpr();
            expect(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (atFor()) {
            List<Comprehension> gens = forIfClauses();
            expect(")");
            return new GeneratorExp(first, gens, from(s));
        }
        if (at(")")) {
            next();
            if (first instanceof Starred) {
                throw errorAt("cannot use starred expression here", first.pos());
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (!at(",")) {
            throw invalid();
        }
        while (accept(",")) {
            if (at(")")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!at(")")) {
            throw invalid();
        }
        expect(")");
        return new TupleExpr(List.copyOf(elts), ExprContext.Load, from(s));
    }

    Expr listDisplay() {
        Pos s = start(next());
        List<Expr> elts = new ArrayList<>();
        if (!at("]")) {
            Expr first = starNamedExpression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                expect("]");
                return new ListComp(first, gens, from(s));
            }
            elts.add(first);
            while (accept(",")) {
                if (at("]")) {
                    break;
                }
                elts.add(starNamedExpression());
            }
            if (!at("]")) {
                throw invalid();
            }
        }
        expect("]");
        return new ListExpr(List.copyOf(elts), ExprContext.Load, from(s));
    }

    Expr braceDisplay() {
        Pos s = start(next());
        if (accept("}")) {
            return new DictExpr(List.of(), List.of(), from(s));
        }
        if (at("**")) {
            return dictRest(s, new ArrayList<>(), new ArrayList<>());
        }
        Expr first = starNamedExpression();
        if (at(":") && !(first instanceof Starred)) {
            next();
            Expr value = expression();
            if (atFor()) {
                List<Comprehension> gens = forIfClauses();
                expect("}");
                return new DictComp(first, value, gens, from(s));
            }
            List<Expr> keys = new ArrayList<>(List.of(first));
            List<Expr> values = new ArrayList<>(List.of(value));
            if (!accept(",")) {
                expect("}");
                return new DictExpr(keys, values, from(s));
            }
            return dictRest(s, keys, values);
        }
        if (atFor()) {
            List<Comprehension> gens = forIfClauses();
            expect("}");
            return new SetComp(first, gens, from(s));
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (accept(",")) {
            if (at("}")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        if (!at("}")) {
            throw invalid();
        }
        expect("}");
        return new SetExpr(List.copyOf(elts), from(s));
    }

    /** The remaining entries of a dict display after a comma (or at a leading '**'). */
    Expr dictRest(Pos s, List<Expr> keys, List<Expr> values) {
        while (!at("}")) {
            if (accept("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!at(":")) {
                    if (at(",") || at("}")) {
                        throw error("':' expected after dictionary key", k.pos().lineno(), k.pos().colOffset(),
                                k.pos().endLineno(), -1);
                    }
                    throw invalid();
                }
                next();
                keys.add(k);
                values.add(expression());
            }
            if (!accept(",")) {
                break;
            }
        }
        expect("}");
        return new DictExpr(java.util.Collections.unmodifiableList(keys), List.copyOf(values), from(s));
    }

    List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at("for") || at("async")) {
            if (at("async")) {
                throw errorAtToken("asynchronous comprehensions are not supported by Isola yet", tok());
            }
            next();
            Expr target = starTargets();
            expect("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept("if")) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, List.copyOf(ifs), 0));
        }
        return List.copyOf(gens);
    }

    // ---- strings ----

    Expr strings() {
        List<Token> parts = new ArrayList<>();
        while (atKind(TokenKind.STRING)) {
            parts.add(next());
        }
        Pos pos = from(start(parts.getFirst()));
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (Token t : parts) {
            StringLiterals.Literal lit = StringLiterals.split(t.text());
            anyBytes |= lit.bytes();
            anyStr |= !lit.bytes();
            anyF |= lit.fstring();
        }
        if (anyBytes && anyStr) {
            throw errorAt("cannot mix bytes and nonbytes literals", new Pos(pos.endLineno(), pos.endColOffset(),
                    pos.endLineno(), pos.endColOffset()));
        }
        String kind = StringLiterals.split(parts.getFirst().text()).unicode() ? "u" : null;
        try {
            if (anyBytes) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (Token t : parts) {
                    StringLiterals.Literal lit = StringLiterals.split(t.text());
                    out.writeBytes(StringLiterals.decodeBytes(lit.body(), lit.raw()));
                }
                return new Constant(out.toByteArray(), null, pos);
            }
            if (!anyF) {
                StringBuilder b = new StringBuilder();
                for (Token t : parts) {
                    StringLiterals.Literal lit = StringLiterals.split(t.text());
                    b.append(StringLiterals.decodeStr(lit.body(), lit.raw()));
                }
                return new Constant(b.toString(), kind, pos);
            }
            List<Object> pieces = new ArrayList<>();
            for (Token t : parts) {
                StringLiterals.Literal lit = StringLiterals.split(t.text());
                if (lit.fstring()) {
                    new FStringParser(this, t, lit, pos, start(t)).parseInto(pieces);
                } else {
                    pieces.add(StringLiterals.decodeStr(lit.body(), lit.raw()));
                }
            }
            List<Expr> values = new ArrayList<>();
            for (Object piece : StringLiterals.mergePieces(pieces)) {
                values.add(piece instanceof String str ? new Constant(str, kind, pos) : (Expr) piece);
            }
            return new JoinedStr(List.copyOf(values), pos);
        } catch (StringLiterals.EscapeError e) {
            throw errorAt(e.getMessage(), pos);
        }
    }

    /** Parses the text of an f-string replacement field, {@code (expr)}, with shifted positions. */
    Expr fstringExpression(String exprText, int line, int col) {
        List<Token> raw = Tokenizer.tokenize("(" + exprText + ")", filename);
        List<Token> shifted = new ArrayList<>(raw.size());
        for (Token t : raw) {
            shifted.add(new Token(t.kind(), t.text(), t.startLine() + line - 1,
                    t.startLine() == 1 ? t.startColumn() + col - 1 : t.startColumn(), t.endLine() + line - 1,
                    t.endLine() == 1 ? t.endColumn() + col - 1 : t.endColumn()));
        }
        Parser sub = new Parser(shifted, String.join("\n", lines), filename);
        Expr e = sub.starExpressions();
        if (!sub.atKind(TokenKind.NEWLINE) && !sub.atKind(TokenKind.ENDMARKER)) {
            throw sub.invalid();
        }
        return e;
    }}
