package dev.isola.objects;

/**
 * {@code bool}: a subclass of int with exactly two immortal instances, {@code False} (0) and
 * {@code True} (1), laid out as compact ints ({@link IntType}).
 *
 * <pre>
 *   +0   ob_refcnt   immortal
 *   +8   ob_type     bool
 *   +16  value       int64   0 or 1
 *   (24 bytes)
 * </pre>
 *
 * <p>Everything but repr, truth, construction and {@code & | ^} between two bools is inherited
 * from int, so arithmetic gives ints ({@code True + True == 2}, {@code ~True == -2}).
 */
public final class BoolType {
    private BoolType() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr((s, a) -> s.intern(a == s.space().trueObject() ? "True" : "False"))
                .bool((s, a) -> a == s.space().trueObject())
                .newInstance((s, type, args, kwargs) -> {
                    NumberArgs.noKeywords(s, "bool", kwargs);
                    long n = TupleType.size(args);
                    if (n > 1) {
                        throw Errors.typeError(s, "bool expected at most 1 argument, got " + n);
                    }
                    return s.space().bool(n == 1 && Abstract.isTrue(s, TupleType.getItem(args, 0)));
                })
                .number(NumberOp.AND, (s, a, b) -> logical(s, a, b, NumberOp.AND))
                .number(NumberOp.OR, (s, a, b) -> logical(s, a, b, NumberOp.OR))
                .number(NumberOp.XOR, (s, a, b) -> logical(s, a, b, NumberOp.XOR))
                .dealloc((s, a) -> {
                    throw new IllegalStateException("deallocating True or False");
                })
                .build();
    }

    /** {@code True & False} is a bool; with a plain int it is int arithmetic. */
    private static long logical(ObjectState s, long a, long b, NumberOp op) {
        long boolType = s.space().type(BuiltinType.BOOL);
        if (Objects.type(a) == boolType && Objects.type(b) == boolType) {
            boolean x = a == s.space().trueObject();
            boolean y = b == s.space().trueObject();
            return s.space().bool(switch (op) {
                case AND -> x & y;
                case OR -> x | y;
                default -> x ^ y;
            });
        }
        return s.slots(s.space().type(BuiltinType.INT)).number(op).apply(s, a, b);
    }
}
