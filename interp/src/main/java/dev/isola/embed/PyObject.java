package dev.isola.embed;

import dev.isola.objects.Abstract;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;

/**
 * A Python object kept as it is: a reference held for Java until {@link #close()} or until its
 * interpreter closes. Using it after that, or from another interpreter, throws
 * {@link IllegalStateException}. Every method takes the interpreter's lock.
 */
public final class PyObject implements AutoCloseable {
    private final PyInterpreter owner;
    /** The object, owned by this handle; 0 once released. */
    private long addr;

    /** Takes a new reference to {@code addr} (borrowed); called under the owner's lock. */
    PyObject(PyInterpreter owner, long addr) {
        this.owner = owner;
        this.addr = addr;
        Objects.incref(addr);
        owner.track(this);
    }

    /** The object's address for use in {@code interp}, which must be its own, under its lock. */
    long addressFor(PyInterpreter interp) {
        if (interp != owner) {
            throw new IllegalArgumentException("a PyObject can be used only in the interpreter it came from");
        }
        return live();
    }

    private long live() {
        if (addr == 0) {
            throw new IllegalStateException(owner.isClosed()
                    ? "the Python object's interpreter is closed" : "the Python object was released");
        }
        return addr;
    }

    /** Calls the object with {@code args} converted; returns the converted result. */
    public Object call(Object... args) {
        return owner.with(s -> owner.callObject(s, live(), args));
    }

    /** The attribute {@code name}, converted. */
    public Object getAttr(String name) {
        return owner.with(s -> {
            long v = Abstract.getAttr(s, live(), name);
            try {
                return Conversions.toJava(owner, s, v);
            } finally {
                Objects.decref(s, v);
            }
        });
    }

    /** Calls the method {@code name} with {@code args} converted. */
    public Object invoke(String name, Object... args) {
        return owner.with(s -> {
            long m = Abstract.getAttr(s, live(), name);
            try {
                return owner.callObject(s, m, args);
            } finally {
                Objects.decref(s, m);
            }
        });
    }

    /** The name of the object's type ({@code type(o).__name__}). */
    public String typeName() {
        return owner.with(s -> Objects.typeNameOf(live()));
    }

    /** {@code repr(o)}. */
    public String repr() {
        return owner.with(s -> {
            long r = Abstract.repr(s, live());
            try {
                return dev.isola.objects.StrType.toJava(r);
            } finally {
                Objects.decref(s, r);
            }
        });
    }

    /** {@code str(o)}; a placeholder once the interpreter is closed. */
    @Override
    public String toString() {
        if (addr == 0) {
            return "<released Python object>";
        }
        return owner.with(s -> Abstract.strJava(s, live()));
    }

    /** Drops the reference; later use throws. Does nothing if already released. */
    @Override
    public void close() {
        if (addr == 0 || owner.isClosed()) {
            return;
        }
        try {
            owner.with(s -> {
                release(s);
                owner.untrack(this);
                return null;
            });
        } catch (IllegalStateException closedMeanwhile) {
            // the interpreter closed first and released this reference
        }
    }

    /** Drops the reference under the owner's lock. */
    void release(ObjectState s) {
        if (addr != 0) {
            long a = addr;
            addr = 0;
            Objects.decref(s, a);
        }
    }
}
