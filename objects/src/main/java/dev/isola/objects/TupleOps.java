package dev.isola.objects;

/** The behaviour of {@code tuple} ({@link TupleType} holds the layout). */
final class TupleOps {
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private TupleOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(TupleOps::repr)
                .hash(TupleOps::hash)
                .richCompare(TupleOps::richCompare)
                .length((s, t) -> TupleType.size(t))
                .item(TupleOps::item)
                .contains((s, t, x) -> {
                    for (long i = 0, n = TupleType.size(t); i < n; i++) {
                        if (Abstract.equal(s, TupleType.getItem(t, i), x)) {
                            return true;
                        }
                    }
                    return false;
                })
                .dealloc(TupleOps::dealloc)
                .traverse((s, t, visitor) -> {
                    for (long i = 0, n = TupleType.size(t); i < n; i++) {
                        long item = TupleType.getItem(t, i);
                        if (item != 0) {
                            visitor.visit(item);
                        }
                    }
                })
                .build();
    }

    static long item(ObjectState s, long t, long i) {
        long n = TupleType.size(t);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "tuple index out of range");
        }
        return Objects.newRef(TupleType.getItem(t, i));
    }

    static void dealloc(ObjectState s, long t) {
        for (long i = 0, n = TupleType.size(t); i < n; i++) {
            Objects.xdecref(s, TupleType.getItem(t, i));
        }
        s.freeGcObject(t);
    }

    static long repr(ObjectState s, long t) {
        long n = TupleType.size(t);
        if (n == 0) {
            return s.intern("()");
        }
        StringBuilder out = new StringBuilder("(");
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(Abstract.reprJava(s, TupleType.getItem(t, i)));
        }
        return StrType.fromJava(s, out.append(n == 1 ? ",)" : ")").toString());
    }

    /** CPython 3.8+'s tuple hash (xxHash-based, {@code tuplehash} in tupleobject.c). */
    static long hash(ObjectState s, long t) {
        long n = TupleType.size(t);
        long acc = XXPRIME_5;
        for (long i = 0; i < n; i++) {
            long lane = Abstract.hash(s, TupleType.getItem(t, i));
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += n ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!TupleType.check(b)) {
            return s.space().notImplemented();
        }
        long na = TupleType.size(a);
        long nb = TupleType.size(b);
        long i = 0;
        for (; i < na && i < nb; i++) {
            if (!Abstract.equal(s, TupleType.getItem(a, i), TupleType.getItem(b, i))) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return s.space().bool(op.test(Long.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return s.space().falseObject();
        }
        if (op == CompareOp.NE) {
            return s.space().trueObject();
        }
        return Abstract.richCompare(s, TupleType.getItem(a, i), TupleType.getItem(b, i), op);
    }
}
