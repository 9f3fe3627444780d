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
    record Stream(String name, int fileno, PrintStream out, BufferedReader in) {}

    private StdStream() {}

    /** The {@code TextIOWrapper} behaviour; {@code TypeBehaviour.slots(TEXT_IO)} returns it. */
    public static TypeSlots slots() {
        return TypeSlots.builder()
                .repr((s, f) -> StrType.fromJava(s, "<_io.TextIOWrapper name='" + stream(s, f).name()
                        + "' mode='" + (stream(s, f).in() != null ? "r" : "w") + "' encoding='utf-8'>"))
                .getAttr(StdStream::getAttr)
                .dealloc((s, f) -> {
                    InterpreterState.of(s).handles().remove((int) Memory.getLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET));
                    s.freeObject(f);
                })
                .method("write", StdStream::write)
                .method("flush", (s, f, args, kwargs) -> {
                    Args.none(s, "TextIOWrapper.flush", args, kwargs);
                    Stream st = stream(s, f);
                    if (st.out() != null) {
                        st.out().flush();
                    }
                    return s.space().none();
                })
                .method("writelines", (s, f, args, kwargs) -> {
                    long it = dev.isola.objects.Abstract.iter(s, Args.one(s, "TextIOWrapper.writelines", args, kwargs));
                    try {
                        for (long line = dev.isola.objects.Abstract.next(s, it); line != 0;
                             line = dev.isola.objects.Abstract.next(s, it)) {
                            try {
                                Objects.decref(s, write(s, f, line));
                            } finally {
                                Objects.decref(s, line);
                            }
                        }
                    } finally {
                        Objects.decref(s, it);
                    }
                    return s.space().none();
                })
                .method("readline", StdStream::readline)
                .method("fileno", (s, f, args, kwargs) -> {
                    Args.none(s, "TextIOWrapper.fileno", args, kwargs);
                    return IntType.fromLong(s, stream(s, f).fileno());
                })
                .method("isatty", (s, f, args, kwargs) -> {
                    Args.none(s, "TextIOWrapper.isatty", args, kwargs);
                    return s.space().falseObject();
                })
                .build();
    }

    /** A new stream object over {@code out} (a writer) or {@code in} (a reader). */
    static long create(InterpreterState interp, String name, int fileno, PrintStream out, BufferedReader in) {
        ObjectState s = interp.objects();
        int handle = interp.handles().add(new Stream(name, fileno, out, in));
        long f = s.allocObject(s.space().type(BuiltinType.TEXT_IO), CodeLayouts.TEXT_IO_SIZE);
        Memory.putLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET, handle);
        return f;
    }

    static Stream stream(ObjectState s, long f) {
        return (Stream) InterpreterState.of(s).handles().get((int) Memory.getLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET));
    }

    /** The Java stream a standard output object writes to, or null when {@code f} is something else. */
    static PrintStream javaOut(ObjectState s, long f) {
        if (Objects.type(f) != s.space().type(BuiltinType.TEXT_IO)) {
            return null;
        }
        return stream(s, f).out();
    }

    private static long getAttr(ObjectState s, long f, long name) {
        Stream st = stream(s, f);
        String text = switch (StrType.toJava(name)) {
            case "encoding" -> "utf-8";
            case "errors" -> "strict";
            case "name" -> st.name();
            case "mode" -> st.in() != null ? "r" : "w";
            default -> null;
        };
        if (text != null) {
            return StrType.fromJava(s, text);
        }
        if (StrType.toJava(name).equals("closed")) {
            return s.space().falseObject();
        }
        return s.slots(s.space().type(BuiltinType.OBJECT)).getAttr.apply(s, f, name);
    }

    private static long write(ObjectState s, long f, long args, long kwargs) {
        return write(s, f, Args.one(s, "TextIOWrapper.write", args, kwargs));
    }

    /** {@code f.write(text)}: the number of characters written. */
    private static long write(ObjectState s, long f, long text) {
        if (!StrType.check(text)) {
            throw Errors.typeError(s, "write() argument must be str, not " + Objects.typeNameOf(text));
        }
        Stream st = stream(s, f);
        if (st.out() == null) {
            throw Errors.raise(s, BuiltinType.OS_ERROR, "not writable");
        }
        st.out().print(StrType.toJava(text));
        return IntType.fromLong(s, StrType.length(text));
    }

    private static long readline(ObjectState s, long f, long args, long kwargs) {
        long[] a = Args.positional(s, "readline", "TextIOWrapper.readline", args, kwargs, 0, 1);
        Stream st = stream(s, f);
        if (st.in() == null) {
            throw Errors.raise(s, BuiltinType.OS_ERROR, "not readable");
        }
        long limit = a[0] == 0 || a[0] == s.space().none() ? -1
                : dev.isola.objects.Abstract.asSize(s, a[0], BuiltinType.OVERFLOW_ERROR);
        String line = readLine(s, st.in(), limit);
        return StrType.fromJava(s, line == null ? "" : line);
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
