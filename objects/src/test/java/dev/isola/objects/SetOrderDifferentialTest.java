package dev.isola.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Sets iterate in CPython's order: random scripts of insertions, deletions, pops, updates and
 * set algebra (fixed seeds) run here and under {@code PYTHONHASHSEED=0 python3}, and every
 * printed repr, popped element and digest must match. Skipped where python3 is absent.
 */
class SetOrderDifferentialTest extends ObjectsTestSupport {

    /** A value both sides can make: its Python literal and a maker of the same object here. */
    private record Value(String py, Supplier<Long> make) {}

    /** Statements for both sides: Python text and the Java steps that print the same lines. */
    private final class Script {
        final StringBuilder py = new StringBuilder();
        final List<Supplier<String>> steps = new ArrayList<>();
        final Map<String, Long> vars = new HashMap<>();

        void exec(String pyStatement, Runnable java) {
            py.append(pyStatement).append('\n');
            steps.add(() -> {
                java.run();
                return null;
            });
        }

        void print(String pyExpression, Supplier<String> java) {
            py.append("print(").append(pyExpression).append(")\n");
            steps.add(java);
        }

        long var(String name) {
            return vars.get(name);
        }

        void assign(String name, String pyExpression, Supplier<Long> java) {
            exec(name + " = " + pyExpression, () -> {
                Long old = vars.put(name, java.get());
                if (old != null) {
                    Objects.decref(s, old);
                }
            });
        }

        void printRepr(String name) {
            print("repr(" + name + ")", () -> repr(var(name)));
        }

