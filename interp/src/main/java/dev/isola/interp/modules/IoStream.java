package dev.isola.interp.modules;

import dev.isola.objects.BuiltinType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.PyException;

/**
 * The Java side of an I/O object ({@code open()} files, {@code StringIO}, {@code BytesIO}, the
 * standard streams): the off-heap object holds a handle to one of these (layout in
 * {@code CodeLayouts}: {@code +16 handle}); {@link IoObjects} turns Python method calls into
 * calls here. A text stream speaks Java strings, a binary one byte arrays; every operation a
 * stream does not support raises {@code io.UnsupportedOperation} as CPython's do. Used under the
 * interpreter's lock only.
 */
abstract class IoStream {
    abstract String name();

    abstract String mode();

    abstract boolean binary();

    boolean readable() {
        return false;
    }

    boolean writable() {
        return false;
    }

    boolean seekable() {
        return false;
    }

    abstract boolean closed();

    abstract void close(ObjectState s);

    void flush(ObjectState s) {
    }

    /** Up to {@code n} characters ({@code n < 0}: all that is left); "" at the end. */
    String readText(ObjectState s, long n) {
        throw unsupported(s, "not readable");
    }

    /** One line with its newline, at most {@code limit} characters when {@code limit ≥ 0}; "" at the end. */
    String readLineText(ObjectState s, long limit) {
        throw unsupported(s, "not readable");
    }

    /** Writes {@code text}; the number of characters written. */
    long writeText(ObjectState s, String text) {
        throw unsupported(s, "not writable");
    }

    byte[] readBytes(ObjectState s, long n) {
        throw unsupported(s, "read");
    }

    byte[] readLineBytes(ObjectState s, long limit) {
        throw unsupported(s, "readline");
    }

    long writeBytes(ObjectState s, byte[] b) {
        throw unsupported(s, "write");
    }

    long seek(ObjectState s, long offset, int whence) {
        throw unsupported(s, "seek");
    }

    long tell(ObjectState s) {
        throw unsupported(s, "tell");
    }

    long truncate(ObjectState s, long size) {
        throw unsupported(s, "truncate");
    }

    long fileno(ObjectState s) {
        throw unsupported(s, "fileno");
    }

    boolean isatty() {
        return false;
    }

    /** The encoding a text stream reports, or null for a binary one. */
    String encoding() {
        return binary() ? null : "utf-8";
    }

    static PyException unsupported(ObjectState s, String what) {
        return Errors.raise(s, BuiltinType.UNSUPPORTED_OPERATION, what);
    }

    /** ValueError for any operation on a closed stream. */
    void checkOpen(ObjectState s) {
        if (closed()) {
            throw Errors.valueError(s, "I/O operation on closed file.");
        }
    }
}
