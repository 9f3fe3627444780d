package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.ByteArrayType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TypeSlots;
import java.nio.file.Path;

/**
 * The Python face of every I/O object — {@code TextIOWrapper} (files in text mode and the
 * standard streams), {@code BufferedReader}/{@code Writer}/{@code Random} (binary files),
 * {@code StringIO}, {@code BytesIO} — over an {@link IoStream} reached through the object's
 * handle; and {@code open()} with CPython's argument checks and messages. Every object is a
 * context manager and an iterator over lines; dealloc closes (flushing) what is still open.
 */
public final class IoObjects {
    private IoObjects() {
    }

    /** The slots of {@code t}, one of the I/O types. */
    public static TypeSlots slots(BuiltinType t) {
        TypeSlots.Builder b = TypeSlots.builder()
                .repr(IoObjects::repr)
                .getAttr(IoObjects::getAttr)
                .iter((s, f) -> {
                    stream(s, f).checkOpen(s);
                    return Objects.newRef(f);
                })
                .next((s, f) -> {
                    long line = readline(s, f, -1);
                    if ((binary(s, f) ? BytesType.size(line) : StrType.length(line)) == 0) {
                        Objects.decref(s, line);
                        return 0;
                    }
                    return line;
                })
                .dealloc(IoObjects::dealloc)
                .method("read", (s, f, a, k) -> read(s, f, size(s, Args.positional(s, qn(s, f, "read"), a, k, 0, 1)[0])))
                .method("readline", (s, f, a, k) -> readline(s, f, size(s, Args.positional(s, qn(s, f, "readline"), a, k, 0, 1)[0])))
                .method("readlines", IoObjects::readlines)
                .method("write", (s, f, a, k) -> write(s, f, Args.one(s, qn(s, f, "write"), a, k)))
                .method("writelines", IoObjects::writelines)
                .method("flush", (s, f, a, k) -> {
                    Args.none(s, qn(s, f, "flush"), a, k);
                    stream(s, f).flush(s);
                    return none(s);
                })
                .method("close", (s, f, a, k) -> {
                    Args.none(s, qn(s, f, "close"), a, k);
                    stream(s, f).close(s);
                    return none(s);
                })
                .method("seek", (s, f, a, k) -> {
                    long[] x = Args.positional(s, qn(s, f, "seek"), a, k, 1, 2);
                    int whence = x[1] == 0 ? 0 : (int) Abstract.asSize(s, x[1]);
                    if (whence < 0 || whence > 2) {
                        throw Errors.valueError(s, "invalid whence (" + whence + ", should be 0, 1 or 2)");
                    }
                    return IntType.fromLong(s, stream(s, f).seek(s, Abstract.asSize(s, x[0]), whence));
                })
                .method("tell", (s, f, a, k) -> {
                    Args.none(s, qn(s, f, "tell"), a, k);
                    return IntType.fromLong(s, stream(s, f).tell(s));
                })
                .method("truncate", (s, f, a, k) -> {
                    long x = Args.positional(s, qn(s, f, "truncate"), a, k, 0, 1)[0];
                    return IntType.fromLong(s, stream(s, f).truncate(s, x == 0 || x == s.space().none() ? -1
                            : Abstract.asSize(s, x)));
                })
                .method("readable", (s, f, a, k) -> flag(s, f, stream(s, f).readable()))
                .method("writable", (s, f, a, k) -> flag(s, f, stream(s, f).writable()))
                .method("seekable", (s, f, a, k) -> flag(s, f, stream(s, f).seekable()))
                .method("isatty", (s, f, a, k) -> flag(s, f, stream(s, f).isatty()))
                .method("fileno", (s, f, a, k) -> IntType.fromLong(s, stream(s, f).fileno(s)))
                .method("__enter__", (s, f, a, k) -> {
                    stream(s, f).checkOpen(s);
                    return Objects.newRef(f);
                })
                .method("__exit__", (s, f, a, k) -> {
                    stream(s, f).close(s);
                    return none(s);
                });
        if (t == BuiltinType.STRING_IO || t == BuiltinType.BYTES_IO) {
            b.method("getvalue", (s, f, a, k) -> {
                Args.none(s, qn(s, f, "getvalue"), a, k);
                IoStream st = stream(s, f);
                return st instanceof MemoryStreams.Text text ? StrType.fromJava(s, text.value(s))
                        : BytesType.fromBytes(s, ((MemoryStreams.Bytes) st).value(s));
            });
            b.newInstance(t == BuiltinType.STRING_IO ? IoObjects::newStringIO : IoObjects::newBytesIO);
        }
        return b.build();
    }

