package dev.isola.objects;

/** The behaviour of {@code str} ({@link StrType} holds the layout). */
final class StrOps {
    private StrOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr(StrOps::repr)
                .str((s, a) -> Objects.newRef(a))
                .hash((s, a) -> StrType.hash(a))
                .richCompare(StrOps::richCompare)
                .length((s, a) -> StrType.length(a))
                .dealloc((s, a) -> s.freeObject(a))
                .build();
    }

    static long richCompare(ObjectState s, long a, long b, CompareOp op) {
        if (!StrType.check(b)) {
            return s.space().notImplemented();
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            return s.space().bool(StrType.equals(a, b) == (op == CompareOp.EQ));
        }
        return s.space().bool(op.test(StrType.compare(a, b)));
    }

    /** CPython's {@code unicode_repr}: single quotes unless the text has ' and no ". */
    static long repr(ObjectState s, long a) {
        int[] cps = StrType.codePoints(a);
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int c : cps) {
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(cps.length + 2).append(quote);
        for (int c : cps) {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        }
        return StrType.fromJava(s, out.append(quote).toString());
    }

    /** {@code str.isprintable()} for one code point: not in categories Cc Cf Cs Co Cn Zl Zp Zs (but ' '). */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
