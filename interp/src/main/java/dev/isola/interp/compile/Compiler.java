package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Ast.Expr;
import dev.isola.interp.parse.Ast.Stmt;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytecode compiler: AST to {@link Code}, after CPython 3.11's {@code Python/compile.c}.
 *
 * <h2>Tour</h2>
 * {@link SymbolTable} first resolves every name. The compiler then walks the tree keeping a stack
 * of {@link Unit}s, one per code object under construction (module, class body, function,
 * lambda, comprehension), each with its {@link CodeBuilder}. This class compiles statements and
 * the control flow between them; {@link ExpressionCompiler} compiles expressions, calls and
 * comprehensions; {@link ConstantFolder} folds constant sub-expressions first.
 *
 * <h2>Early exits</h2>
 * {@code return}, {@code break} and {@code continue} leave blocks that hold something: a loop's
 * iterator on the stack, an exception handler in force, a handled exception to restore, a
 * {@code finally} body to run, a context manager to exit. Each such block pushes an
 * {@link FBlock} while its body is compiled; an early exit walks the stack from the innermost
 * block out, emitting each block's unwinding code (compile.c's {@code compiler_unwind_fblock}),
 * and copies {@code finally} bodies inline.
 *
 * <h2>Exceptions</h2>
 * Try statements compile as in CPython 3.11: the protected body is covered by a handler label;
 * the handler starts with {@code PUSH_EXC_INFO} under a cleanup handler
 * ({@code SWAP 2; POP_EXCEPT; RERAISE}) that restores the previously handled exception if the
 * handler body raises. {@code except E as e} unbinds {@code e} on every exit path. Our table has
 * no {@code lasti}: nothing pushes it and the column is always 0.
 *
 * <h2>Conventions shared with the eval loop</h2>
 * A function's {@code consts[0]} is its docstring or None (CPython's convention, for
 * {@code __doc__}); a lambda's is None. Module and class docstrings are stored as
 * {@code __doc__}. Annotations are evaluated only for simple names at module and class level
 * (into {@code __annotations__}); parameter and return annotations are not evaluated. Unreachable
 * instructions are dropped at assembly, as CPython drops dead blocks.
 *
 * <p>Checked against CPython 3.11 by the tests: for every corpus program (and, opt-in, the
 * standard library) each code object's qualname, first line, argument counts, varnames, cells,
 * free variables and flags match, and so do the positions of its calls, attribute accesses,
 * subscripts, raises and name loads.
 *
 * <p>Single-use; not thread-safe. The produced {@link Code} is immutable.
 */
public final class Compiler {
    enum UnitKind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    enum FBlockType { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER }

    /**
     * A block an early exit must unwind. {@code block} is a loop's continue target, {@code exit}
     * its break target; {@code datum} is a finally body, a with statement or a handler's name.
     */
    record FBlock(FBlockType type, int block, int exit, Object datum) {
    }

    /** The code object under construction. */
    static final class Unit {
        final Scope scope;
        final UnitKind kind;
        final String name;
        final Unit parent;
        final CodeBuilder b = new CodeBuilder();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final List<String> cellvars;
        final List<String> freevars;
        final List<FBlock> fblocks = new ArrayList<>();
        final int firstLineno;
        String qualname;
        String privateName;
        int argcount;
        int posonly;
        int kwonly;

        Unit(Scope scope, UnitKind kind, String name, Unit parent, int firstLineno) {
            this.scope = scope;
            this.kind = kind;
            this.name = name;
            this.parent = parent;
            this.firstLineno = firstLineno;
            this.cellvars = scope.cellvars();
            this.freevars = scope.freevars();
            if (scope.type() == Scope.Type.FUNCTION) {
                for (String p : scope.params()) {
                    varnames.put(p, varnames.size());
                }
            }
        }

        boolean isFunction() {
            return scope.type() == Scope.Type.FUNCTION;
        }
    }

    final String filename;
    final String source;
    final boolean interactive;
    final SymbolTable st;
    final ExpressionCompiler ex;
    Unit u;
    /** {@code from __future__ import annotations} (PEP 563): annotations are kept as their source text. */
    private boolean stringAnnotations;

    private Compiler(SymbolTable st, String filename, String source, boolean interactive) {
        this.st = st;
        this.filename = filename;
        this.source = source;
        this.interactive = interactive;
        this.ex = new ExpressionCompiler(this);
    }

    /** Compiles a module: names through the {@code *_NAME} instructions, code named {@code <module>}. */
    public static Code compileModule(Ast.Module m, String filename, String source) {
        return new Compiler(SymbolTable.build(m, filename, source), filename, source, false).module(m);
    }

