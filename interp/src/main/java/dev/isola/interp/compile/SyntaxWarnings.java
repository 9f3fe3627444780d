package dev.isola.interp.compile;

import dev.isola.interp.parse.Ast;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The compile-time {@code SyntaxWarning}s CPython 3.11's compiler gives for code that is valid
 * but almost surely a mistake: {@code x is 1} ({@code check_compare}), calling a literal
 * ({@code check_caller}), subscripting one or indexing with the wrong type
 * ({@code check_subscripter}, {@code check_index}), and {@code assert (x, msg)}.
 *
 * <p>A walk over the tree in source order. Every occurrence is reported, even twice on one line:
 * the compiler warns without a registry, so the {@code warnings} module does not deduplicate
 * them. Stateless.
 */
public final class SyntaxWarnings {
    /** One warning: the line it is reported at and its message. */
    public record Warning(int lineno, String message) {
    }

    private SyntaxWarnings() {
    }

    public static List<Warning> check(Ast.Module m) {
        List<Warning> found = new ArrayList<>();
        walk(m, found);
        return found;
    }

    private static void walk(Object node, List<Warning> out) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                walk(o, out);
            }
            return;
        }
        if (!(node instanceof Record r)) {
            return;
        }
        inspect(r, out);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object child;
            try {
                child = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (child instanceof Record || child instanceof List<?>) {
                walk(child, out);
            }
        }
    }

    private static void inspect(Record node, List<Warning> out) {
        switch (node) {
            case Ast.Compare c -> {
                Ast.Expr left = c.left();
                for (int i = 0; i < c.ops().size(); i++) {
                    Ast.Expr right = c.comparators().get(i);
                    Ast.CmpOp op = c.ops().get(i);
                    if ((op == Ast.CmpOp.Is || op == Ast.CmpOp.IsNot) && (isLiteral(left) || isLiteral(right))) {
                        out.add(new Warning(c.pos().lineno(), op == Ast.CmpOp.Is
                                ? "\"is\" with a literal. Did you mean \"==\"?"
                                : "\"is not\" with a literal. Did you mean \"!=\"?"));
                    }
                    left = right;
                }
            }
            case Ast.Call call -> {
                String type = switch (call.func()) {
                    case Ast.Constant k -> typeName(k.value());
                    case Ast.TupleExpr t -> "tuple";
                    case Ast.ListExpr l -> "list";
                    case Ast.ListComp l -> "list";
                    case Ast.DictExpr d -> "dict";
                    case Ast.DictComp d -> "dict";
                    case Ast.SetExpr s -> "set";
                    case Ast.SetComp s -> "set";
                    case Ast.GeneratorExp g -> "generator";
                    case Ast.JoinedStr j -> "str";
                    case Ast.FormattedValue f -> "str";
                    default -> null;
                };
                if (type != null) {
                    out.add(new Warning(call.pos().lineno(), "'" + type
                            + "' object is not callable; perhaps you missed a comma?"));
                }
            }
            case Ast.Subscript s when s.ctx() == Ast.ExprContext.Load -> subscript(s, out);
            case Ast.Assert a when a.test() instanceof Ast.TupleExpr t && !t.elts().isEmpty() ->
                    out.add(new Warning(a.pos().lineno(), "assertion is always true, perhaps remove parentheses?"));
            default -> {
            }
        }
    }

    private static void subscript(Ast.Subscript s, List<Warning> out) {
        Ast.Expr v = s.value();
        String notSubscriptable = switch (v) {
            case Ast.Constant k when k.value() instanceof Ast.Singleton || k.value() instanceof Long
                    || k.value() instanceof BigInteger || k.value() instanceof Double || k.value() instanceof Boolean ->
                    typeName(k.value());
            case Ast.SetExpr x -> "set";
            case Ast.SetComp x -> "set";
            case Ast.GeneratorExp x -> "generator";
            case Ast.Lambda x -> "function";
            default -> null;
        };
        if (notSubscriptable != null) {
            out.add(new Warning(s.pos().lineno(), "'" + notSubscriptable
                    + "' object is not subscriptable; perhaps you missed a comma?"));
            return;
        }
        String index = inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool") || index.equals("slice")) {
            return;
        }
        String container = switch (v) {
            case Ast.Constant k when k.value() instanceof String || k.value() instanceof byte[] -> typeName(k.value());
            case Ast.TupleExpr t -> "tuple";
            case Ast.ListExpr l -> "list";
            case Ast.ListComp l -> "list";
            case Ast.JoinedStr j -> "str";
            case Ast.FormattedValue f -> "str";
            default -> null;
        };
        if (container != null) {
            out.add(new Warning(s.pos().lineno(), container + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?"));
        }
    }

    /** CPython's {@code infer_type}: the type an expression certainly has, or null. */
    private static String inferType(Ast.Expr e) {
        return switch (e) {
            case Ast.Constant k -> typeName(k.value());
            case Ast.TupleExpr t -> "tuple";
            case Ast.ListExpr l -> "list";
            case Ast.ListComp l -> "list";
            case Ast.DictExpr d -> "dict";
            case Ast.DictComp d -> "dict";
            case Ast.SetExpr s -> "set";
            case Ast.SetComp s -> "set";
            case Ast.GeneratorExp g -> "generator";
            case Ast.Lambda l -> "function";
            case Ast.JoinedStr j -> "str";
            case Ast.FormattedValue f -> "str";
            case Ast.Slice s -> "slice";
            default -> null;
        };
    }

    /** A constant other than None, True, False and Ellipsis ({@code check_is_arg} fails). */
    private static boolean isLiteral(Ast.Expr e) {
        return e instanceof Ast.Constant k && !(k.value() instanceof Ast.Singleton) && !(k.value() instanceof Boolean);
    }

    private static String typeName(Object value) {
        return switch (value) {
            case Ast.Singleton s -> s == Ast.Singleton.None ? "NoneType" : "ellipsis";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case String s -> "str";
            case byte[] b -> "bytes";
            default -> "object";
        };
    }
}