    /** {@code TextIOWrapper.write}: the name CPython's argument errors give. */
    private static String qn(ObjectState s, long f, String method) {
        return bareName(f) + "." + method;
    }

    private static String bareName(long f) {
        return StrType.toJava(Memory.getLong(Objects.type(f) + dev.isola.objects.TypeLayout.NAME_OFFSET));
    }

    static IoStream stream(ObjectState s, long f) {
        return StdStream.stream(s, f);
    }

    private static boolean binary(ObjectState s, long f) {
        return stream(s, f).binary();
    }

    private static long none(ObjectState s) {
        return s.space().none();
    }

    private static long flag(ObjectState s, long f, boolean v) {
        stream(s, f).checkOpen(s);
        return s.space().bool(v);
    }

    private static long size(ObjectState s, long arg) {
        return arg == 0 || arg == s.space().none() ? -1 : Abstract.asSize(s, arg);
    }

    /** A new I/O object of type {@code t} over {@code stream}. */
    static long wrap(InterpreterState interp, BuiltinType t, IoStream stream) {
        ObjectState s = interp.objects();
        int handle = interp.handles().add(stream);
        long f = s.allocObject(s.space().type(t), CodeLayouts.TEXT_IO_SIZE);
        Memory.putLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET, handle);
        return f;
    }

    private static void dealloc(ObjectState s, long f) {
        InterpreterState interp = InterpreterState.of(s);
        int handle = (int) Memory.getLong(f + CodeLayouts.TEXT_IO_HANDLE_OFFSET);
        IoStream st = (IoStream) interp.handles().get(handle);
        try {
            if (!(st instanceof StdStream.Stream)) {
                st.close(s);
            }
        } catch (PyException e) {
            e.release(s);
        } finally {
            interp.handles().remove(handle);
            s.freeObject(f);
        }
    }

    private static long repr(ObjectState s, long f) {
        IoStream st = stream(s, f);
        String type = bareName(f);
        if (st instanceof MemoryStreams.Text || st instanceof MemoryStreams.Bytes) {
            return StrType.fromJava(s, "<_io." + type + " object at " + Memory.hex(f) + ">");
        }
        if (st.closed()) {
            return StrType.fromJava(s, "<_io." + type + " [closed]>");
        }
        String name = "name=" + (st instanceof StdStream.Stream ? "'" + st.name() + "'" : quote(s, st.name()));
        if (st.binary()) {
            return StrType.fromJava(s, "<_io." + type + " " + name + ">");
        }
        return StrType.fromJava(s, "<_io." + type + " " + name + " mode='" + st.mode() + "' encoding='"
                + st.encoding() + "'>");
    }

    private static String quote(ObjectState s, String text) {
        long str = StrType.fromJava(s, text);
        try {
            return Abstract.reprJava(s, str);
        } finally {
            Objects.decref(s, str);
        }
    }

    private static long getAttr(ObjectState s, long f, long name) {
        IoStream st = stream(s, f);
        boolean memory = st instanceof MemoryStreams.Text || st instanceof MemoryStreams.Bytes;
        String n = StrType.toJava(name);
        switch (n) {
            case "closed":
                return s.space().bool(st.closed());
            case "name":
                if (!memory) {
                    return StrType.fromJava(s, st.name());
                }
                break;
            case "mode":
                if (!memory) {
                    return StrType.fromJava(s, st.mode());
                }
                break;
            case "encoding":
                if (!st.binary()) {
                    return st.encoding() == null ? none(s) : StrType.fromJava(s, st.encoding());
                }
                break;
            case "errors":
                if (!st.binary()) {
                    return StrType.fromJava(s, "strict");
                }
                break;
            case "newlines", "line_buffering":
                if (!st.binary()) {
                    return n.equals("newlines") ? none(s) : s.space().falseObject();
                }
                break;
            default:
                break;
        }
        return s.slots(s.space().type(BuiltinType.OBJECT)).getAttr.apply(s, f, name);
    }

    private static long read(ObjectState s, long f, long n) {
        IoStream st = stream(s, f);
        st.checkOpen(s);
        return st.binary() ? BytesType.fromBytes(s, st.readBytes(s, n)) : StrType.fromJava(s, st.readText(s, n));
    }

    private static long readline(ObjectState s, long f, long limit) {
        IoStream st = stream(s, f);
        st.checkOpen(s);
        return st.binary() ? BytesType.fromBytes(s, st.readLineBytes(s, limit))
                : StrType.fromJava(s, st.readLineText(s, limit));
    }

    private static long readlines(ObjectState s, long f, long args, long kwargs) {
        long hint = size(s, Args.positional(s, qn(s, f, "readlines"), args, kwargs, 0, 1)[0]);
        long list = ListType.newList(s);
        long total = 0;
        try {
            while (true) {
                long line = readline(s, f, -1);
                long n = binary(s, f) ? BytesType.size(line) : StrType.length(line);
                if (n == 0) {
                    Objects.decref(s, line);
                    return list;
                }
                ListType.append(s, list, line);
                Objects.decref(s, line);
                total += n;
                if (hint > 0 && total >= hint) {
                    return list;
                }
            }
        } catch (PyException e) {
            Objects.decref(s, list);
            throw e;
        }
    }

    static long write(ObjectState s, long f, long data) {
        IoStream st = stream(s, f);
        st.checkOpen(s);
        if (st.binary()) {
            byte[] b;
            if (BytesType.check(data)) {
                b = BytesType.toArray(data);
            } else if (Objects.isInstance(data, s.space().type(BuiltinType.BYTEARRAY))) {
                b = Memory.segment(ByteArrayType.data(data), ByteArrayType.size(data))
                        .toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
            } else {
                throw Errors.typeError(s, "a bytes-like object is required, not '" + Objects.typeNameOf(data) + "'");
            }
            return IntType.fromLong(s, st.writeBytes(s, b));
        }
        if (!StrType.check(data)) {
            throw Errors.typeError(s, "write() argument must be str, not " + Objects.typeNameOf(data));
        }
        return IntType.fromLong(s, st.writeText(s, StrType.toJava(data)));
    }

    private static long writelines(ObjectState s, long f, long args, long kwargs) {
        long it = Abstract.iter(s, Args.one(s, qn(s, f, "writelines"), args, kwargs));
        try {
            for (long line = Abstract.next(s, it); line != 0; line = Abstract.next(s, it)) {
                try {
                    Objects.decref(s, write(s, f, line));
                } finally {
                    Objects.decref(s, line);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
        return none(s);
    }

    // ---------------------------------------------------------------- constructors

    private static long newStringIO(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "StringIO", args, kwargs, 0, 0, "initial_value", "newline");
        String initial = "";
        if (a[0] != 0 && a[0] != s.space().none()) {
            if (!StrType.check(a[0])) {
                throw Errors.typeError(s, "initial_value must be str or None, not " + Objects.typeNameOf(a[0]));
            }
            initial = StrType.toJava(a[0]);
        }
        return wrap(InterpreterState.of(s), BuiltinType.STRING_IO, new MemoryStreams.Text(initial));
    }

    private static long newBytesIO(ObjectState s, long type, long args, long kwargs) {
        long[] a = Args.parse(s, "BytesIO", args, kwargs, 0, 0, "initial_bytes");
        byte[] initial = new byte[0];
        if (a[0] != 0 && a[0] != s.space().none()) {
            if (!BytesType.check(a[0])) {
                throw Errors.typeError(s, "a bytes-like object is required, not '" + Objects.typeNameOf(a[0]) + "'");
            }
            initial = BytesType.toArray(a[0]);
        }
        return wrap(InterpreterState.of(s), BuiltinType.BYTES_IO, new MemoryStreams.Bytes(initial));
    }

    /**
     * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
     * closefd=True, opener=None)}.
     */
    static long open(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "open", args, kwargs, 0, 1, "file", "mode", "buffering", "encoding", "errors", "newline",
                "closefd", "opener");
        String name;
        if (StrType.check(a[0])) {
            name = StrType.toJava(a[0]);
        } else {
            long p = OsFiles.fspath(s, a[0]); // os.PathLike (pathlib.Path …), or TypeError
            try {
                name = StrType.check(p) ? StrType.toJava(p)
                        : new String(BytesType.toArray(p), java.nio.charset.StandardCharsets.UTF_8);
            } finally {
                Objects.decref(s, p);
            }
        }
        String mode = optionalStr(s, a[1], "open() argument 'mode'", "r");
        if (a[2] != 0) {
            Abstract.asSize(s, a[2]);
        }
        String encoding = optionalStr(s, a[3], "open() argument 'encoding'", null);
        String errors = optionalStr(s, a[4], "open() argument 'errors'", null);
        String newline = optionalStr(s, a[5], "open() argument 'newline'", null);
        checkMode(s, mode, encoding, errors, newline);
        boolean binary = mode.indexOf('b') >= 0;
        if (!binary) {
            encoding = encoding == null ? "UTF-8" : encoding;
            dev.isola.objects.Codecs.check(s, encoding);
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError(s, "illegal newline value: " + newline);
        }
        InterpreterState interp = InterpreterState.of(s);
        Path path = interp.resolvePath(name);
        FileStream st = FileStream.open(s, name, path, normalisedMode(mode), encoding,
                errors == null ? "strict" : errors, newline);
        BuiltinType t = !binary ? BuiltinType.TEXT_IO
                : mode.indexOf('+') >= 0 ? BuiltinType.BUFFERED_RANDOM
                : mode.indexOf('r') >= 0 ? BuiltinType.BUFFERED_READER : BuiltinType.BUFFERED_WRITER;
        return wrap(interp, t, st);
    }

    /** CPython's {@code f.mode}: text files keep the mode given; binary ones report e.g. {@code rb}. */
    private static String normalisedMode(String mode) {
        return mode.replace("t", "").isEmpty() ? "r" : mode.replace("t", "");
    }

    private static String optionalStr(ObjectState s, long v, String what, String dflt) {
        if (v == 0 || v == s.space().none()) {
            return dflt;
        }
        if (!StrType.check(v)) {
            throw Errors.typeError(s, what + " must be str or None, not " + Objects.typeNameOf(v));
        }
        return StrType.toJava(v);
    }

    /** CPython's checks of {@code mode} in {@code _io_open_impl}, in its order. */
    private static void checkMode(ObjectState s, String mode, String encoding, String errors, String newline) {
        int creating = 0;
        int reading = 0;
        int writing = 0;
        int appending = 0;
        boolean text = false;
        boolean binary = false;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("xrwab+t".indexOf(c) < 0 || mode.indexOf(c, i + 1) >= 0) {
                throw Errors.valueError(s, "invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = 1;
                case 'r' -> reading = 1;
                case 'w' -> writing = 1;
                case 'a' -> appending = 1;
                case 't' -> text = true;
                case 'b' -> binary = true;
                default -> {
                }
            }
        }
        if (text && binary) {
            throw Errors.valueError(s, "can't have text and binary mode at once");
        }
        if (creating + reading + writing + appending > 1) {
            throw Errors.valueError(s, "must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Errors.valueError(s, "binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Errors.valueError(s, "binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Errors.valueError(s, "binary mode doesn't take a newline argument");
        }
        if (creating + reading + writing + appending == 0) {
            // FileIO's own check, reached when open() lets the mode through.
            throw Errors.valueError(s, "Must have exactly one of create/read/write/append mode and at most one plus");
        }
    }

    /** The {@code io} module: {@code open}, {@code StringIO}, {@code BytesIO}, the I/O types and constants. */
    static ModuleDef ioModule() {
        return new ModuleDef("io", java.util.List.of(new MethodDef("open", IoObjects::open)), (interp, module, dict) -> {
            ObjectState s = interp.objects();
            for (BuiltinType t : new BuiltinType[] {BuiltinType.STRING_IO, BuiltinType.BYTES_IO,
                    BuiltinType.TEXT_IO, BuiltinType.BUFFERED_READER, BuiltinType.BUFFERED_WRITER,
                    BuiltinType.BUFFERED_RANDOM, BuiltinType.UNSUPPORTED_OPERATION}) {
                DictType.setItemString(s, dict, t.pyName(), s.space().type(t));
            }
            for (String[] c : new String[][] {{"SEEK_SET", "0"}, {"SEEK_CUR", "1"}, {"SEEK_END", "2"},
                    {"DEFAULT_BUFFER_SIZE", "8192"}}) {
                long v = IntType.fromLong(s, Long.parseLong(c[1]));
                DictType.setItemString(s, dict, c[0], v);
                Objects.decref(s, v);
            }
        });
    }
}
