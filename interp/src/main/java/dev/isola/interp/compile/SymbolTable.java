package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;
import dev.isola.interp.parse.Ast.Expr;
import dev.isola.interp.parse.Ast.Stmt;
import dev.isola.interp.parse.PySyntaxError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPython's symbol table ({@code Python/symtable.c}): a first pass over a module's AST that
 * records, for every block, how each name is used ({@code DEF_LOCAL}, {@code USE},
 * {@code DEF_GLOBAL} … flags), then a second pass, {@link #analyze}, that resolves each name to a
 * {@link Scope.Kind} the way CPython does: bound names are local, names bound in an enclosing
 * function are free there and cells in the binder, class bodies are skipped when looking
 * outwards, and everything else is global.
 *
 * <p>Comprehensions are function blocks named {@code listcomp} etc. with the implicit parameter
 * {@code .0}; their outermost iterable is visited in the enclosing block. An assignment
 * expression inside a comprehension binds in the nearest enclosing function (or module) block.
 * Names are private-mangled inside class bodies ({@code __x} becomes {@code _C__x}).
 *
 * <p>Syntax errors carry CPython's messages and positions. Single-use; not thread-safe. The
 * resulting {@link Scope}s are looked up by AST node identity.
 */
public final class SymbolTable {
    private final String filename;
    private final String source;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope cur;
    private Scope top;
    private String privateName;

    private SymbolTable(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    /** Builds and analyses the symbol table of a module. */
    public static SymbolTable build(Ast.Module module, String filename, String source) {
        SymbolTable st = new SymbolTable(filename, source);
        st.top = st.enter("top", Scope.Type.MODULE, module, false);
        for (Stmt s : module.body()) {
            st.visitStmt(s);
        }
        st.cur = null;
        st.analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>());
        return st;
    }

    public Scope top() {
        return top;
    }

    /** The block of a module, function, class, lambda or comprehension node. */
    public Scope scopeOf(Object node) {
        Scope s = scopes.get(node);
        if (s == null) {
            throw new IllegalArgumentException("no scope for node " + node.getClass().getSimpleName());
        }
        return s;
    }

    /** CPython's {@code _Py_Mangle}. */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    PySyntaxError error(String msg, Ast.Pos p) {
        return syntaxError(filename, source, msg, p);
    }

    static PySyntaxError syntaxError(String filename, String source, String msg, Ast.Pos p) {
        if (p == null) {
            return new PySyntaxError("SyntaxError", msg, filename, 0, 0, 0, 0, null);
        }
        return new PySyntaxError("SyntaxError", msg, filename, p.lineno(), p.colOffset() + 1, p.endLineno(),
                p.endColOffset() + 1, lineText(source, p.lineno()));
    }

    private static String lineText(String source, int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        int start = 0;
        for (int l = 1; l < lineno; l++) {
            int nl = source.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = source.indexOf('\n', start);
        String line = end < 0 ? source.substring(start) : source.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    // ---- pass 1: collect ----

    private Scope enter(String name, Scope.Type type, Object node, boolean comprehension) {
        Scope s = new Scope(name, type, cur, comprehension);
        if (cur != null) {
            cur.children.add(s);
        }
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    private int lookup(String name) {
        return cur.flags.getOrDefault(mangle(privateName, name), 0);
    }

    private void addDef(String name, int flag, Ast.Pos pos) {
        addDef(name, flag, cur, pos);
    }

    private void addDef(String name, int flag, Scope ste, Ast.Pos pos) {
        String mangled = mangle(privateName, name);
        Integer old = ste.flags.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", pos);
            }
            val |= old;
        }
        if (ste.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        pos);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        ste.flags.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            ste.params.add(mangled);
        }
    }

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    private void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visitExpr(e);
            }
        }
    }

    private void visitStmt(Stmt s) {
        switch (s) {
            case Ast.FunctionDef f -> {
                addDef(f.name(), Scope.DEF_LOCAL, f.pos());
                visitDefaults(f.args());
                visitAnnotations(f.args());
                if (f.returns() != null) {
                    visitExpr(f.returns());
                }
                visitExprs(f.decoratorList());
                enter(f.name(), Scope.Type.FUNCTION, f, false);
                visitParams(f.args());
                visitStmts(f.body());
                exit();
            }
            case Ast.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, c.pos());
                visitExprs(c.bases());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
                visitExprs(c.decoratorList());
                enter(c.name(), Scope.Type.CLASS, c, false);
                String savedPrivate = privateName;
                privateName = c.name();
                visitStmts(c.body());
                privateName = savedPrivate;
                exit();
            }
            case Ast.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                }
            }
            case Ast.Delete d -> visitExprs(d.targets());
            case Ast.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Ast.AnnAssign a -> visitAnnAssign(a);
            case Ast.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Ast.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Ast.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Ast.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Ast.With w -> {
                for (Ast.WithItem item : w.items()) {
                    visitExpr(item.contextExpr());
                    if (item.optionalVars() != null) {
                        visitExpr(item.optionalVars());
                    }
                }
                visitStmts(w.body());
            }
            case Ast.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                    }
                }
            }
            case Ast.Try t -> {
                visitStmts(t.body());
                visitStmts(t.orelse());
                for (Ast.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) {
                        visitExpr(h.type());
                    }
                    if (h.name() != null) {
                        addDef(h.name(), Scope.DEF_LOCAL, h.pos());
                    }
                    visitStmts(h.body());
                }
                visitStmts(t.finalbody());
            }
            case Ast.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) {
                    visitExpr(a.msg());
                }
            }
            case Ast.Import i -> visitAliases(i.names());
            case Ast.ImportFrom i -> visitAliases(i.names());
            case Ast.Global g -> visitDirective(g.names(), true, g.pos());
            case Ast.Nonlocal n -> visitDirective(n.names(), false, n.pos());
            case Ast.ExprStmt e -> visitExpr(e.value());
            case Ast.Pass p -> {
            }
            case Ast.Break b -> {
            }
            case Ast.Continue c -> {
            }
        }
    }

    private void visitAnnAssign(Ast.AnnAssign a) {
        if (a.target() instanceof Ast.Name n) {
            int flags = lookup(n.id());
            if ((flags & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple() != 0) {
                throw error(((flags & Scope.DEF_GLOBAL) != 0 ? "annotated name '" + n.id() + "' can't be global"
                        : "annotated name '" + n.id() + "' can't be nonlocal"), a.pos());
            }
            if (a.simple() != 0) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else {
            visitExpr(a.target());
        }
        visitExpr(a.annotation());
        if (a.value() != null) {
            visitExpr(a.value());
        }
    }

    private void visitDirective(List<String> names, boolean global, Ast.Pos pos) {
        String what = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & Scope.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & Scope.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & Scope.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, pos);
            }
            addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, pos);
            cur.directives.putIfAbsent(mangle(privateName, name), pos);
        }
    }

    private void visitAliases(List<Ast.Alias> names) {
        for (Ast.Alias a : names) {
            String name = a.asname() != null ? a.asname() : a.name();
            int dot = name.indexOf('.');
            String store = dot >= 0 ? name.substring(0, dot) : name;
            if (name.equals("*")) {
                if (cur.type != Scope.Type.MODULE) {
                    throw error("import * only allowed at module level", a.pos());
                }
            } else {
                addDef(store, Scope.DEF_IMPORT, a.pos());
            }
        }
    }

    private void visitDefaults(Ast.Arguments a) {
        visitExprs(a.defaults());
        visitExprs(a.kwDefaults());
    }

    private void visitAnnotations(Ast.Arguments a) {
        for (List<Ast.Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Ast.Arg arg : list) {
                if (arg.annotation() != null) {
                    visitExpr(arg.annotation());
                }
            }
        }
        for (Ast.Arg arg : new Ast.Arg[] {a.vararg(), a.kwarg()}) {
            if (arg != null && arg.annotation() != null) {
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitParams(Ast.Arguments a) {
        for (List<Ast.Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Ast.Arg arg : list) {
                addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
            }
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().pos());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().pos());
            cur.varkeywords = true;
        }
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Ast.BoolOp b -> visitExprs(b.values());
            case Ast.NamedExpr n -> visitNamedExpr(n);
            case Ast.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Ast.UnaryOp u -> visitExpr(u.operand());
            case Ast.Lambda l -> {
                visitDefaults(l.args());
                enter("lambda", Scope.Type.FUNCTION, l, false);
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Ast.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Ast.DictExpr d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Ast.SetExpr s -> visitExprs(s.elts());
            case Ast.ListComp c -> visitComprehension(e, "listcomp", c.generators(), c.elt(), null);
            case Ast.SetComp c -> visitComprehension(e, "setcomp", c.generators(), c.elt(), null);
            case Ast.DictComp c -> visitComprehension(e, "dictcomp", c.generators(), c.key(), c.value());
            case Ast.GeneratorExp c -> visitComprehension(e, "genexpr", c.generators(), c.elt(), null);
            case Ast.Yield y -> {
                if (y.value() != null) {
                    visitExpr(y.value());
                }
                markYield(e);
            }
            case Ast.YieldFrom y -> {
                visitExpr(y.value());
                markYield(e);
            }
            case Ast.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Ast.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Ast.Keyword k : c.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Ast.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                }
            }
            case Ast.JoinedStr j -> visitExprs(j.values());
            case Ast.Constant c -> {
            }
            case Ast.Attribute a -> visitExpr(a.value());
            case Ast.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Ast.Starred s -> visitExpr(s.value());
            case Ast.Name n -> {
                addDef(n.id(), n.ctx() == Ast.ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, n.pos());
                // super() in a method counts as a use of __class__ (CPython's symtable does the same).
                if (n.ctx() == Ast.ExprContext.Load && cur.type() == Scope.Type.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n.pos());
                }
            }
            case Ast.ListExpr l -> visitExprs(l.elts());
            case Ast.TupleExpr t -> visitExprs(t.elts());
            case Ast.Slice s -> {
                for (Expr x : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (x != null) {
                        visitExpr(x);
                    }
                }
            }
        }
    }

    private void markYield(Expr e) {
        cur.generator = true;
        if (cur.isComprehension) {
            String kind = switch (cur.name) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + kind, e.pos());
        }
    }

    private void visitNamedExpr(Ast.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n.pos());
        }
        if (cur.isComprehension) {
            extendNamedExprScope((Ast.Name) n.target());
        }
        visitExpr(n.value());
        visitExpr(n.target());
    }

    private void extendNamedExprScope(Ast.Name target) {
        String name = target.id();
        for (Scope ste = cur; ste != null; ste = ste.parent) {
            if (ste.isComprehension) {
                if ((ste.flags.getOrDefault(name, 0) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                            target.pos());
                }
                continue;
            }
            if (ste.type == Scope.Type.FUNCTION) {
                int flags = ste.flags.getOrDefault(name, 0);
                addDef(name, (flags & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, target.pos());
                cur.directives.putIfAbsent(name, target.pos());
                addDef(name, Scope.DEF_LOCAL, ste, target.pos());
                return;
            }
            if (ste.type == Scope.Type.MODULE) {
                addDef(name, Scope.DEF_GLOBAL, target.pos());
                cur.directives.putIfAbsent(name, target.pos());
                addDef(name, Scope.DEF_GLOBAL, ste, target.pos());
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", target.pos());
        }
    }

    private void visitComprehension(Expr e, String name, List<Ast.Comprehension> gens, Expr elt, Expr value) {
        Ast.Comprehension outer = gens.get(0);
        cur.compIterExpr++;
        visitExpr(outer.iter());
        cur.compIterExpr--;
        enter(name, Scope.Type.FUNCTION, e, true);
        addDef(".0", Scope.DEF_PARAM, e.pos());
        cur.compIterTarget = true;
        visitExpr(outer.target());
        cur.compIterTarget = false;
        visitExprs(outer.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Ast.Comprehension g = gens.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
        }
        if (value != null) {
            visitExpr(value);
        }
        visitExpr(elt);
        cur.generator = e instanceof Ast.GeneratorExp;
        exit();
    }

    // ---- pass 2: analyze ----

    private void analyzeName(Scope ste, String name, int flags, Set<String> bound, Set<String> local,
            Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", ste.directives.get(name));
            }
            ste.kinds.put(name, Scope.Kind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", ste.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", ste.directives.get(name));
            }
            ste.kinds.put(name, Scope.Kind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            ste.kinds.put(name, Scope.Kind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            ste.kinds.put(name, Scope.Kind.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (ste.nested) {
            ste.hasFree = true;
        }
        ste.kinds.put(name, Scope.Kind.GLOBAL_IMPLICIT);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (ste.type == Scope.Type.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> en : ste.flags.entrySet()) {
            analyzeName(ste, en.getKey(), en.getValue(), bound, local, free, global);
        }
        if (ste.type != Scope.Type.CLASS) {
            if (ste.type == Scope.Type.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            // Methods see the class being defined as __class__ (the implicit cell of the class body).
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> tempFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), tempFree, new HashSet<>(newGlobal));
            allFree.addAll(tempFree);
            if (child.hasFree || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);
        if (ste.type == Scope.Type.CLASS && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (ste.type == Scope.Type.FUNCTION) {
            for (Map.Entry<String, Scope.Kind> en : ste.kinds.entrySet()) {
                if (en.getValue() == Scope.Kind.LOCAL && newFree.remove(en.getKey())) {
                    en.setValue(Scope.Kind.CELL);
                }
            }
        }
        updateSymbols(ste, bound, newFree);
        free.addAll(newFree);
    }

    private static void updateSymbols(Scope ste, Set<String> bound, Set<String> free) {
        List<String> names = new ArrayList<>(free);
        names.sort(null);
        for (String name : names) {
            Integer flags = ste.flags.get(name);
            if (flags != null) {
                if (ste.type == Scope.Type.CLASS && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.flags.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.flags.put(name, 0);
            ste.kinds.put(name, Scope.Kind.FREE);
        }
    }
}
