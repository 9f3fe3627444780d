package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the int, float and bool tests: operands written as Python literals, operations
 * named as in Python ({@code "//"}, {@code "divmod"}, {@code "<<"}), outcomes as Python would
 * print them ({@code repr(result)} or {@code "ZeroDivisionError: division by zero"}), and the
 * tables in {@code numbers/*.tsv} that {@code numbers/generate.py} wrote from CPython.
 */
abstract class NumbersTestSupport extends ObjectsTestSupport {

    /** A new reference to the number a Python literal denotes: an int, or a float when it has '.', 'e', inf or nan. */
    long literal(String text) {
        switch (text) {
            case "inf":
                return FloatType.fromDouble(s, Double.POSITIVE_INFINITY);
            case "-inf":
                return FloatType.fromDouble(s, Double.NEGATIVE_INFINITY);
            case "nan":
                return FloatType.fromDouble(s, Double.NaN);
            case "True":
                return space.trueObject();
            case "False":
                return space.falseObject();
            default:
                break;
        }
        if (text.contains(".") || text.contains("e")) {
            return FloatType.fromDouble(s, Double.parseDouble(text));
        }
        return IntType.fromBig(s, new BigInteger(text));
    }

    /** A tracked int. */
    long i(String decimal) {
        return track(literal(decimal));
    }

    long i(long v) {
        return track(IntType.fromLong(s, v));
    }

    /** A tracked float. */
    long f(double v) {
        return track(FloatType.fromDouble(s, v));
    }

    /** {@code a op b} (or {@code op(a)}, or {@code pow(a, b, c)}) on literals, as Python prints the outcome. */
    String eval(String a, String op, String b, String c) {
        long x = literal(a);
        long y = b == null || b.isEmpty() ? 0 : literal(b);
        long z = c == null || c.isEmpty() ? 0 : literal(c);
        try {
            return outcome(() -> apply(x, op, y, z));
        } finally {
            Objects.decref(s, x);
            Objects.xdecref(s, y);
            Objects.xdecref(s, z);
        }
    }

    String eval(String a, String op, String b) {
        return eval(a, op, b, null);
    }

    String eval(String op, String a) {
        return eval(a, op, null, null);
    }

    /** A computation returning a new reference (or 0 for "no object": then the text is the result). */
    interface Computation {
        long run();
    }

    /** repr of what {@code c} returns (released), or "Type: message" for the Python exception it raises. */
    String outcome(Computation c) {
        long r;
        try {
            r = c.run();
        } catch (PyException e) {
            try {
                return Objects.typeNameOf(e.exception()) + ": " + Abstract.strJava(s, e.exception());
            } finally {
                e.release(s);
            }
        }
        try {
            return show(r);
        } finally {
            Objects.decref(s, r);
        }
    }

    /** repr, with ints checked against their layout invariants and tuples shown without tuple's repr. */
    String show(long r) {
        if (TupleType.check(r)) {
            StringBuilder out = new StringBuilder("(");
            for (long k = 0; k < TupleType.size(r); k++) {
                out.append(k == 0 ? "" : ", ").append(show(TupleType.getItem(r, k)));
            }
            return out.append(TupleType.size(r) == 1 ? ",)" : ")").toString();
        }
        if (IntType.check(r)) {
            IntType.checkInvariants(r);
        }
        if (Objects.type(r) == space.type(BuiltinType.BYTES)) {
            return bytesRepr(BytesType.toArray(r));
        }
        return repr(r);
    }

    /** Python's repr of bytes (single quotes; enough for the tests, which hold no quotes). */
    static String bytesRepr(byte[] bytes) {
        StringBuilder out = new StringBuilder("b'");
        for (byte b : bytes) {
            int c = b & 0xFF;
            switch (c) {
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\\' -> out.append("\\\\");
                default -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
            }
        }
        return out.append('\'').toString();
    }

    private long apply(long x, String op, long y, long z) {
        return switch (op) {
            case "+" -> Abstract.binaryOp(s, x, y, NumberOp.ADD);
            case "-" -> Abstract.binaryOp(s, x, y, NumberOp.SUBTRACT);
            case "*" -> Abstract.binaryOp(s, x, y, NumberOp.MULTIPLY);
            case "/" -> Abstract.binaryOp(s, x, y, NumberOp.TRUE_DIVIDE);
            case "//" -> Abstract.binaryOp(s, x, y, NumberOp.FLOOR_DIVIDE);
            case "%" -> Abstract.binaryOp(s, x, y, NumberOp.REMAINDER);
            case "divmod" -> Abstract.binaryOp(s, x, y, NumberOp.DIVMOD);
            case "**" -> Abstract.power(s, x, y, space.none());
            case "pow" -> Abstract.power(s, x, y, z);
            case "<<" -> Abstract.binaryOp(s, x, y, NumberOp.LSHIFT);
            case ">>" -> Abstract.binaryOp(s, x, y, NumberOp.RSHIFT);
            case "&" -> Abstract.binaryOp(s, x, y, NumberOp.AND);
            case "|" -> Abstract.binaryOp(s, x, y, NumberOp.OR);
            case "^" -> Abstract.binaryOp(s, x, y, NumberOp.XOR);
            case "<" -> Abstract.richCompare(s, x, y, CompareOp.LT);
            case "<=" -> Abstract.richCompare(s, x, y, CompareOp.LE);
            case "==" -> Abstract.richCompare(s, x, y, CompareOp.EQ);
            case "!=" -> Abstract.richCompare(s, x, y, CompareOp.NE);
            case ">" -> Abstract.richCompare(s, x, y, CompareOp.GT);
            case ">=" -> Abstract.richCompare(s, x, y, CompareOp.GE);
            case "neg" -> Abstract.negative(s, x);
            case "pos" -> Abstract.positive(s, x);
            case "abs" -> Abstract.absolute(s, x);
            case "invert" -> Abstract.invert(s, x);
            case "bool" -> space.bool(Abstract.isTrue(s, x));
            case "hash" -> IntType.fromLong(s, Abstract.hash(s, x));
            case "int" -> construct(BuiltinType.INT, x);
            case "float" -> construct(BuiltinType.FLOAT, x);
            default -> throw new IllegalArgumentException("operation " + op);
        };
    }

    /** {@code type(args…)}. */
    long construct(BuiltinType type, long... args) {
        long tuple = TupleType.pack(s, args);
        try {
            return Abstract.call(s, space.type(type), tuple, 0);
        } finally {
            Objects.decref(s, tuple);
        }
    }

    /** Runs every row of {@code numbers/<name>} and fails listing the first mismatches. */
    void checkTable(String name) throws IOException {
        List<String> failures = new ArrayList<>();
        int rows = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                NumbersTestSupport.class.getResourceAsStream("numbers/" + name), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String got = eval(f[0], f[1], f[2], f[3]);
                rows++;
                if (!got.equals(f[4]) && failures.size() < 25) {
                    failures.add(f[0] + " " + f[1] + " " + f[2] + " " + f[3] + " → expected " + f[4] + ", got " + got);
                }
            }
        }
        assertTrue(rows > 0, "empty table " + name);
        assertEquals(List.of(), failures, name);
    }
}
