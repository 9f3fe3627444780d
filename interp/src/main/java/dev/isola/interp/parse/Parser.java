package dev.isola.interp.parse;

import dev.isola.interp.parse.Ast.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Tokens to {@link Ast}: a recursive-descent parser following CPython 3.11's
 * {@code Grammar/python.gram}, one method per grammar rule (named after it), with one token of
 * lookahead and a few bounded peeks. Errors are {@link PySyntaxError}s with CPython's messages
 * and positions for the common cases (see {@code ParserErrorTest}); elsewhere "invalid syntax"
 * at the token where parsing stopped.
 *
 * <h2>Refused with a SyntaxError naming the feature</h2>
 * {@code async}, {@code await}, {@code match}, {@code except*}, {@code \N{}}.
 *
 * <p>Targets are parsed as expressions and then converted ({@link #toStore}), as CPython's
 * grammar does with its {@code invalid_*} rules: this yields its "cannot assign to …" errors.
 *
 * <p>Not thread-safe; one instance parses one source once. Use {@link #parse}.
 */
public final class Parser extends ExprParser {

    Parser(List<Token> tokens, String source, String filename) {
        super(tokens, source, filename);
    }

    /** Parses a module ({@code exec} mode). */
    public static Ast.Module parse(String source, String filename) {
        List<Token> tokens;
        try {
            tokens = Tokenizer.tokenize(source, filename);
        } catch (PySyntaxError e) {
            if (!e.msg().endsWith("' was never closed")) {
                throw e;
            }
            return parseUnclosed(source, filename, e);
        }
        return new Parser(tokens, source, filename).file();
    }

    /**
     * CPython tokenizes lazily, so a parser error before the end of the file wins over the
     * tokenizer's "'(' was never closed" found there. Isola tokenizes first; to find that earlier
     * error it closes the open brackets on an extra line (the error names the innermost one) and
     * parses: an error found before reading past the line of the innermost unclosed bracket is
     * the one CPython reports, else {@code e}.
     */
    static Ast.Module parseUnclosed(String source, String filename, PySyntaxError e) {
        StringBuilder suffix = new StringBuilder();
        List<Token> tokens = null;
        for (int i = 0; i < 200 && tokens == null; i++) {
            try {
                tokens = Tokenizer.tokenize(source + "\n" + suffix, filename);
            } catch (PySyntaxError again) {
                if (!again.msg().endsWith("' was never closed")) {
                    throw e;
                }
                char open = again.msg().charAt(1);
                suffix.append(open == '(' ? ')' : open == '[' ? ']' : '}');
            }
        }
        if (tokens == null) {
            throw e;
        }
        int origLines = source.split("\r\n|\r|\n", -1).length;
        Parser parser = new Parser(tokens, source, filename);
        try {
            parser.file();
        } catch (PySyntaxError parserError) {
            // _PyPegen_tokenize_full_source_to_check_for_errors: the unclosed bracket wins over
            // an error on a later line.
            int readLine = parser.toks.get(parser.maxRead).startLine();
            if (parserError.lineno() <= origLines && readLine <= e.lineno()
                    && !parserError.msg().endsWith("' was never closed")) {
                throw parserError;
            }
        }
        throw e;
    }

    // ---- statements ----

    Ast.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        return new Ast.Module(List.copyOf(body), List.of());
    }

    /** statement: compound_stmt | simple_stmts; appends to {@code out}. */
    void statement(List<Stmt> out) {
        Token t = tok();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "def" -> { out.add(funcDef(List.of(), start(t))); return; }
                case "class" -> { out.add(classDef(List.of(), start(t))); return; }
                case "if" -> { out.add(ifStmt()); return; }
                case "while" -> { out.add(whileStmt()); return; }
                case "for" -> { out.add(forStmt()); return; }
                case "try" -> { out.add(tryStmt()); return; }
                case "with" -> { out.add(withStmt()); return; }
                case "async" -> throw errorAtToken("'async' statements are not supported by Isola yet", t);
                case "match" -> {
                    if (looksLikeMatch()) {
                        throw errorAtToken("'match' statements are not supported by Isola yet", t);
                    }
                }
                default -> { }
            }
        } else if (t.kind() == TokenKind.OP && t.text().equals("@")) {
            out.add(decorated());
            return;
        }
        simpleStmts(out);
    }

    /** {@code match} at a statement start followed by a subject and a ':' ending the line. */
    boolean looksLikeMatch() {
        Token n = peek(1);
        if (n.kind() == TokenKind.NEWLINE || (n.kind() == TokenKind.OP && !"([{-*~".contains(n.text()))) {
            return false;
        }
        for (int i = p + 1; i < toks.size(); i++) {
            Token x = toks.get(i);
            if (x.kind() == TokenKind.NEWLINE) {
                Token prev = toks.get(i - 1);
                return prev.kind() == TokenKind.OP && prev.text().equals(":");
            }
        }
        return false;
    }

    void simpleStmts(List<Stmt> out) {
        for (;;) {
            out.add(legacyPrintChecked());
            if (accept(";")) {
                if (atKind(TokenKind.NEWLINE)) {
                    break;
                }
                continue;
            }
            break;
        }
        if (!atKind(TokenKind.NEWLINE)) {
            throw invalid();
        }
        next();
    }

    /** A simple statement; failing that, CPython's {@code invalid_legacy_expression} for print/exec. */
    Stmt legacyPrintChecked() {
        int save = p;
        Token saveLast = last;
        Token first = tok();
        try {
            Stmt stmt = simpleStmt();
            if (!at(";") && !atKind(TokenKind.NEWLINE)) {
                throw invalid();
            }
            return stmt;
        } catch (PySyntaxError e) {
            if (first.kind() != TokenKind.NAME || !(first.text().equals("print") || first.text().equals("exec"))) {
                throw e;
            }
            p = save + 1;
            last = first;
            if (at("(") || !startsExpression()) {
                throw e;
            }
            Pos range;
            try {
                starExpressions();
                range = from(start(first));
            } catch (PySyntaxError again) {
                throw e;
            } finally {
                p = save;
                last = saveLast;
            }
            throw errorAt("Missing parentheses in call to '" + first.text() + "'. Did you mean " + first.text()
                    + "(...)?", range);
        }
    }

    Stmt simpleStmt() {
        Token t = tok();
        Pos s = start(t);
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> { next(); return new Pass(from(s)); }
                case "break" -> { next(); return new Break(from(s)); }
                case "continue" -> { next(); return new Continue(from(s)); }
                case "return" -> {
                    next();
                    Expr v = atSimpleEnd() ? null : starExpressions();
                    return new Return(v, from(s));
                }
                case "raise" -> {
                    next();
                    Expr exc = null;
                    Expr cause = null;
                    if (!atSimpleEnd()) {
                        exc = expression();
                        if (accept("from")) {
                            cause = expression();
                        }
                    }
                    return new Raise(exc, cause, from(s));
                }
                case "global", "nonlocal" -> {
                    next();
                    List<String> names = new ArrayList<>();
                    do {
                        names.add(name());
                    } while (accept(","));
                    return t.text().equals("global") ? new Global(List.copyOf(names), from(s))
                            : new Nonlocal(List.copyOf(names), from(s));
                }
                case "del" -> { next(); return delStmt(s); }
                case "assert" -> {
                    next();
                    Expr test = expression();
                    Expr msg = accept(",") ? expression() : null;
                    return new Assert(test, msg, from(s));
                }
                case "import" -> { next(); return importName(s); }
                case "from" -> { next(); return importFrom(s); }
                default -> { }
            }
        }
        return exprOrAssign(s);
    }

    @Override
    boolean atSimpleEnd() {
        return atKind(TokenKind.NEWLINE) || at(";");
    }

    Stmt delStmt(Pos s) {
        List<Expr> targets = new ArrayList<>();
        do {
            if (atSimpleEnd()) {
                break;
            }
            targets.add(toTarget(bitwiseOrStarred(), ExprContext.Del));
        } while (accept(","));
        if (targets.isEmpty()) {
            throw invalid();
        }
        return new Delete(List.copyOf(targets), from(s));
    }

    Stmt importName(Pos s) {
        List<Alias> names = new ArrayList<>();
        do {
            Pos as = start(tok());
            String name = dottedName();
            String asname = accept("as") ? name() : null;
            names.add(new Alias(name, asname, from(as)));
        } while (accept(","));
        return new Import(List.copyOf(names), from(s));
    }

    String dottedName() {
        StringBuilder b = new StringBuilder(name());
        while (accept(".")) {
            b.append('.').append(name());
        }
        return b.toString();
    }

    Stmt importFrom(Pos s) {
        int level = 0;
        while (at(".") || at("...")) {
            level += next().text().length();
        }
        String module = null;
        if (level == 0 || !at("import")) {
            module = dottedName();
        }
        expect("import");
        List<Alias> names = new ArrayList<>();
        if (at("*")) {
            Token star = next();
            names.add(new Alias("*", null, start(star)));
        } else {
            boolean paren = accept("(");
            do {
                if (paren && at(")")) {
                    break;
                }
                if (!paren && atSimpleEnd() && !names.isEmpty()) {
                    throw errorAtToken("trailing comma not allowed without surrounding parentheses", tok());
                }
                Pos as = start(tok());
                String name = name();
                String asname = accept("as") ? name() : null;
                names.add(new Alias(name, asname, from(as)));
            } while (accept(","));
            if (paren) {
                expect(")");
            }
        }
        return new ImportFrom(module, List.copyOf(names), level, from(s));
    }

    /** Expression statements and all assignments. */
    Stmt exprOrAssign(Pos s) {
        boolean parenthesized = at("(");
        Expr first = at("yield") ? yieldExpr() : starExpressions();
        if (at(":")) {
            Token colon = next();
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw invalidAnnotationTarget(first, colon);
            }
            Expr target = toTarget(first, ExprContext.Store);
            Expr annotation = expression();
            Expr value = null;
            if (accept("=")) {
                value = at("yield") ? yieldExpr() : starExpressions();
            }
            return new AnnAssign(target, annotation, value, first instanceof Name && !parenthesized ? 1 : 0, from(s));
        }
        int aug = tok().kind() == TokenKind.OP ? AUG_OPS.indexOf(tok().text()) : -1;
        if (aug >= 0) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorAt("'" + Targets.describe(first) + "' is an illegal expression for augmented assignment",
                        first.pos());
            }
            next();
            Expr value = at("yield") ? yieldExpr() : starExpressions();
            return new AugAssign(toTarget(first, ExprContext.Store), AUG_KINDS.get(aug), value, from(s));
        }
        if (!at("=")) {
            return new ExprStmt(first, from(s));
        }
        List<Expr> exprs = new ArrayList<>();
        exprs.add(first);
        while (accept("=")) {
            exprs.add(at("yield") ? yieldExpr() : starExpressions());
        }
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < exprs.size() - 1; i++) {
            Expr e = exprs.get(i);
            if (e instanceof Yield || e instanceof YieldFrom) {
                throw errorAt("assignment to yield expression not possible", e.pos());
            }
            Expr bad = Targets.invalidTarget(e, ExprContext.Store);
            if (bad != null) {
                String msg = "cannot assign to " + Targets.describe(bad);
                boolean keywordConstant = e instanceof Constant c
                        && (c.value() instanceof Boolean || c.value() == Singleton.None);
                if (bad == e && i == 0 && exprs.size() == 2 && !keywordConstant) {
                    msg += " here. Maybe you meant '==' instead of '='?";
                }
                throw errorAt(msg, bad.pos());
            }
            targets.add(toTarget(e, ExprContext.Store));
        }
        return new Assign(List.copyOf(targets), exprs.getLast(), from(s));
    }

    /** CPython's {@code invalid_ann_assign_target} rules; "invalid syntax" at the ':' unless an annotation follows. */
    PySyntaxError invalidAnnotationTarget(Expr target, Token colon) {
        try {
            expression();
        } catch (PySyntaxError e) {
            return errorAtToken("invalid syntax", colon);
        }
        return switch (target) {
            case TupleExpr t when !t.elts().isEmpty() && t.pos().colOffset() == t.elts().getFirst().pos().colOffset()
                    && t.pos().lineno() == t.elts().getFirst().pos().lineno() ->
                    errorAt("only single target (not tuple) can be annotated", t.elts().getFirst().pos());
            case TupleExpr t -> errorAt("only single target (not tuple) can be annotated", t.pos());
            case ListExpr l -> errorAt("only single target (not list) can be annotated", l.pos());
            default -> errorAt("illegal target for annotation", target.pos());
        };
    }

    // ---- compound statements ----

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts. */
    List<Stmt> block(String after, int line) {
        List<Stmt> body = new ArrayList<>();
        if (!atKind(TokenKind.NEWLINE)) {
            simpleStmts(body);
            return List.copyOf(body);
        }
        next();
        if (!atKind(TokenKind.INDENT)) {
            Token t = tok();
            if (t.kind() == TokenKind.ENDMARKER) {
                Token nl = toks.get(p - 1);
                throw new PySyntaxError("IndentationError", "expected an indented block after " + after + " on line "
                        + line, filename, nl.startLine(), nl.startColumn() + 1, nl.startLine(), -1,
                        lines[nl.startLine() - 1]);
            }
            throw error("IndentationError", "expected an indented block after " + after + " on line " + line,
                    t.startLine(), 0, t.startLine(), t.kind() == TokenKind.ENDMARKER ? 0 : t.endColumn());
        }
        next();
        while (!atKind(TokenKind.DEDENT) && !atKind(TokenKind.ENDMARKER)) {
            statement(body);
        }
        if (atKind(TokenKind.DEDENT)) {
            next();
        }
        return List.copyOf(body);
    }

    /** The {@code &&':'} of def, for, try, finally and else: any other token is "expected ':'". */
    void expectColonForced() {
        if (!at(":")) {
            throw errorAtToken("expected ':'", tok());
        }
        next();
    }

    /** The ':' of if, elif, while, class, except and with: "expected ':'" only at a line end. */
    void expectColon() {
        if (!at(":")) {
            if (atKind(TokenKind.NEWLINE)) {
                throw errorAtToken("expected ':'", tok());
            }
            throw invalid();
        }
        next();
    }

    Stmt ifStmt() {
        Token kw = next();
        Pos s = start(kw);
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.startLine());
        List<Stmt> orelse = List.of();
        if (at("elif")) {
            orelse = List.of(ifStmt());
        } else if (at("else")) {
            orelse = elseBlock();
        }
        return new If(test, body, orelse, from(s));
    }

    List<Stmt> elseBlock() {
        Token kw = next();
        expectColonForced();
        return block("'else' statement", kw.startLine());
    }

    Stmt whileStmt() {
        Token kw = next();
        Pos s = start(kw);
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", kw.startLine());
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        return new While(test, body, orelse, from(s));
    }

    Stmt forStmt() {
        Token kw = next();
        Pos s = start(kw);
        Expr target = starTargets();
        expect("in");
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", kw.startLine());
        List<Stmt> orelse = at("else") ? elseBlock() : List.of();
        return new For(target, iter, body, orelse, from(s));
    }

    /** star_targets, up to 'in': a target list parsed at bitwise_or level, converted to Store. */
    @Override
    Expr starTargets() {
        Pos s = start(tok());
        Expr first = bitwiseOrStarred();
        checkForgotComma(first, s);
        if (!at(",")) {
            return toTarget(first, ExprContext.Store);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(",")) {
            if (at("in") || at("=")) {
                break;
            }
            elts.add(bitwiseOrStarred());
        }
        return toTarget(new TupleExpr(List.copyOf(elts), ExprContext.Load, from(s)), ExprContext.Store);
    }

    Expr bitwiseOrStarred() {
        if (at("*")) {
            Pos s = start(next());
            Expr v = bitwiseOr();
            return new Starred(v, ExprContext.Load, from(s));
        }
        return bitwiseOr();
    }

    Stmt tryStmt() {
        Token kw = next();
        Pos s = start(kw);
        expectColonForced();
        List<Stmt> body = block("'try' statement", kw.startLine());
        List<ExceptHandler> handlers = new ArrayList<>();
        while (at("except")) {
            Token ex = next();
            Pos hs = start(ex);
            if (at("*")) {
                throw errorAtToken("'except*' is not supported by Isola yet", tok());
            }
            Expr type = null;
            String name = null;
            if (!at(":")) {
                type = expression();
                if (at(",")) {
                    List<Expr> elts = new ArrayList<>(List.of(type));
                    while (accept(",")) {
                        elts.add(expression());
                    }
                    throw errorAt("multiple exception types must be parenthesized", from(type.pos()));
                }
                if (accept("as")) {
                    name = name();
                }
            }
            expectColon();
            List<Stmt> hbody = block("'except' statement", ex.startLine());
            handlers.add(new ExceptHandler(type, name, hbody, from(hs)));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (at("finally")) {
            Token fin = next();
            expectColonForced();
            finalbody = block("'finally' statement", fin.startLine());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtToken("expected 'except' or 'finally' block", tok());
        }
        return new Try(body, List.copyOf(handlers), orelse, finalbody, from(s));
    }

    Stmt withStmt() {
        Token kw = next();
        Pos s = start(kw);
        List<WithItem> items = null;
        PySyntaxError parenError = null;
        if (at("(")) {
            int save = p;
            Token saveLast = last;
            try {
                next();
                List<WithItem> list = new ArrayList<>();
                do {
                    if (at(")")) {
                        break;
                    }
                    list.add(withItem());
                } while (accept(","));
                expect(")");
                if (!at(":")) {
                    throw invalid();
                }
                items = list;
            } catch (PySyntaxError e) {
                p = save;
                last = saveLast;
                parenError = e;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            try {
                do {
                    items.add(withItem());
                } while (accept(","));
                expectColon();
            } catch (PySyntaxError e) {
                // Both readings failed: the generic error is at the furthest token, as in CPython.
                if (parenError != null && e.msg().equals("invalid syntax")) {
                    throw errorAtToken("invalid syntax", toks.get(furthest));
                }
                throw e;
            }
        } else {
            expectColon();
        }
        List<Stmt> body = block("'with' statement", kw.startLine());
        return new With(List.copyOf(items), body, from(s));
    }

    WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (accept("as")) {
            vars = toTarget(starTarget(), ExprContext.Store);
        }
        return new WithItem(ctx, vars);
    }

    /** A single star_target (the 'as' target of with): a name, attribute, subscript or bracketed list. */
    Expr starTarget() {
        return bitwiseOrStarred();
    }

    Stmt decorated() {
        Pos s = start(tok());
        List<Expr> decorators = new ArrayList<>();
        while (accept("@")) {
            decorators.add(namedExpression());
            if (!atKind(TokenKind.NEWLINE)) {
                throw invalid();
            }
            next();
        }
        if (at("def")) {
            return funcDef(List.copyOf(decorators), s);
        }
        if (at("class")) {
            return classDef(List.copyOf(decorators), s);
        }
        throw invalid();
    }

    Stmt funcDef(List<Expr> decorators, Pos s) {
        Token kw = next();
        String name = name();
        if (!at("(")) {
            throw errorAtToken("expected '('", tok());
        }
        next();
        Arguments args = parameters(")", true);
        expect(")");
        Expr returns = accept("->") ? expression() : null;
        expectColonForced();
        List<Stmt> body = block("function definition", kw.startLine());
        return new FunctionDef(name, args, body, decorators, returns, from(decorators.isEmpty() ? s : start(kw)));
    }

    Stmt classDef(List<Expr> decorators, Pos s) {
        Token kw = next();
        String name = name();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (accept("(")) {
            List<Expr> a = new ArrayList<>();
            List<Keyword> k = new ArrayList<>();
            callArguments(a, k, null);
            expect(")");
            bases = List.copyOf(a);
            keywords = List.copyOf(k);
        }
        expectColon();
        List<Stmt> body = block("class definition", kw.startLine());
        return new ClassDef(name, bases, keywords, body, decorators, from(decorators.isEmpty() ? s : start(kw)));
    }

    /** parameters / lambda_parameters, up to (not including) {@code end}. */
    @Override
    Arguments parameters(String end, boolean annotations) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        Token bareStar = null;
        while (!at(end)) {
            if (kwarg != null) {
                throw errorAtToken("arguments cannot follow var-keyword argument", tok());
            }
            if (at("/")) {
                Token t = next();
                if (slash || star || args.isEmpty()) {
                    throw errorAtToken(slash ? "/ may appear only once" : star ? "/ must be ahead of *"
                            : "at least one argument must precede /", t);
                }
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (at("*")) {
                Token t = next();
                if (star) {
                    throw errorAtToken("* argument may appear only once", t);
                }
                star = true;
                if (at(",") || at(end)) {
                    bareStar = annotations ? t : tok();
                } else {
                    vararg = param(annotations, true);
                    if (at("=")) {
                        throw errorAtToken("var-positional argument cannot have default value", tok());
                    }
                }
            } else if (at("**")) {
                next();
                kwarg = param(annotations, false);
            } else {
                Arg a = param(annotations, false);
                Expr dflt = accept("=") ? expression() : null;
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                    bareStar = null;
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("non-default argument follows default argument", a.pos());
                    }
                    args.add(a);
                }
            }
            if (!accept(",")) {
                break;
            }
        }
        if (bareStar != null) {
            throw errorAtToken("named arguments must follow bare *", bareStar);
        }
        if (!at(end)) {
            throw invalid();
        }
        return new Arguments(List.copyOf(posonly), List.copyOf(args), vararg, List.copyOf(kwonly),
                java.util.Collections.unmodifiableList(kwDefaults), kwarg, List.copyOf(defaults));
    }

    /** A parameter; {@code *args: *Ts} (a starred annotation) only where {@code starAnnotation}. */
    Arg param(boolean annotations, boolean starAnnotation) {
        Pos s = start(tok());
        String name = name();
        Expr ann = null;
        if (annotations && accept(":")) {
            if (starAnnotation && at("*")) {
                Pos ss = start(next());
                Expr v = expression();
                ann = new Starred(v, ExprContext.Load, from(ss));
            } else {
                ann = expression();
            }
        }
        return new Arg(name, ann, from(s));
    }

    // ---- targets ----

    /** Converts a parsed expression to a target with context {@code ctx}, or raises CPython's error. */
    Expr toTarget(Expr e, ExprContext ctx) {
        Expr bad = Targets.invalidTarget(e, ctx);
        if (bad != null) {
            throw errorAt((ctx == ExprContext.Del ? "cannot delete " : "cannot assign to ") + Targets.describe(bad), bad.pos());
        }
        return Targets.withCtx(e, ctx);
    }

}