    /** As {@link #compileModule}, but top-level expression statements echo their value ({@code PRINT_EXPR}). */
    public static Code compileInteractive(Ast.Module m, String filename, String source) {
        return new Compiler(SymbolTable.build(m, filename, source), filename, source, true).module(m);
    }

    /**
     * Compiles {@code eval} mode: a module whose only statement is an expression, code that
     * returns its value; any other statement is a SyntaxError, as CPython's {@code eval_input}.
     */
    public static Code compileExpression(Ast.Module m, String filename, String source) {
        if (m.body().size() != 1 || !(m.body().get(0) instanceof Ast.ExprStmt e)) {
            Ast.Pos pos = m.body().isEmpty() ? new Ast.Pos(1, 0, 1, 0) : ((Ast.Located) m.body().get(0)).pos();
            throw SymbolTable.syntaxError(filename, source, "invalid syntax", pos);
        }
        Compiler c = new Compiler(SymbolTable.build(m, filename, source), filename, source, false);
        c.enterUnit(m, UnitKind.MODULE, "<module>", 1);
        c.b().setLoc(e.pos());
        c.ex.visit(e.value());
        c.b().emit(Opcode.RETURN_VALUE);
        return c.exitUnit(false);
    }

    /** Parses and compiles a module. */
    public static Code compile(String source, String filename) {
        return compileModule(Parser.parse(source, filename), filename, source);
    }

    private Code module(Ast.Module m) {
        stringAnnotations = futureAnnotations(m.body());
        enterUnit(m, UnitKind.MODULE, "<module>", 1);
        body(m.body(), !interactive);
        return exitUnit(true);
    }

