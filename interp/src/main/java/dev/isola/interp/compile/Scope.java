package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One block of the {@link SymbolTable}: a module, class body, function, lambda or comprehension,
 * with the flags of every name it mentions and, after analysis, the scope of each. This is
 * CPython's {@code PySTEntryObject}.
 *
 * <p>Invariants after analysis: every symbol has exactly one {@link Kind}; a name is
 * {@link Kind#CELL} only in a function scope; {@link #freevars()} is sorted, {@link #cellvars()}
 * lists parameters first, and a name in a class scope may be both {@link Kind#LOCAL} and among the
 * free variables (CPython's {@code DEF_FREE_CLASS}: a method closes over an outer variable of the
 * same name as a class attribute). Built and read by one compiler thread; not thread-safe.
 */
public final class Scope {
    /** CPython's block types; comprehensions and lambdas are functions. */
    public enum Type { MODULE, CLASS, FUNCTION }

    /** Where a name lives, as CPython's {@code LOCAL … CELL} scope values. */
    public enum Kind { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_ANNOT = 256;
    static final int DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    final String name;
    final Type type;
    final Scope parent;
    final boolean nested;
    final boolean isComprehension;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Kind> kinds = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Position of the global/nonlocal statement (or walrus) that declared each name. */
    final Map<String, Ast.Pos> directives = new LinkedHashMap<>();
    boolean generator;
    boolean varargs;
    boolean varkeywords;
    boolean hasFree;
    /** A class whose methods use {@code super()} or {@code __class__}: its body makes the {@code __class__} cell. */
    boolean needsClassClosure;
    boolean childFree;
    int compIterExpr;
    boolean compIterTarget;

    Scope(String name, Type type, Scope parent, boolean isComprehension) {
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.isComprehension = isComprehension;
        this.nested = parent != null && (parent.nested || parent.type == Type.FUNCTION);
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public boolean isGenerator() {
        return generator;
    }

    public boolean isNested() {
        return nested;
    }

    public List<Scope> children() {
        return children;
    }

    /** The parameter names in frame order (positional, keyword-only, {@code *args}, {@code **kw}). */
    public List<String> params() {
        return params;
    }

    /** Scope of a (mangled) name; names this block never mentions are implicit globals. */
    public Kind kind(String mangled) {
        Kind k = kinds.get(mangled);
        return k == null ? Kind.GLOBAL_IMPLICIT : k;
    }

    /** Whether the block mentions the name at all. */
    public boolean has(String mangled) {
        return kinds.containsKey(mangled);
    }

    /**
     * Cell variables as CPython 3.11 orders {@code co_cellvars}: parameters first, in parameter
     * order, then the others sorted.
     */
    public List<String> cellvars() {
        if (type == Type.CLASS) {
            return needsClassClosure ? List.of("__class__") : List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : params) {
            if (kinds.get(p) == Kind.CELL && !out.contains(p)) {
                out.add(p);
            }
        }
        TreeSet<String> s = new TreeSet<>();
        kinds.forEach((n, k) -> {
            if (k == Kind.CELL && !params.contains(n)) {
                s.add(n);
            }
        });
        out.addAll(s);
        return List.copyOf(out);
    }

    public List<String> freevars() {
        TreeSet<String> s = new TreeSet<>();
        kinds.forEach((n, k) -> {
            if (k == Kind.FREE || (flags.getOrDefault(n, 0) & DEF_FREE_CLASS) != 0) {
                s.add(n);
            }
        });
        return List.copyOf(s);
    }

    @Override
    public String toString() {
        return "Scope[" + type + " " + name + " " + kinds + "]";
    }
}
