package dev.isola.objects;

/**
 * A Python exception travelling through Java code: the Java side of CPython's "error
 * indicator". It owns one reference to the exception object; whoever catches it and does not
 * rethrow must {@link #release} it (or hand the reference on with {@link #take}).
 *
 * <p>No Java stack trace is captured: raising is on Python's hot paths ({@code StopIteration},
 * {@code KeyError}) and the Python traceback is what a user reads.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private long exception;

    /** Wraps an owned reference to an exception object; {@code text} is "Type: message". */
    public PyException(long exception, String text) {
        super(text, null, false, false);
        this.exception = exception;
    }

    /** The exception object (borrowed; 0 once taken or released). */
    public long exception() {
        return exception;
    }

    /** The exception object's address, transferring the reference to the caller. */
    public long take() {
        long e = exception;
        exception = 0;
        return e;
    }

    /** Drops the reference: the exception was handled. */
    public void release(ObjectState s) {
        long e = take();
        if (e != 0) {
            Objects.decref(s, e);
        }
    }

    /** True when the exception is an instance of {@code type} or a subclass. */
    public boolean matches(long type) {
        return exception != 0 && Objects.isSubtype(Objects.type(exception), type);
    }
}
