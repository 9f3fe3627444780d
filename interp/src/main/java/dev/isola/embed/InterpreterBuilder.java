package dev.isola.embed;

import dev.isola.interp.runtime.InterpreterConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The configuration of a new {@link PyInterpreter}: its {@link InterpreterConfig} (lock,
 * allocator, memory limit, what it allows), its standard streams, {@code sys.argv} and extra
 * {@code sys.path} entries. Made by {@link Isola#interpreter()}; starts from
 * {@link InterpreterConfig#defaults()}.
 */
public final class InterpreterBuilder {
    private final Isola isola;
    InterpreterConfig.Builder config = InterpreterConfig.defaults().toBuilder();
    OutputStream stdout = System.out;
    OutputStream stderr = System.err;
    Writer stdoutWriter;
    Writer stderrWriter;
    InputStream stdin = InputStream.nullInputStream();
    List<String> argv = List.of("");
    List<String> pythonPath = List.of();

    InterpreterBuilder(Isola isola) {
        this.isola = isola;
    }

    /**
     * Starts over from {@code config} (for example {@link InterpreterConfig#isolated()} or
     * {@link InterpreterConfig#legacy()}); later calls of {@link #allocator}, {@link #debugAllocator}
     * and {@link #memoryLimit} change it.
     */
    public InterpreterBuilder config(InterpreterConfig config) {
        this.config = config.toBuilder();
        return this;
    }

    /** The allocator the interpreter owns (default {@code ARENA}). */
    public InterpreterBuilder allocator(InterpreterConfig.AllocatorKind kind) {
        config.allocator(Objects.requireNonNull(kind));
        return this;
    }

    /**
     * Adds CPython's debug hooks ({@code PYTHONMALLOC=debug}) around the allocator: overruns and
     * double frees are caught, and {@link PyInterpreter#leakedBlocks()} counts what close left.
     */
    public InterpreterBuilder debugAllocator(boolean debug) {
        config.debugHooks(debug);
        return this;
    }

    /**
     * Caps the bytes the interpreter may hold allocated at once (0: no cap). Past it, Python code
     * gets {@code MemoryError}; other interpreters are not affected.
     */
    public InterpreterBuilder memoryLimit(long bytes) {
        config.memoryLimit(bytes);
        return this;
    }

    /** Where {@code sys.stdout} writes, UTF-8 (default {@code System.out}). */
    public InterpreterBuilder stdout(OutputStream out) {
        this.stdout = Objects.requireNonNull(out);
        this.stdoutWriter = null;
        return this;
    }

    /** Where {@code sys.stderr} writes, UTF-8 (default {@code System.err}). */
    public InterpreterBuilder stderr(OutputStream err) {
        this.stderr = Objects.requireNonNull(err);
        this.stderrWriter = null;
        return this;
    }

    /** {@code sys.stdout} written as text to {@code out}. */
    public InterpreterBuilder stdout(Writer out) {
        this.stdoutWriter = Objects.requireNonNull(out);
        return this;
    }

    /** {@code sys.stderr} written as text to {@code err}. */
    public InterpreterBuilder stderr(Writer err) {
        this.stderrWriter = Objects.requireNonNull(err);
        return this;
    }

    /** What {@code sys.stdin} reads, UTF-8 (default: nothing). */
    public InterpreterBuilder stdin(InputStream in) {
        this.stdin = Objects.requireNonNull(in);
        return this;
    }

    /** {@code sys.argv} (default {@code ['']}, as for {@code python -c}). */
    public InterpreterBuilder argv(List<String> argv) {
        this.argv = argv.isEmpty() ? List.of("") : List.copyOf(argv);
        return this;
    }

    /** Directories put on {@code sys.path} before the standard library, as PYTHONPATH does. */
    public InterpreterBuilder pythonPath(List<String> dirs) {
        this.pythonPath = List.copyOf(dirs);
        return this;
    }

    /**
     * A new interpreter; close it (or the {@link Isola}) to release its memory.
     *
     * @throws IllegalArgumentException when the config breaks one of {@link InterpreterConfig}'s rules
     * @throws IllegalStateException when the Isola is closed, the allocator is not available, or
     *     a legacy config finds no main interpreter to share with
     */
    public PyInterpreter build() {
        return new PyInterpreter(isola, this);
    }
}
