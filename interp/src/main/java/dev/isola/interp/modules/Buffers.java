package dev.isola.interp.modules;

import dev.isola.objects.ByteArrayType;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;

/**
 * The bytes-like objects builtin modules read and write (CPython's buffer protocol, for the
 * types Isola has): {@code bytes} (read-only), {@code bytearray} and {@code array.array}
 * (writable). A view is the object's data address and length at the time of the call; it is
 * valid until Python code next runs. Stateless.
 */
final class Buffers {
    private Buffers() {}

    /** {data address, length in bytes} of a bytes-like object, or null when {@code o} is not one. */
    static long[] view(ObjectState s, long o) {
        if (BytesType.check(o)) {
            return new long[] {BytesType.data(o), BytesType.size(o)};
        }
        return writableView(s, o);
    }

    private static long[] writableView(ObjectState s, long o) {
        if (ByteArrayType.check(s, o)) {
            return new long[] {ByteArrayType.data(o), ByteArrayType.size(o)};
        }
        if (ArrayStorage.check(s, o)) {
            return new long[] {ArrayStorage.data(o), ArrayStorage.byteLength(o)};
        }
        return null;
    }

    /** {@link #view}, or TypeError "a bytes-like object is required, not 'str'". */
    static long[] readable(ObjectState s, long o) {
        long[] v = view(s, o);
        if (v == null) {
            throw Errors.typeError(s, "a bytes-like object is required, not '" + Objects.typeNameOf(o) + "'");
        }
        return v;
    }

    /** A writable view, or TypeError "argument must be read-write bytes-like object, not bytes". */
    static long[] writable(ObjectState s, long o) {
        long[] v = writableView(s, o);
        if (v == null) {
            throw Errors.typeError(s, "argument must be read-write bytes-like object, not " + Objects.typeNameOf(o));
        }
        return v;
    }
}