    /** True when the module's leading future statements include {@code annotations}. */
    private static boolean futureAnnotations(List<Stmt> body) {
        for (int i = 0; i < body.size(); i++) {
            Stmt st = body.get(i);
            if (i == 0 && st instanceof Ast.ExprStmt es && es.value() instanceof Ast.Constant c
                    && c.value() instanceof String) {
                continue; // the docstring
            }
            if (!(st instanceof Ast.ImportFrom imp) || !"__future__".equals(imp.module())) {
                return false;
            }
            for (Ast.Alias a : imp.names()) {
                if (a.name().equals("annotations")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Pushes an annotation's value: the expression's value, or under PEP 563 its source text
     * (CPython unparses the expression; the source segment is the same text for the usual forms).
     */
    void annotation(Expr e) {
        if (!stringAnnotations) {
            ex.visit(e);
            return;
        }
        b().emit(Opcode.LOAD_CONST, b().addConst(sourceSegment(e.pos())));
    }

    private String sourceSegment(Ast.Pos p) {
        String[] lines = source.split("\n", -1);
        if (p.lineno() < 1 || p.endLineno() > lines.length) {
            return "";
        }
        if (p.lineno() == p.endLineno()) {
            String line = lines[p.lineno() - 1];
            return line.substring(Math.min(p.colOffset(), line.length()), Math.min(p.endColOffset(), line.length()));
        }
        StringBuilder out = new StringBuilder(lines[p.lineno() - 1].substring(p.colOffset()));
        for (int l = p.lineno(); l < p.endLineno() - 1; l++) {
            out.append(' ').append(lines[l].strip());
        }
        out.append(' ').append(lines[p.endLineno() - 1], 0, Math.min(p.endColOffset(), lines[p.endLineno() - 1].length()));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    PySyntaxError error(String msg, Ast.Pos pos) {
        return SymbolTable.syntaxError(filename, source, msg, pos);
    }

    CodeBuilder b() {
        return u.b;
    }

    // ---- units ----

    void enterUnit(Object node, UnitKind kind, String name, int firstLineno) {
        Unit nu = new Unit(st.scopeOf(node), kind, name, u, firstLineno);
        nu.privateName = u == null ? null : u.privateName;
        String base = null;
        if (u != null && u.kind != UnitKind.MODULE) {
            boolean forceGlobal = false;
            if (kind == UnitKind.FUNCTION || kind == UnitKind.CLASS) {
                String mangled = SymbolTable.mangle(u.privateName, name);
                forceGlobal = u.scope.has(mangled) && u.scope.kind(mangled) == Scope.Kind.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                base = u.kind == UnitKind.FUNCTION || u.kind == UnitKind.LAMBDA ? u.qualname + ".<locals>" : u.qualname;
            }
        }
        nu.qualname = base == null ? name : base + "." + name;
        u = nu;
    }

    /** Finishes the current unit (adding {@code return None} if it can fall off the end) and pops it. */
    Code exitUnit(boolean addNone) {
        CodeBuilder b = u.b;
        if (!b.endsWithTerminator()) {
            b.setLoc(null);
            if (addNone) {
                b.emit(Opcode.LOAD_CONST, b.addConst(Ast.Singleton.None));
            }
            b.emit(Opcode.RETURN_VALUE);
        }
        int flags = 0;
        Scope s = u.scope;
        if (s.type() == Scope.Type.FUNCTION) {
            flags |= Code.OPTIMIZED | Code.NEWLOCALS;
            if (s.isNested()) {
                flags |= Code.NESTED;
            }
            if (s.isGenerator()) {
                flags |= Code.GENERATOR;
            }
            if (s.varargs) {
                flags |= Code.VARARGS;
            }
            if (s.varkeywords) {
                flags |= Code.VARKEYWORDS;
            }
        }
        if (u.cellvars.isEmpty() && u.freevars.isEmpty()) {
            flags |= Code.NOFREE;
        }
        List<String> varnames = new ArrayList<>(u.varnames.keySet());
        int[] cell2arg = null;
        for (int i = 0; i < u.cellvars.size(); i++) {
            int a = s.params().indexOf(u.cellvars.get(i));
            if (a >= 0) {
                if (cell2arg == null) {
                    cell2arg = new int[u.cellvars.size()];
                    java.util.Arrays.fill(cell2arg, -1);
                }
                cell2arg[i] = a;
            }
        }
        Code code = b.build(u.name, u.qualname, filename, u.firstLineno, u.argcount, u.posonly, u.kwonly, flags,
                varnames, u.cellvars, u.freevars, cell2arg);
        u = u.parent;
        return code;
    }

    /** Pushes a function made from {@code co} (its closure from the current unit's cells). */
    void makeClosure(Code co, int flags) {
        CodeBuilder b = b();
        if (!co.freevars().isEmpty()) {
            for (String name : co.freevars()) {
                int i;
                boolean classCell = u.scope.type() == Scope.Type.CLASS && name.equals("__class__");
                if (classCell || u.scope.kind(name) == Scope.Kind.CELL) {
                    i = u.cellvars.indexOf(name);
                } else {
                    int j = u.freevars.indexOf(name);
                    i = j < 0 ? -1 : u.cellvars.size() + j;
                }
                if (i < 0) {
                    throw new IllegalStateException("no cell for free variable " + name + " of " + co.qualname()
                            + " in " + u.qualname);
                }
                b.emit(Opcode.LOAD_CLOSURE, i);
            }
            b.emit(Opcode.BUILD_TUPLE, co.freevars().size());
            flags |= Opcode.MAKE_FUNCTION_CLOSURE;
        }
        b.emit(Opcode.LOAD_CONST, b.addConst(co));
        b.emit(Opcode.MAKE_FUNCTION, flags);
    }

    /** A name load, store or delete with the instruction its scope calls for (compile.c's {@code compiler_nameop}). */
    void nameOp(String name, Ast.ExprContext ctx) {
        String mangled = SymbolTable.mangle(u.privateName, name);
        CodeBuilder b = b();
        Scope s = u.scope;
        int base;
        int arg;
        if (!s.has(mangled)) {
            base = Opcode.LOAD_NAME;
            arg = b.addName(mangled);
        } else {
            switch (s.kind(mangled)) {
                case FREE -> {
                    base = Opcode.LOAD_DEREF;
                    arg = u.cellvars.size() + u.freevars.indexOf(mangled);
                }
                case CELL -> {
                    base = Opcode.LOAD_DEREF;
                    arg = u.cellvars.indexOf(mangled);
                }
                case LOCAL -> {
                    if (u.isFunction()) {
                        base = Opcode.LOAD_FAST;
                        arg = u.varnames.computeIfAbsent(mangled, k -> u.varnames.size());
                    } else {
                        base = Opcode.LOAD_NAME;
                        arg = b.addName(mangled);
                    }
                }
                case GLOBAL_IMPLICIT -> {
                    base = u.isFunction() ? Opcode.LOAD_GLOBAL : Opcode.LOAD_NAME;
                    arg = b.addName(mangled);
                }
                case GLOBAL_EXPLICIT -> {
                    base = Opcode.LOAD_GLOBAL;
                    arg = b.addName(mangled);
                }
                default -> throw new IllegalStateException();
            }
        }
        int op = base + switch (ctx) {
            case Load -> 0;
            case Store -> 1;
            case Del -> 2;
        };
        b.emit(op, arg);
    }

    /** Index of an attribute or import name, mangled as compile.c's {@code ADDOP_NAME}. */
    int attrName(String name) {
        return b().addName(SymbolTable.mangle(u.privateName, name));
    }

    // ---- statements ----

    /** Module or class body: annotations dict, docstring, statements. */
    private void body(List<Stmt> stmts, boolean docstring) {
        CodeBuilder b = b();
        if (findAnn(stmts)) {
            b.emit(Opcode.SETUP_ANNOTATIONS);
        }
        int i = 0;
        if (docstring && !stmts.isEmpty() && stmts.get(0) instanceof Ast.ExprStmt es
                && es.value() instanceof Ast.Constant c && c.value() instanceof String) {
            b.setLoc(es.pos());
            ex.visit(es.value());
            nameOp("__doc__", Ast.ExprContext.Store);
            i = 1;
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    private static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case Ast.AnnAssign a -> true;
                case Ast.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Ast.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Ast.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Ast.With w -> findAnn(w.body());
                case Ast.Try t -> findAnn(t.body()) || findAnn(t.orelse()) || findAnn(t.finalbody())
                        || t.handlers().stream().anyMatch(h -> findAnn(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    void visitStmt(Stmt s) {
        CodeBuilder b = b();
        b.setLoc(s.pos());
        switch (s) {
            case Ast.FunctionDef f -> functionDef(f);
            case Ast.ClassDef c -> classDef(c);
            case Ast.Return r -> returnStmt(r);
            case Ast.Delete d -> {
                for (Expr t : d.targets()) {
                    ex.visit(t);
                }
            }
            case Ast.Assign a -> {
                ex.visit(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        b.emit(Opcode.COPY, 1);
                    }
                    ex.visit(a.targets().get(i));
                }
            }
            case Ast.AugAssign a -> ex.augAssign(a);
            case Ast.AnnAssign a -> annAssign(a);
            case Ast.For f -> forStmt(f);
            case Ast.While w -> whileStmt(w);
            case Ast.If i -> ifStmt(i);
            case Ast.With w -> withStmt(w, 0);
            case Ast.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    ex.visit(r.exc());
                    n++;
                    if (r.cause() != null) {
                        ex.visit(r.cause());
                        n++;
                    }
                }
                b.emit(Opcode.RAISE_VARARGS, n);
            }
            case Ast.Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t);
                } else {
                    tryExcept(t);
                }
            }
            case Ast.Assert a -> assertStmt(a);
            case Ast.Import i -> importStmt(i);
            case Ast.ImportFrom i -> importFrom(i);
            case Ast.Global g -> {
            }
            case Ast.Nonlocal n -> {
            }
            case Ast.ExprStmt e -> {
                if (interactive && u.kind == UnitKind.MODULE) {
                    ex.visit(e.value());
                    b.emit(Opcode.PRINT_EXPR);
                } else if (!(e.value() instanceof Ast.Constant)) {
                    ex.visit(e.value());
                    b.emit(Opcode.POP_TOP);
                }
            }
            case Ast.Pass p -> {
            }
            case Ast.Break br -> breakStmt(br);
            case Ast.Continue c -> continueStmt(c);
        }
    }

    private int defaults(Ast.Arguments a) {
        CodeBuilder b = b();
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            for (Expr d : a.defaults()) {
                ex.visit(d);
            }
            b.emit(Opcode.BUILD_TUPLE, a.defaults().size());
            flags |= Opcode.MAKE_FUNCTION_DEFAULTS;
        }
        int n = 0;
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
            if (d != null) {
                b.emit(Opcode.LOAD_CONST, b.addConst(SymbolTable.mangle(u.privateName, a.kwonlyargs().get(i).arg())));
                ex.visit(d);
                n++;
            }
        }
        if (n > 0) {
            b.emit(Opcode.BUILD_MAP, n);
            flags |= Opcode.MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    /**
     * A function's annotations as a dict {@code {name: annotation, ..., 'return': ...}} in
     * CPython's order (positional, positional-only, *args, keyword-only, **kwargs, return),
     * evaluated now (or their text under PEP 563); the MAKE_FUNCTION flag, or 0 when there are none.
     */
    private int annotations(Ast.Arguments a, Expr returns) {
        // CPython 3.11's order: positional, positional-only, *args, keyword-only, **kwargs.
        List<Ast.Arg> all = new java.util.ArrayList<>(a.args());
        all.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        int n = 0;
        for (Ast.Arg arg : all) {
            if (arg.annotation() != null) {
                b().emit(Opcode.LOAD_CONST, b().addConst(SymbolTable.mangle(u.privateName, arg.arg())));
                annotation(arg.annotation());
                n++;
            }
        }
        if (returns != null) {
            b().emit(Opcode.LOAD_CONST, b().addConst("return"));
            annotation(returns);
            n++;
        }
        if (n == 0) {
            return 0;
        }
        b().emit(Opcode.BUILD_MAP, n);
        return Opcode.MAKE_FUNCTION_ANNOTATIONS;
    }

    private void setArgCounts(Ast.Arguments a) {
        u.posonly = a.posonlyargs().size();
        u.argcount = a.posonlyargs().size() + a.args().size();
        u.kwonly = a.kwonlyargs().size();
    }

    private void applyDecorators(List<Expr> decorators) {
        CodeBuilder b = b();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            b.setLoc(decorators.get(i).pos());
            b.emit(Opcode.CALL, 0);
        }
    }

    private void functionDef(Ast.FunctionDef f) {
        for (Expr d : f.decoratorList()) {
            ex.visit(d);
        }
        int firstLineno = f.decoratorList().isEmpty() ? f.pos().lineno() : f.decoratorList().get(0).pos().lineno();
        int flags = defaults(f.args());
        flags |= annotations(f.args(), f.returns());
        enterUnit(f, UnitKind.FUNCTION, f.name(), firstLineno);
        List<Stmt> body = f.body();
        Object doc = !body.isEmpty() && body.get(0) instanceof Ast.ExprStmt es
                && es.value() instanceof Ast.Constant c && c.value() instanceof String str ? str : Ast.Singleton.None;
        b().addConst(doc);
        setArgCounts(f.args());
        visitStmts(body);
        Code code = exitUnit(true);
        b().setLoc(f.pos());
        makeClosure(code, flags);
        applyDecorators(f.decoratorList());
        b().setLoc(f.pos());
        nameOp(f.name(), Ast.ExprContext.Store);
    }

    /** A lambda's function object (called by the expression compiler). */
    void lambda(Ast.Lambda l) {
        int flags = defaults(l.args());
        enterUnit(l, UnitKind.LAMBDA, "<lambda>", l.pos().lineno());
        b().addConst(Ast.Singleton.None);
        setArgCounts(l.args());
        ex.visit(l.body());
        b().setLoc(l.pos());
        b().emit(Opcode.RETURN_VALUE);
        Code code = exitUnit(true);
        makeClosure(code, flags);
    }

    private void classDef(Ast.ClassDef c) {
        for (Expr d : c.decoratorList()) {
            ex.visit(d);
        }
        int firstLineno = c.decoratorList().isEmpty() ? c.pos().lineno() : c.decoratorList().get(0).pos().lineno();
        enterUnit(c, UnitKind.CLASS, c.name(), firstLineno);
        u.privateName = c.name();
        b().setLoc(new Ast.Pos(firstLineno, 0, firstLineno, 0));
        nameOp("__name__", Ast.ExprContext.Load);
        nameOp("__module__", Ast.ExprContext.Store);
        b().emit(Opcode.LOAD_CONST, b().addConst(u.qualname));
        nameOp("__qualname__", Ast.ExprContext.Store);
        body(c.body(), true);
        if (u.scope.needsClassClosure) {
            // Return the __class__ cell (and store it as __classcell__) so type() can fill it.
            b().setLoc(null);
            b().emit(Opcode.LOAD_CLOSURE, u.cellvars.indexOf("__class__"));
            b().emit(Opcode.COPY, 1);
            b().emit(Opcode.STORE_NAME, b().addName("__classcell__"));
            b().emit(Opcode.RETURN_VALUE);
        }
        Code code = exitUnit(true);
        CodeBuilder b = b();
        b.setLoc(c.pos());
        b.emit(Opcode.PUSH_NULL);
        b.emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        b.emit(Opcode.LOAD_CONST, b.addConst(c.name()));
        ex.callHelper(2, c.bases(), c.keywords(), c.pos());
        applyDecorators(c.decoratorList());
        b.setLoc(c.pos());
        nameOp(c.name(), Ast.ExprContext.Store);
    }

    private void annAssign(Ast.AnnAssign a) {
        CodeBuilder b = b();
        Expr t = a.target();
        if (a.value() != null) {
            ex.visit(a.value());
            ex.visit(t);
        }
        boolean moduleOrClass = u.kind == UnitKind.MODULE || u.kind == UnitKind.CLASS;
        switch (t) {
            case Ast.Name n -> {
                if (a.simple() != 0 && moduleOrClass) {
                    b.setLoc(a.pos());
                    annotation(a.annotation());
                    b.emit(Opcode.LOAD_NAME, b.addName("__annotations__"));
                    b.emit(Opcode.LOAD_CONST, b.addConst(SymbolTable.mangle(u.privateName, n.id())));
                    b.emit(Opcode.STORE_SUBSCR);
                }
            }
            case Ast.Attribute at -> {
                if (a.value() == null) {
                    ex.visit(at.value());
                    b.emit(Opcode.POP_TOP);
                }
            }
            case Ast.Subscript sub -> {
                if (a.value() == null) {
                    ex.visit(sub.value());
                    b.emit(Opcode.POP_TOP);
                    ex.visit(sub.slice());
                    b.emit(Opcode.POP_TOP);
                }
            }
            default -> throw error("invalid node type for annotated assignment", a.pos());
        }
        if (!(t instanceof Ast.Name) && moduleOrClass && !stringAnnotations) {
            ex.visit(a.annotation());
            b.emit(Opcode.POP_TOP);
        }
    }

    // ---- control flow ----

    private void pushFBlock(FBlockType type, int block, int exit, Object datum) {
        u.fblocks.add(new FBlock(type, block, exit, datum));
    }

    private void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    private static boolean isLoop(FBlock f) {
        return f.type == FBlockType.WHILE_LOOP || f.type == FBlockType.FOR_LOOP;
    }

    /**
     * Unwinds the block stack from the top (compile.c's {@code compiler_unwind_fblock_stack}):
     * emits each block's exit code; with {@code stopAtLoop}, stops at and returns the innermost
     * loop without unwinding it.
     */
    private FBlock unwindStack(boolean preserveTos, boolean stopAtLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.get(u.fblocks.size() - 1);
        if (stopAtLoop && isLoop(top)) {
            return top;
        }
        popFBlock();
        unwind(top, preserveTos);
        FBlock loop = unwindStack(preserveTos, stopAtLoop);
        u.fblocks.add(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    private void unwind(FBlock f, boolean preserveTos) {
        CodeBuilder b = b();
        switch (f.type) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                b.emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> b.popBlock();
            case FINALLY_TRY -> {
                b.popBlock();
                if (preserveTos) {
                    pushFBlock(FBlockType.POP_VALUE, -1, -1, null);
                }
                Ast.Pos saved = b.loc();
                visitStmts((List<Stmt>) f.datum);
                if (preserveTos) {
                    popFBlock();
                }
                b.setLoc(saved);
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                b.emit(Opcode.POP_TOP);
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                b.popBlock();
                b.emit(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                Ast.Pos saved = b.loc();
                b.setLoc(((Stmt) f.datum).pos());
                b.popBlock();
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                b.emit(Opcode.POP_TOP);
                b.setLoc(saved);
            }
            case HANDLER_CLEANUP -> {
                if (f.datum != null) {
                    b.popBlock();
                }
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                b.popBlock();
                b.emit(Opcode.POP_EXCEPT);
                if (f.datum != null) {
                    b.emit(Opcode.LOAD_CONST, b.addConst(Ast.Singleton.None));
                    nameOp((String) f.datum, Ast.ExprContext.Store);
                    nameOp((String) f.datum, Ast.ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    b.emit(Opcode.SWAP, 2);
                }
                b.emit(Opcode.POP_TOP);
            }
        }
    }

    private void callExitWithNones() {
        CodeBuilder b = b();
        int none = b.addConst(Ast.Singleton.None);
        b.emit(Opcode.LOAD_CONST, none);
        b.emit(Opcode.LOAD_CONST, none);
        b.emit(Opcode.LOAD_CONST, none);
        b.emit(Opcode.CALL, 2);
    }

    private void returnStmt(Ast.Return r) {
        if (!u.isFunction()) {
            throw error("'return' outside function", r.pos());
        }
        CodeBuilder b = b();
        ArrayDeque<Integer> handlers = b.saveHandlers();
        Object constant = r.value() == null ? Ast.Singleton.None : ConstantFolder.fold(r.value());
        boolean preserve = constant == null;
        if (preserve) {
            ex.visit(r.value());
        }
        unwindStack(preserve, false);
        b.setLoc(r.pos());
        if (!preserve) {
            b.emit(Opcode.LOAD_CONST, b.addConst(constant));
        }
        b.emit(Opcode.RETURN_VALUE);
        b.restoreHandlers(handlers);
    }

    private void breakStmt(Ast.Break s) {
        CodeBuilder b = b();
        ArrayDeque<Integer> handlers = b.saveHandlers();
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw error("'break' outside loop", s.pos());
        }
        unwind(loop, false);
        b.setLoc(s.pos());
        b.jump(Opcode.JUMP, loop.exit);
        b.restoreHandlers(handlers);
    }

    private void continueStmt(Ast.Continue s) {
        CodeBuilder b = b();
        ArrayDeque<Integer> handlers = b.saveHandlers();
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw error("'continue' not properly in loop", s.pos());
        }
        b.setLoc(s.pos());
        b.jump(Opcode.JUMP, loop.block);
        b.restoreHandlers(handlers);
    }

    private void ifStmt(Ast.If s) {
        CodeBuilder b = b();
        int end = b.newLabel();
        int next = s.orelse().isEmpty() ? end : b.newLabel();
        ex.jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            b.setLoc(null);
            b.jump(Opcode.JUMP, end);
            b.place(next);
            visitStmts(s.orelse());
        }
        b.place(end);
    }

    private void whileStmt(Ast.While s) {
        CodeBuilder b = b();
        int loop = b.newLabel();
        int anchor = b.newLabel();
        int end = b.newLabel();
        b.place(loop);
        pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
        ex.jumpIf(s.test(), anchor, false);
        visitStmts(s.body());
        b.setLoc(s.pos());
        b.jump(Opcode.JUMP, loop);
        popFBlock();
        b.place(anchor);
        visitStmts(s.orelse());
        b.place(end);
    }

    private void forStmt(Ast.For s) {
        CodeBuilder b = b();
        int start = b.newLabel();
        int cleanup = b.newLabel();
        int end = b.newLabel();
        ex.visitIterable(s.iter());
        b.emit(Opcode.GET_ITER);
        b.place(start);
        pushFBlock(FBlockType.FOR_LOOP, start, end, null);
        b.jump(Opcode.FOR_ITER, cleanup);
        ex.visit(s.target());
        visitStmts(s.body());
        b.setLoc(null);
        b.jump(Opcode.JUMP, start);
        b.place(cleanup);
        popFBlock();
        visitStmts(s.orelse());
        b.place(end);
    }

    /** The cleanup handler of an except or finally block: restore the previous exception, re-raise. */
    private void popExceptAndReraise() {
        CodeBuilder b = b();
        b.emit(Opcode.SWAP, 2);
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.RERAISE);
    }

    private void tryFinally(Ast.Try s) {
        CodeBuilder b = b();
        int end = b.newLabel();
        int exit = b.newLabel();
        int cleanup = b.newLabel();
        b.setup(end, CodeBuilder.SETUP_FINALLY);
        pushFBlock(FBlockType.FINALLY_TRY, -1, end, s.finalbody());
        if (!s.handlers().isEmpty()) {
            tryExcept(s);
        } else {
            visitStmts(s.body());
        }
        b.popBlock();
        popFBlock();
        visitStmts(s.finalbody());
        b.setLoc(null);
        b.jump(Opcode.JUMP, exit);
        b.place(end);
        b.setup(cleanup, CodeBuilder.SETUP_FINALLY);
        b.emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlockType.FINALLY_END, -1, -1, null);
        visitStmts(s.finalbody());
        popFBlock();
        b.setLoc(null);
        b.emit(Opcode.RERAISE);
        b.popBlock();
        b.place(cleanup);
        popExceptAndReraise();
        b.place(exit);
    }

