package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * {@code PySequence_Fast} for the text types: the items of any iterable as a Java array of new
 * references. Tuples, lists, str, bytes and bytearray are read directly; anything else goes
 * through {@link Abstract#iter}/{@link Abstract#next}. Stateless.
 */
final class Sequences {
    private Sequences() {}

    /**
     * The items of {@code iterable}, each a new reference the caller releases with
     * {@link #release}. TypeError {@code notIterable} (or CPython's "'X' object is not
     * iterable" when null) for an object that cannot be iterated.
     */
    static long[] toArray(ObjectState s, long iterable, String notIterable) {
        if (TupleType.check(iterable)) {
            long[] out = new long[(int) TupleType.size(iterable)];
            for (int i = 0; i < out.length; i++) {
                out[i] = Objects.newRef(TupleType.getItem(iterable, i));
            }
            return out;
        }
        if (ListType.check(iterable)) {
            long[] out = new long[(int) ListType.size(iterable)];
            for (int i = 0; i < out.length; i++) {
                out[i] = Objects.newRef(ListType.getItem(iterable, i));
            }
            return out;
        }
        if (StrType.check(iterable)) {
            long[] out = new long[(int) StrType.length(iterable)];
            try {
                for (int i = 0; i < out.length; i++) {
                    out[i] = StrType.substring(s, iterable, i, i + 1);
                }
            } catch (RuntimeException e) {
                release(s, out);
                throw e;
            }
            return out;
        }
        if (BytesType.check(iterable) || ByteArrayType.check(s, iterable)) {
            long data = BytesType.check(iterable) ? BytesType.data(iterable) : ByteArrayType.data(iterable);
            long n = BytesType.check(iterable) ? BytesType.size(iterable) : ByteArrayType.size(iterable);
            long[] out = new long[(int) n];
            for (int i = 0; i < out.length; i++) {
                out[i] = IntType.fromLong(s, Memory.getByte(data + i) & 0xFF);
            }
            return out;
        }
        if (s.slotsOf(iterable).iter == null) {
            throw Errors.typeError(s, notIterable != null ? notIterable
                    : "'" + Objects.typeNameOf(iterable) + "' object is not iterable");
        }
        long it = Abstract.iter(s, iterable);
        long[] out = new long[8];
        int n = 0;
        try {
            for (long x = Abstract.next(s, it); x != 0; x = Abstract.next(s, it)) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = x;
            }
        } catch (RuntimeException e) {
            release(s, java.util.Arrays.copyOf(out, n));
            throw e;
        } finally {
            Objects.decref(s, it);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Releases each non-zero reference of {@code items}. */
    static void release(ObjectState s, long[] items) {
        for (long item : items) {
            Objects.xdecref(s, item);
        }
    }
}
