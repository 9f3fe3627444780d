package dev.isola.interp.parse;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints an {@link Ast} tree exactly as CPython 3.11's {@code ast.dump(tree)} does (fields
 * annotated, no attributes, no indent): the form the differential tests compare. The printer is
 * generic over the records' components, in declaration order; a null component is an omitted
 * optional field, {@link Ast.Pos} components are attributes and never printed.
 *
 * <p>Stateless; safe to use from any thread.
 */
public final class AstDump {
    private AstDump() {
    }

    /** {@code ast.dump(node)}. */
    public static String dump(Object node) {
        StringBuilder b = new StringBuilder();
        value(b, node);
        return b.toString();
    }

    /**
     * One line per positioned node in {@code ast.walk} order (breadth first):
     * {@code Type lineno col_offset end_lineno end_col_offset}.
     */
    public static List<String> positions(Object root) {
        List<String> out = new ArrayList<>();
        ArrayDeque<Object> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            Object node = queue.poll();
            if (node instanceof Ast.Located l) {
                Ast.Pos p = l.pos();
                out.add(pyName(node) + " " + p.lineno() + " " + p.colOffset() + " " + p.endLineno() + " "
                        + p.endColOffset());
            }
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                Object v = get(rc, node);
                if (v instanceof List<?> list) {
                    for (Object e : list) {
                        if (e != null && e.getClass().isRecord()) {
                            queue.add(e);
                        }
                    }
                } else if (v != null && v.getClass().isRecord() && !(v instanceof Ast.Pos)) {
                    queue.add(v);
                }
            }
        }
        return out;
    }

    private static String pyName(Object node) {
        String simple = node.getClass().getSimpleName();
        return switch (simple) {
            case "ExprStmt" -> "Expr";
            case "ListExpr" -> "List";
            case "TupleExpr" -> "Tuple";
            case "SetExpr" -> "Set";
            case "DictExpr" -> "Dict";
            case "Arguments", "Arg", "Keyword", "Alias", "Comprehension" -> simple.toLowerCase(java.util.Locale.ROOT);
            case "WithItem" -> "withitem";
            default -> simple;
        };
    }

    private static Object get(RecordComponent rc, Object node) {
        try {
            return rc.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + rc.getName() + " of " + node.getClass(), e);
        }
    }

    private static void value(StringBuilder b, Object v) {
        switch (v) {
            case null -> b.append("None");
            case List<?> list -> {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    value(b, list.get(i));
                }
                b.append(']');
            }
            case Enum<?> e when !(e instanceof Ast.Singleton) -> b.append(e.name()).append("()");
            case Ast.Constant c -> {
                b.append("Constant(value=");
                constant(b, c.value());
                if (c.kind() != null) {
                    b.append(", kind=").append(repr(c.kind()));
                }
                b.append(')');
            }
            case Record r -> {
                b.append(pyName(r)).append('(');
                boolean first = true;
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    Object fv = get(rc, r);
                    if (fv == null || fv instanceof Ast.Pos) {
                        continue;
                    }
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    b.append(snake(rc.getName())).append('=');
                    value(b, fv);
                }
                b.append(')');
            }
            case String s -> b.append(repr(s));
            default -> b.append(v);
        }
    }

    private static void constant(StringBuilder b, Object v) {
        switch (v) {
            case Ast.Singleton s -> b.append(s.name());
            case Boolean z -> b.append(z ? "True" : "False");
            case Long l -> b.append(l);
            case BigInteger i -> b.append(i);
            case Double d -> b.append(floatRepr(d));
            case String s -> b.append(repr(s));
            case byte[] bytes -> b.append(bytesRepr(bytes));
            case dev.isola.interp.compile.Code.ConstComplex c ->
                    b.append(dev.isola.objects.ComplexType.repr(c.real(), c.imag()));
            default -> throw new IllegalArgumentException("not a constant: " + v);
        }
    }

    private static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, scientific outside 1e-4..1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String shortest = null;
        for (int prec = 1; prec <= 17 && shortest == null; prec++) {
            String f = String.format(java.util.Locale.ROOT, "%." + (prec - 1) + "e", Math.abs(d));
            if (Double.parseDouble(f) == Math.abs(d)) {
                shortest = f;
            }
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(shortest);
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        digits = digits.replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        if (exp < 0) {
            return sign + "0." + "0".repeat(-exp - 1) + digits;
        }
        if (digits.length() <= exp + 1) {
            return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
        }
        return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
    }

    /** Python's {@code repr(str)}. */
    public static String repr(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(q);
        s.codePoints().forEach(c -> {
            if (c == q || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                b.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        return b.append(q).toString();
    }

    private static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : bytes) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(q);
        for (byte x : bytes) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(q).toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