    private void tryExcept(Ast.Try s) {
        CodeBuilder b = b();
        int except = b.newLabel();
        int end = b.newLabel();
        int cleanup = b.newLabel();
        b.setup(except, CodeBuilder.SETUP_FINALLY);
        pushFBlock(FBlockType.TRY_EXCEPT, -1, -1, null);
        visitStmts(s.body());
        popFBlock();
        b.popBlock();
        visitStmts(s.orelse());
        b.setLoc(null);
        b.jump(Opcode.JUMP, end);
        b.place(except);
        b.setup(cleanup, CodeBuilder.SETUP_FINALLY);
        b.emit(Opcode.PUSH_EXC_INFO);
        pushFBlock(FBlockType.EXCEPTION_HANDLER, -1, -1, null);
        List<Ast.ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            Ast.ExceptHandler h = handlers.get(i);
            b.setLoc(h.pos());
            if (h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last", h.pos());
            }
            int next = b.newLabel();
            if (h.type() != null) {
                ex.visit(h.type());
                b.emit(Opcode.CHECK_EXC_MATCH);
                b.jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                int cleanupEnd = b.newLabel();
                nameOp(h.name(), Ast.ExprContext.Store);
                b.setup(cleanupEnd, CodeBuilder.SETUP_FINALLY);
                pushFBlock(FBlockType.HANDLER_CLEANUP, -1, -1, h.name());
                visitStmts(h.body());
                popFBlock();
                b.setLoc(null);
                b.popBlock();
                b.popBlock();
                b.emit(Opcode.POP_EXCEPT);
                b.emit(Opcode.LOAD_CONST, b.addConst(Ast.Singleton.None));
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
                b.jump(Opcode.JUMP, end);
                b.restoreHandlers(withHandler(b.saveHandlers(), cleanup));
                b.place(cleanupEnd);
                b.emit(Opcode.LOAD_CONST, b.addConst(Ast.Singleton.None));
                nameOp(h.name(), Ast.ExprContext.Store);
                nameOp(h.name(), Ast.ExprContext.Del);
                b.emit(Opcode.RERAISE);
            } else {
                b.emit(Opcode.POP_TOP);
                pushFBlock(FBlockType.HANDLER_CLEANUP, -1, -1, null);
                visitStmts(h.body());
                popFBlock();
                b.setLoc(null);
                b.popBlock();
                b.emit(Opcode.POP_EXCEPT);
                b.jump(Opcode.JUMP, end);
                b.restoreHandlers(withHandler(b.saveHandlers(), cleanup));
            }
            b.place(next);
        }
        b.setLoc(null);
        popFBlock();
        b.emit(Opcode.RERAISE);
        b.popBlock();
        b.place(cleanup);
        popExceptAndReraise();
        b.place(end);
    }

    /** The handler stack with {@code label} pushed back on top (after a path popped it). */
    private static ArrayDeque<Integer> withHandler(ArrayDeque<Integer> handlers, int label) {
        handlers.push(label);
        return handlers;
    }

    private void withStmt(Ast.With s, int pos) {
        CodeBuilder b = b();
        Ast.WithItem item = s.items().get(pos);
        int fin = b.newLabel();
        int exit = b.newLabel();
        int cleanup = b.newLabel();
        ex.visit(item.contextExpr());
        b.setLoc(s.pos());
        b.emit(Opcode.BEFORE_WITH);
        b.setup(fin, CodeBuilder.SETUP_WITH);
        pushFBlock(FBlockType.WITH, -1, fin, s);
        if (item.optionalVars() != null) {
            ex.visit(item.optionalVars());
        } else {
            b.emit(Opcode.POP_TOP);
        }
        if (pos + 1 == s.items().size()) {
            visitStmts(s.body());
        } else {
            withStmt(s, pos + 1);
        }
        b.popBlock();
        popFBlock();
        b.setLoc(s.pos());
        callExitWithNones();
        b.emit(Opcode.POP_TOP);
        b.jump(Opcode.JUMP, exit);
        b.place(fin);
        b.setup(cleanup, CodeBuilder.SETUP_FINALLY);
        b.emit(Opcode.PUSH_EXC_INFO);
        b.emit(Opcode.WITH_EXCEPT_START);
        b.setLoc(null);
        int suppress = b.newLabel();
        b.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        b.emit(Opcode.RERAISE);
        b.popBlock();
        b.place(cleanup);
        popExceptAndReraise();
        b.place(suppress);
        b.emit(Opcode.POP_TOP);
        b.emit(Opcode.POP_EXCEPT);
        b.emit(Opcode.POP_TOP);
        b.place(exit);
    }

    /** The raise carries the statement's span, or that of a comparison in the test (see {@code jumpIf}). */
    private void assertStmt(Ast.Assert a) {
        CodeBuilder b = b();
        int end = b.newLabel();
        ex.jumpIf(a.test(), end, true);
        b.emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            ex.visit(a.msg());
            b.emit(Opcode.CALL, 0);
        }
        b.emit(Opcode.RAISE_VARARGS, 1);
        b.place(end);
    }

    /** {@code import a.b.c [as x], ...}: every instruction has the statement's location (3.11). */
    private void importStmt(Ast.Import s) {
        CodeBuilder b = b();
        b.setLoc(s.pos());
        for (Ast.Alias a : s.names()) {
            b.emit(Opcode.LOAD_CONST, b.addConst(0L));
            b.emit(Opcode.LOAD_CONST, b.addConst(Ast.Singleton.None));
            b.emit(Opcode.IMPORT_NAME, attrName(a.name()));
            int dot = a.name().indexOf('.');
            if (a.asname() != null) {
                if (dot >= 0) {
                    String[] parts = a.name().split("\\.");
                    for (int i = 1; i < parts.length; i++) {
                        b.emit(Opcode.IMPORT_FROM, attrName(parts[i]));
                        if (i < parts.length - 1) {
                            b.emit(Opcode.SWAP, 2);
                            b.emit(Opcode.POP_TOP);
                        }
                    }
                    nameOp(a.asname(), Ast.ExprContext.Store);
                    b.emit(Opcode.POP_TOP);
                } else {
                    nameOp(a.asname(), Ast.ExprContext.Store);
                }
            } else {
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), Ast.ExprContext.Store);
            }
        }
    }

    private void importFrom(Ast.ImportFrom s) {
        CodeBuilder b = b();
        List<Object> names = new ArrayList<>();
        for (Ast.Alias a : s.names()) {
            names.add(a.name());
        }
        b.emit(Opcode.LOAD_CONST, b.addConst((long) s.level()));
        b.emit(Opcode.LOAD_CONST, b.addConst(new Code.ConstTuple(names)));
        b.emit(Opcode.IMPORT_NAME, attrName(s.module() == null ? "" : s.module()));
        if (s.names().size() == 1 && s.names().get(0).name().equals("*")) {
            b.emit(Opcode.IMPORT_STAR);
            return;
        }
        for (Ast.Alias a : s.names()) {
            b.emit(Opcode.IMPORT_FROM, attrName(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ast.ExprContext.Store);
        }
        b.emit(Opcode.POP_TOP);
    }
}