        void check() {
            List<String> expected = runPython(py.toString());
            List<String> actual = new ArrayList<>();
            try {
                for (Supplier<String> step : steps) {
                    String line = step.get();
                    if (line != null) {
                        actual.add(line);
                    }
                }
            } finally {
                vars.values().forEach(v -> Objects.decref(s, v));
                vars.clear();
            }
            assertEquals(expected.size(), actual.size(), "line count");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
            }
        }
    }

    private static List<String> runPython(String program) {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder("python3", "-c", program).redirectErrorStream(true);
            pb.environment().put("PYTHONHASHSEED", "0");
            p = pb.start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available: " + e.getMessage());
            throw new AssertionError(e);
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed:\n" + out + "\nprogram:\n" + program);
            }
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    // ---------------------------------------------------------------- values

    private Value intValue(long v) {
        return new Value(Long.toString(v), () -> IntType.fromLong(s, v));
    }

    private Value strValue(String text) {
        return new Value("'" + text + "'", () -> StrType.fromJava(s, text));
    }

    private Value randomValue(SplittableRandom r, int mode) {
        int kind = mode < 4 ? mode : r.nextInt(4);
        return switch (kind) {
            case 0 -> intValue(r.nextInt(-20, 300));
            case 1 -> intValue(r.nextInt(64) * 64L + r.nextInt(3) * (1L << 33) - (r.nextBoolean() ? 0 : 1L << 40));
            case 2 -> {
                StringBuilder text = new StringBuilder();
                for (int i = r.nextInt(1, 5); i > 0; i--) {
                    text.append((char) ('a' + r.nextInt(6)));
                }
                yield strValue(text.toString());
            }
            default -> {
                Value a = intValue(r.nextInt(-3, 12));
                Value b = r.nextBoolean() ? intValue(r.nextInt(100)) : strValue("t" + r.nextInt(5));
                yield new Value("(" + a.py + ", " + b.py + ")", () -> {
                    long x = a.make.get();
                    long y = b.make.get();
                    long t = TupleType.pack(s, x, y);
                    Objects.decref(s, x);
                    Objects.decref(s, y);
                    return t;
                });
            }
        };
    }

    /** A tuple literal of {@code values} and its maker. */
    private Value tupleOf(List<Value> values) {
        StringBuilder py = new StringBuilder("(");
        for (Value v : values) {
            py.append(v.py).append(", ");
        }
        return new Value(py.append(")").toString(), () -> {
            long[] items = new long[values.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = values.get(i).make.get();
            }
            long t = TupleType.pack(s, items);
            for (long item : items) {
                Objects.decref(s, item);
            }
            return t;
        });
    }

    private void withValue(Value v, java.util.function.LongConsumer action) {
        long obj = v.make.get();
        try {
            action.accept(obj);
        } finally {
            Objects.decref(s, obj);
        }
    }

    private String callRepr(long self, String method, Value arg) {
        long a = arg.make.get();
        try {
            long r = Abstract.callMethod(s, self, method, a);
            try {
                return repr(r);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, a);
        }
    }

    private void randomMutations(Script script, String name, SplittableRandom r, int mode, int count) {
        for (int i = 0; i < count; i++) {
            int op = r.nextInt(100);
            Value v = randomValue(r, mode);
            if (op < 55) {
                script.exec(name + ".add(" + v.py + ")", () -> withValue(v, x -> SetType.add(s, script.var(name), x)));
            } else if (op < 85) {
                script.exec(name + ".discard(" + v.py + ")",
                        () -> withValue(v, x -> SetOps.discard(s, script.var(name), x)));
            } else if (op < 92) {
                script.print(name + ".pop() if " + name + " else 'EMPTY'", () -> {
                    long so = script.var(name);
                    if (SetType.size(so) == 0) {
                        return "EMPTY";
                    }
                    long x = SetOps.pop(s, so);
                    try {
                        return Abstract.strJava(s, x);
                    } finally {
                        Objects.decref(s, x);
                    }
                });
            } else {
                List<Value> more = new ArrayList<>();
                for (int j = r.nextInt(8); j > 0; j--) {
                    more.add(randomValue(r, mode));
                }
                Value t = tupleOf(more);
                String method = op < 97 ? "update" : "difference_update";
                script.exec(name + "." + method + "(" + t.py + ")",
                        () -> callRepr(script.var(name), method, t));
            }
            if (r.nextInt(12) == 0) {
                script.printRepr(name);
            }
        }
        script.printRepr(name);
        script.exec("assert " + name + " is not None", () -> SetType.checkInvariants(script.var(name)));
    }

    // ---------------------------------------------------------------- scenarios

    @Test
    void insertionsDeletionsAndPopsOfEachKindOfKey() {
        Script script = new Script();
        for (int mode = 0; mode <= 4; mode++) {
            for (int round = 0; round < 6; round++) {
                SplittableRandom r = new SplittableRandom(1000L * mode + round);
                script.assign("a", "set()", () -> SetType.newSet(s));
                randomMutations(script, "a", r, mode, 40 + 60 * round);
            }
        }
        script.check();
    }

    @Test
    void constructionFromTuplesDictsAndSetsAndCopies() {
        Script script = new Script();
        for (int round = 0; round < 12; round++) {
            SplittableRandom r = new SplittableRandom(77 + round);
            List<Value> values = new ArrayList<>();
            for (int j = r.nextInt(40 * (round + 1)); j > 0; j--) {
                values.add(randomValue(r, 4));
            }
            Value t = tupleOf(values);
            script.assign("a", "set(" + t.py + ")", () -> {
                long tuple = t.make.get();
                try {
                    return SetType.newSet(s, tuple);
                } finally {
                    Objects.decref(s, tuple);
                }
            });
            script.printRepr("a");
            script.assign("f", "frozenset(a)", () -> SetType.newFrozenSet(s, script.var("a")));
            script.printRepr("f");
            script.assign("c", "a.copy()", () -> Abstract.callMethod(s, script.var("a"), "copy"));
            script.printRepr("c");
            randomMutations(script, "a", r, 4, 30);
            script.assign("c", "a.copy()", () -> Abstract.callMethod(s, script.var("a"), "copy"));
            script.printRepr("c");
            script.assign("d", "dict.fromkeys(a)", () -> DictOps.newFromKeys(s, space.type(BuiltinType.DICT),
                    script.var("a"), space.none()));
            script.assign("c", "set(d)", () -> SetType.newSet(s, script.var("d")));
            script.printRepr("c");
        }
        script.check();
    }

    @Test
    void setAlgebraResultsIterateInCPythonsOrder() {
        Script script = new Script();
        for (int round = 0; round < 16; round++) {
            SplittableRandom r = new SplittableRandom(500 + round);
            int mode = round % 5;
            script.assign("a", "set()", () -> SetType.newSet(s));
            script.assign("b", "set()", () -> SetType.newSet(s));
            randomMutations(script, "a", r, mode, 10 + r.nextInt(60));
            randomMutations(script, "b", r, mode, 10 + r.nextInt(200));
            for (NumberOp op : List.of(NumberOp.OR, NumberOp.AND, NumberOp.SUBTRACT, NumberOp.XOR)) {
                for (String[] pair : new String[][] {{"a", "b"}, {"b", "a"}}) {
                    script.print("repr(" + pair[0] + " " + op.symbol() + " " + pair[1] + ")", () -> {
                        long x = Abstract.binaryOp(s, script.var(pair[0]), script.var(pair[1]), op);
                        try {
                            return repr(x);
                        } finally {
                            Objects.decref(s, x);
                        }
                    });
                }
            }
            List<Value> extra = new ArrayList<>();
            for (int j = r.nextInt(30); j > 0; j--) {
                extra.add(randomValue(r, mode));
            }
            Value t = tupleOf(extra);
            for (String method : List.of("union", "intersection", "difference", "symmetric_difference",
                    "issubset", "issuperset", "isdisjoint")) {
                script.print("repr(a." + method + "(" + t.py + "))", () -> callRepr(script.var("a"), method, t));
            }
            for (String rel : List.of("<", "<=", "==", "!=", ">", ">=")) {
                CompareOp op = switch (rel) {
                    case "<" -> CompareOp.LT;
                    case "<=" -> CompareOp.LE;
                    case "==" -> CompareOp.EQ;
                    case "!=" -> CompareOp.NE;
                    case ">" -> CompareOp.GT;
                    default -> CompareOp.GE;
                };
                script.print("repr(a " + rel + " b)",
                        () -> Abstract.richCompareBool(s, script.var("a"), script.var("b"), op) ? "True" : "False");
            }
            for (NumberOp op : List.of(NumberOp.OR, NumberOp.AND, NumberOp.SUBTRACT, NumberOp.XOR)) {
                script.assign("c", "a.copy()", () -> Abstract.callMethod(s, script.var("a"), "copy"));
                script.exec("c " + op.symbol() + "= b", () -> {
                    long x = Abstract.inplaceOp(s, script.var("c"), script.var("b"), op);
                    Objects.decref(s, x);
                });
                script.printRepr("c");
            }
            for (String method : List.of("intersection_update", "symmetric_difference_update", "update")) {
                script.assign("c", "b.copy()", () -> Abstract.callMethod(s, script.var("b"), "copy"));
                script.exec("c." + method + "(" + t.py + ")", () -> callRepr(script.var("c"), method, t));
                script.printRepr("c");
                script.exec("assert c is not None", () -> SetType.checkInvariants(script.var("c")));
            }
        }
        script.check();
    }

    @Test
    void largeSetsGrowByTheFiftyThousandRule() {
        Script script = new Script();
        script.assign("a", "set(range(0, 120000, 3))", () -> {
            long so = SetType.newSet(s);
            for (long i = 0; i < 120000; i += 3) {
                long x = IntType.fromLong(s, i * 1);
                SetType.add(s, so, x);
                Objects.decref(s, x);
            }
            return so;
        });
        script.print("repr((len(a), hash(tuple(a))))", () -> {
            long so = script.var("a");
            long t = TupleType.allocate(s, SetType.size(so));
            long[] cursor = new long[3];
            for (int i = 0; SetType.next(so, cursor); i++) {
                TupleType.initItem(s, t, i, Objects.newRef(cursor[1]));
            }
            try {
                return "(" + SetType.size(so) + ", " + Abstract.hash(s, t) + ")";
            } finally {
                Objects.decref(s, t);
            }
        });
        script.print("a.__sizeof__()", () -> {
            long r = Abstract.callMethod(s, script.var("a"), "__sizeof__");
            try {
                return repr(r);
            } finally {
                Objects.decref(s, r);
            }
        });
        script.check();
    }
}
