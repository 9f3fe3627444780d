package dev.isola.embed;

import dev.isola.memory.Allocator;
import dev.isola.memory.ArenaAllocator;
import dev.isola.memory.LibcAllocator;
import dev.isola.memory.MimallocAllocator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The configuration of a new {@link PyInterpreter}: its allocator, its standard streams,
 * {@code sys.argv} and extra {@code sys.path} entries. Made by {@link Isola#interpreter()}.
 */
public final class InterpreterBuilder {
    /** The allocators an interpreter can use, as the CLI's {@code PYTHONMALLOC} names them. */
    public enum AllocatorKind {
        /** Isola's arena allocator (CPython's pymalloc; the default). */
        ARENA,
        /** mimalloc, through the native library. */
        MIMALLOC,
        /** The C library's malloc. */
        LIBC;

        Allocator create() {
            return switch (this) {
                case ARENA -> new ArenaAllocator();
                case MIMALLOC -> new MimallocAllocator();
                case LIBC -> new LibcAllocator();
            };
        }
    }

    private final Isola isola;
    AllocatorKind allocator = AllocatorKind.ARENA;
    boolean debug;
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

    public InterpreterBuilder allocator(AllocatorKind kind) {
        this.allocator = Objects.requireNonNull(kind);
        return this;
    }

    /**
     * Adds CPython's debug hooks ({@code PYTHONMALLOC=debug}) around the allocator: overruns and
     * double frees are caught, and {@link PyInterpreter#leakedBlocks()} counts what close left.
     */
    public InterpreterBuilder debugAllocator(boolean debug) {
        this.debug = debug;
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

    /** A new interpreter; close it (or the {@link Isola}) to release its memory. */
    public PyInterpreter build() {
        return new PyInterpreter(isola, this);
    }
}
