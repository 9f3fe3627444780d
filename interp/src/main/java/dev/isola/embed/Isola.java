package dev.isola.embed;

import dev.isola.interp.runtime.Runtime;
import java.util.ArrayList;
import java.util.List;

/**
 * An Isola runtime for Java programs: the sealed object space with the static types and
 * immortal objects, shared read-only by the interpreters it makes.
 *
 * <p>Each {@code Isola} owns its own runtime: {@link Runtime#create()} maps a fresh immortal
 * heap each time, so two {@code Isola}s coexist without sharing anything; usually a program
 * makes one and many interpreters from it. {@link #close()} closes the interpreters still open,
 * then unmaps the heap. Thread-safe.
 *
 * <pre>{@code
 * try (Isola isola = Isola.create(); PyInterpreter py = isola.newInterpreter()) {
 *     py.exec("def sq(x): return x * x");
 *     long n = (Long) py.call("sq", 7);
 * }
 * }</pre>
 */
public final class Isola implements AutoCloseable {
    private final Runtime runtime;
    private final List<PyInterpreter> open = new ArrayList<>();
    private boolean closed;

    private Isola(Runtime runtime) {
        this.runtime = runtime;
    }

    /** Bootstraps a runtime with the builtin modules. */
    public static Isola create() {
        return new Isola(Runtime.create());
    }

    /** A builder of a runtime with modules of one's own ({@link JavaModule}). */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the Java-defined modules a runtime starts with (they cannot be added later, as in CPython). */
    public static final class Builder {
        private final List<JavaModule> modules = new ArrayList<>();

        private Builder() {
        }

        /** Makes {@code module} importable in every interpreter; its name must be free. */
        public Builder module(JavaModule module) {
            modules.add(java.util.Objects.requireNonNull(module));
            return this;
        }

        /** Bootstraps the runtime. IllegalArgumentException when two modules share a name or take a builtin's. */
        public Isola build() {
            return new Isola(Runtime.create(modules.stream().map(JavaModule::def).toList()));
        }
    }

    /** An interpreter with the default configuration (arena allocator, System.out/err). */
    public PyInterpreter newInterpreter() {
        return interpreter().build();
    }

    /** A builder of an interpreter with its allocator, streams and argv. */
    public InterpreterBuilder interpreter() {
        return new InterpreterBuilder(this);
    }

    Runtime runtime() {
        return runtime;
    }

    /** Makes {@code interp}'s state with {@code make} and registers it, unless this runtime is closed. */
    synchronized <T> T open(PyInterpreter interp, java.util.function.Supplier<T> make) {
        if (closed) {
            throw new IllegalStateException("the Isola runtime is closed");
        }
        T state = make.get();
        open.add(interp);
        return state;
    }

    synchronized void unregister(PyInterpreter interp) {
        open.remove(interp);
    }

    /** Closes every interpreter still open, then releases the runtime. */
    @Override
    public void close() {
        List<PyInterpreter> left;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            left = List.copyOf(open);
        }
        for (PyInterpreter p : left) {
            p.close();
        }
        runtime.close();
    }
}
