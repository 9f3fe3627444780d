package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeSlots;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}: objects of type
 * {@code TextIOWrapper} ({@link BuiltinType#TEXT_IO}, layout in {@link CodeLayouts}) whose
 * handle, in the interpreter's {@code HandleTable}, is a {@link Stream} over the interpreter's
 * Java streams. Dealloc releases the handle. The streams are UTF-8 and line oriented; writes go
 * straight to the Java {@code PrintStream} (it buffers), {@code flush()} flushes it.
 */
public final class StdStream {
    /** The Java side of one standard stream: exactly one of {@code out} and {@code in} is set. */
    static final class Stream extends IoStream {
        private final String name;
        private final int fileno;
        private final PrintStream out;
        private final BufferedReader in;

        Stream(String name, int fileno, PrintStream out, BufferedReader in) {
            this.name = name;
            this.fileno = fileno;
            this.out = out;
            this.in = in;
        }

        PrintStream out() {
            return out;
        }

        @Override String name() { return name; }
        @Override String mode() { return in != null ? "r" : "w"; }
        @Override boolean binary() { return false; }
        @Override boolean readable() { return in != null; }
        @Override boolean writable() { return out != null; }
        @Override boolean closed() { return false; }
        @Override void close(ObjectState s) { flush(s); }
        @Override long fileno(ObjectState s) { return fileno; }

        @Override
        void flush(ObjectState s) {
            if (out != null) {
                out.flush();
            }
        }

        @Override
        long writeText(ObjectState s, String text) {
            if (out == null) {
                throw unsupported(s, "not writable");
            }
            out.print(text);
            return text.codePointCount(0, text.length());
        }

        @Override
        String readLineText(ObjectState s, long limit) {
            if (in == null) {
                throw unsupported(s, "not readable");
            }
            String line = readLine(s, in, limit);
            return line == null ? "" : line;
        }

        @Override
        String readText(ObjectState s, long n) {
            StringBuilder all = new StringBuilder();
            while (n < 0 || all.length() < n) {
                String line = readLineText(s, n < 0 ? -1 : n - all.length());
                if (line.isEmpty()) {
                    break;
                }
                all.append(line);
            }
            return all.toString();
        }
    }

    private StdStream() {}

    /** A new stream object over {@code out} (a writer) or {@code in} (a reader). */
    static long create(InterpreterState interp, String name, int fileno, PrintStream out, BufferedReader in) {
        ObjectState s = interp.objects();
        int handle = interp.handles().add(new Stream(name, fileno, out, in));
        long f = s.allocObject(s.space().type(BuiltinType.TEXT_IO), CodeLayouts.TEXT_IO_SIZE);
        Memory.putLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET, handle);
        return f;
    }

    static IoStream stream(ObjectState s, long f) {
        return (IoStream) InterpreterState.of(s).handles().get((int) Memory.getLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET));
    }

    /** The Java stream a standard output object writes to, or null when {@code f} is something else. */
    static PrintStream javaOut(ObjectState s, long f) {
        if (Objects.type(f) != s.space().type(BuiltinType.TEXT_IO)) {
            return null;
        }
        return stream(s, f) instanceof Stream std ? std.out() : null;
    }

    /**
     * One line of {@code in} with its newline ({@code \r\n} and {@code \r} read as {@code \n},
     * as universal newlines do), at most {@code limit} characters when {@code limit ≥ 0}; null at
     * end of input.
     */
    static String readLine(ObjectState s, BufferedReader in, long limit) {
        StringBuilder line = new StringBuilder();
        try {
            while (limit < 0 || line.length() < limit) {
                int c = in.read();
                if (c < 0) {
                    return line.isEmpty() ? null : line.toString();
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    c = '\n';
                }
                line.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw Errors.raise(s, BuiltinType.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return line.toString();
    }

    /** Calls {@code f.write(text)} and drops the result. */
    static void writeTo(ObjectState s, long f, String text) {
        PrintStream out = javaOut(s, f);
        if (out != null) {
            out.print(text);
            return;
        }
        long str = StrType.fromJava(s, text);
        try {
            writeObject(s, f, str);
        } finally {
            Objects.decref(s, str);
        }
    }

    /** Calls {@code f.write(str)} and drops the result. */
    static void writeObject(ObjectState s, long f, long str) {
        long r = dev.isola.objects.Abstract.callMethod(s, f, "write", str);
        Objects.decref(s, r);
    }
}
