package dev.isola.objects;

import dev.isola.memory.Memory;
import java.lang.foreign.ValueLayout;

/**
 * The read-only methods {@code bytes} and {@code bytearray} share (CPython's
 * {@code bytes_methods.c} and {@code stringlib} instantiated for bytes), written once: each reads
 * the receiver's bytes through a {@link Kind} and makes results of the receiver's type where
 * CPython does ({@code bytearray(b'a').upper()} is a bytearray). Character classes and case
 * mappings are ASCII-only, as in CPython.
 *
 * <p>The receiver's bytes are copied to a Java array first: a bytearray may be resized by code
 * an argument's {@code __index__} runs, and the copy keeps the method from reading a freed
 * buffer (CPython holds a buffer export for the same reason). Stateless.
 */
final class ByteMethods {
    private ByteMethods() {}

    /** How to read a receiver and build results of its type. */
    enum Kind {
        BYTES("bytes"), BYTEARRAY("bytearray");

        final String name;

        Kind(String name) {
            this.name = name;
        }

        long data(long self) {
            return this == BYTES ? BytesType.data(self) : ByteArrayType.data(self);
        }

        long size(long self) {
            return this == BYTES ? BytesType.size(self) : ByteArrayType.size(self);
        }

        byte[] read(long self) {
            long n = size(self);
            return n == 0 ? new byte[0] : Memory.segment(data(self), n).toArray(ValueLayout.JAVA_BYTE);
        }

        long make(ObjectState s, byte[] b, int from, int to) {
            byte[] part = from == 0 && to == b.length ? b : java.util.Arrays.copyOfRange(b, from, to);
            return this == BYTES ? BytesType.fromBytes(s, part) : ByteArrayType.fromBytes(s, part);
        }

        long make(ObjectState s, byte[] b) {
            return make(s, b, 0, b.length);
        }
    }

    @FunctionalInterface
    private interface Impl {
        long apply(ObjectState s, long self, long args, long kwargs, Kind k);
    }

    static void register(MethodArgs.Registrar r, Kind k) {
        add(r, k, "decode", ByteMethods::decode);
        add(r, k, "hex", ByteMethods::hex);
        add(r, k, "split", (s, self, a, kw, kk) -> ByteSearch.split(s, self, a, kw, kk, false));
        add(r, k, "rsplit", (s, self, a, kw, kk) -> ByteSearch.split(s, self, a, kw, kk, true));
        add(r, k, "splitlines", ByteSearch::splitlines);
        add(r, k, "join", ByteSearch::join);
        add(r, k, "strip", (s, self, a, kw, kk) -> ByteSearch.strip(s, self, a, kw, kk, "strip", true, true));
        add(r, k, "lstrip", (s, self, a, kw, kk) -> ByteSearch.strip(s, self, a, kw, kk, "lstrip", true, false));
        add(r, k, "rstrip", (s, self, a, kw, kk) -> ByteSearch.strip(s, self, a, kw, kk, "rstrip", false, true));
        add(r, k, "replace", ByteSearch::replace);
        add(r, k, "find", (s, self, a, kw, kk) -> ByteSearch.find(s, self, a, kw, kk, "find", false, false));
        add(r, k, "rfind", (s, self, a, kw, kk) -> ByteSearch.find(s, self, a, kw, kk, "rfind", true, false));
        add(r, k, "index", (s, self, a, kw, kk) -> ByteSearch.find(s, self, a, kw, kk, "index", false, true));
        add(r, k, "rindex", (s, self, a, kw, kk) -> ByteSearch.find(s, self, a, kw, kk, "rindex", true, true));
        add(r, k, "count", ByteSearch::count);
        add(r, k, "startswith", (s, self, a, kw, kk) -> ByteSearch.startsWith(s, self, a, kw, kk, "startswith", false));
        add(r, k, "endswith", (s, self, a, kw, kk) -> ByteSearch.startsWith(s, self, a, kw, kk, "endswith", true));
        add(r, k, "partition", (s, self, a, kw, kk) -> ByteSearch.partition(s, self, a, kw, kk, false));
        add(r, k, "rpartition", (s, self, a, kw, kk) -> ByteSearch.partition(s, self, a, kw, kk, true));
        add(r, k, "removeprefix", (s, self, a, kw, kk) -> ByteSearch.removeAffix(s, self, a, kw, kk, "removeprefix",
                false));
        add(r, k, "removesuffix", (s, self, a, kw, kk) -> ByteSearch.removeAffix(s, self, a, kw, kk, "removesuffix",
                true));
        for (String name : new String[] {"upper", "lower", "swapcase", "capitalize", "title"}) {
            add(r, k, name, (s, self, a, kw, kk) -> mapCase(s, self, a, kw, kk, name));
        }
        for (String name : new String[] {"isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle",
            "isascii"}) {
            add(r, k, name, (s, self, a, kw, kk) -> predicate(s, self, a, kw, kk, name));
        }
        add(r, k, "zfill", ByteMethods::zfill);
        for (String name : new String[] {"ljust", "rjust", "center"}) {
            add(r, k, name, (s, self, a, kw, kk) -> pad(s, self, a, kw, kk, name));
        }
        add(r, k, "expandtabs", ByteMethods::expandTabs);
        add(r, k, "translate", ByteMethods::translate);
    }

    /** {@code translate(table, /, delete=b'')}: table None or 256 bytes; delete's bytes dropped first. */
    private static long translate(ObjectState s, long self, long args, long kwargs, Kind k) {
        long[] a = MethodArgs.keywords(s, "translate", args, kwargs, 1, "table", "delete");
        byte[] table = null;
        if (a[0] != s.space().none()) {
            table = buffer(s, a[0]);
            if (table.length != 256) {
                throw Errors.valueError(s, "translation table must be 256 characters long");
            }
        }
        boolean[] drop = new boolean[256];
        if (a[1] != 0) {
            for (byte d : buffer(s, a[1])) {
                drop[d & 0xff] = true;
            }
        }
        byte[] in = k.read(self);
        byte[] out = new byte[in.length];
        int n = 0;
        for (byte b : in) {
            if (!drop[b & 0xff]) {
                out[n++] = table == null ? b : table[b & 0xff];
            }
        }
        return k.make(s, out, 0, n);
    }

    /** {@code bytes.maketrans(frm, to)}: the 256-byte table mapping each byte of frm to the one of to. */
    static long maketrans(ObjectState s, long args, long kwargs) {
        long[] a = MethodArgs.positional(s, "maketrans", args, kwargs, 2, 2);
        byte[] from = buffer(s, a[0]);
        byte[] to = buffer(s, a[1]);
        if (from.length != to.length) {
            throw Errors.valueError(s, "maketrans arguments must have same length");
        }
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            table[i] = (byte) i;
        }
        for (int i = 0; i < from.length; i++) {
            table[from[i] & 0xff] = to[i];
        }
        return BytesType.fromBytes(s, table);
    }

    private static void add(MethodArgs.Registrar r, Kind k, String name, Impl impl) {
        r.method(name, (s, self, args, kwargs) -> impl.apply(s, self, args, kwargs, k));
    }

    // ---------------------------------------------------------------- arguments

    /** The bytes of a bytes-like argument (bytes or bytearray), or null. */
    static byte[] bytesLike(ObjectState s, long obj) {
        if (BytesType.check(obj)) {
            return BytesType.toArray(obj);
        }
        if (ByteArrayType.check(s, obj)) {
            return ByteArrayType.toArray(obj);
        }
        return null;
    }

    /** A bytes-like argument; TypeError "a bytes-like object is required, not 'str'" otherwise. */
    static byte[] buffer(ObjectState s, long obj) {
        byte[] b = bytesLike(s, obj);
        if (b == null) {
            throw Errors.typeError(s, "a bytes-like object is required, not '" + Objects.typeNameOf(obj) + "'");
        }
        return b;
    }

    /** A byte value from an int-like object: {@code _getbytevalue}. */
    static int byteValue(ObjectState s, long obj) {
        long i = Abstract.index(s, obj);
        try {
            if (!IntType.fitsLong(i) || IntType.longValue(i) < 0 || IntType.longValue(i) > 255) {
                throw Errors.valueError(s, "byte must be in range(0, 256)");
            }
            return (int) IntType.longValue(i);
        } finally {
            Objects.decref(s, i);
        }
    }

    /** The sub argument of find/count/index: bytes-like, or an int that is one byte. */
    static byte[] subArg(ObjectState s, long obj) {
        byte[] b = bytesLike(s, obj);
        if (b != null) {
            return b;
        }
        if (!SeqIndex.isIndex(s, obj)) {
            throw Errors.typeError(s, "argument should be integer or bytes-like object, not '" + Objects.typeNameOf(obj)
                    + "'");
        }
        return new byte[] {(byte) byteValue(s, obj)};
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0d);
    }

    // ---------------------------------------------------------------- decode, hex

    static long decode(ObjectState s, long self, long args, long kwargs, Kind k) {
        long[] a = MethodArgs.keywords(s, "decode", args, kwargs, 0, "encoding", "errors");
        String encoding = a[0] == 0 ? "utf-8" : Codecs.stringArg(s, "decode", "encoding", a[0]);
        String errors = a[1] == 0 ? "strict" : Codecs.stringArg(s, "decode", "errors", a[1]);
        return Codecs.decode(s, self, k.data(self), k.size(self), encoding, errors);
    }

    static long hex(ObjectState s, long self, long args, long kwargs, Kind k) {
        long[] a = MethodArgs.keywords(s, "hex", args, kwargs, 0, "sep", "bytes_per_sep");
        byte[] b = k.read(self);
        int sep = -1;
        if (a[0] != 0) {
            long n = Abstract.length(s, a[0]);
            if (n != 1) {
                throw Errors.valueError(s, "sep must be length 1.");
            }
            if (StrType.check(a[0])) {
                sep = StrType.codePointAt(a[0], 0);
            } else {
                byte[] sb = buffer(s, a[0]);
                sep = sb[0] & 0xff;
            }
            if (sep > 127) {
                throw Errors.valueError(s, "sep must be ASCII.");
            }
        }
        long group = a[1] == 0 ? 1 : SeqIndex.intArg(s, a[1]);
        StringBuilder out = new StringBuilder(b.length * 3);
        long every = Math.abs(group);
        for (int i = 0; i < b.length; i++) {
            if (sep >= 0 && i > 0 && every > 0) {
                boolean boundary = group > 0 ? (b.length - i) % every == 0 : i % every == 0;
                if (boundary) {
                    out.append((char) sep);
                }
            }
            out.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return StrType.fromJava(s, out.toString());
    }

    /** {@code bytes.fromhex(string)} / {@code bytearray.fromhex(string)}. */
    static long fromHex(ObjectState s, long string, Kind k) {
        if (!StrType.check(string)) {
            throw Errors.typeError(s, "fromhex() argument must be str, not " + MethodArgs.clinicTypeName(s, string));
        }
        int[] t = StrType.codePoints(string);
        byte[] out = new byte[t.length / 2];
        int n = 0;
        int i = 0;
        while (i < t.length) {
            if (isSpace(t[i])) {
                while (i < t.length && isSpace(t[i])) {
                    i++;
                }
                if (i >= t.length) {
                    break;
                }
            }
            int top = Character.digit(t[i] < 128 ? t[i] : -1, 16);
            if (top < 0) {
                throw Errors.valueError(s, "non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            int bot = i < t.length ? Character.digit(t[i] < 128 ? t[i] : -1, 16) : -1;
            if (bot < 0) {
                throw Errors.valueError(s, "non-hexadecimal number found in fromhex() arg at position " + i);
            }
            i++;
            out[n++] = (byte) (top << 4 | bot);
        }
        return k.make(s, out, 0, n);
    }

    // ---------------------------------------------------------------- case, classes

    private static boolean isLowerAscii(int c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpperAscii(int c) {
        return c >= 'A' && c <= 'Z';
    }

    static long mapCase(ObjectState s, long self, long args, long kwargs, Kind k, String name) {
        MethodArgs.none(s, k.name + "." + name, args, kwargs);
        byte[] t = k.read(self);
        byte[] out = new byte[t.length];
        boolean previousCased = false;
        for (int i = 0; i < t.length; i++) {
            int c = t[i] & 0xff;
            int m = switch (name) {
                case "upper" -> isLowerAscii(c) ? c - 32 : c;
                case "lower" -> isUpperAscii(c) ? c + 32 : c;
                case "swapcase" -> isLowerAscii(c) ? c - 32 : isUpperAscii(c) ? c + 32 : c;
                case "capitalize" -> i == 0 ? (isLowerAscii(c) ? c - 32 : c) : (isUpperAscii(c) ? c + 32 : c);
                default -> previousCased ? (isUpperAscii(c) ? c + 32 : c) : (isLowerAscii(c) ? c - 32 : c);
            };
            previousCased = isLowerAscii(c) || isUpperAscii(c);
            out[i] = (byte) m;
        }
        return k.make(s, out);
    }

    static long predicate(ObjectState s, long self, long args, long kwargs, Kind k, String name) {
        MethodArgs.none(s, k.name + "." + name, args, kwargs);
        byte[] t = k.read(self);
        boolean r;
        switch (name) {
            case "isascii" -> {
                r = true;
                for (byte b : t) {
                    r &= b >= 0;
                }
            }
            case "islower", "isupper" -> {
                boolean cased = false;
                r = true;
                for (byte b : t) {
                    boolean mine = name.equals("islower") ? isLowerAscii(b) : isUpperAscii(b);
                    boolean other = name.equals("islower") ? isUpperAscii(b) : isLowerAscii(b);
                    r &= !other;
                    cased |= mine;
                }
                r &= cased;
            }
            case "istitle" -> {
                boolean cased = false;
                boolean previous = false;
                r = true;
                for (byte b : t) {
                    if (isUpperAscii(b)) {
                        r &= !previous;
                        previous = true;
                        cased = true;
                    } else if (isLowerAscii(b)) {
                        r &= previous;
                        previous = true;
                        cased = true;
                    } else {
                        previous = false;
                    }
                }
                r &= cased;
            }
            default -> {
                r = t.length > 0;
                for (byte b : t) {
                    int c = b & 0xff;
                    boolean alpha = isLowerAscii(c) || isUpperAscii(c);
                    boolean digit = c >= '0' && c <= '9';
                    r &= switch (name) {
                        case "isdigit" -> digit;
                        case "isalpha" -> alpha;
                        case "isalnum" -> alpha || digit;
                        default -> isSpace(c);
                    };
                }
            }
        }
        return s.space().bool(r);
    }

    // ---------------------------------------------------------------- padding

    static long zfill(ObjectState s, long self, long args, long kwargs, Kind k) {
        long width = SeqIndex.ssizeArg(s, MethodArgs.one(s, k.name + ".zfill", args, kwargs));
        byte[] t = k.read(self);
        if (width <= t.length) {
            return ByteSearch.sameOrSlice(s, self, k, t, 0, t.length);
        }
        byte[] out = new byte[checkedWidth(s, width)];
        int fill = (int) width - t.length;
        java.util.Arrays.fill(out, 0, fill, (byte) '0');
        System.arraycopy(t, 0, out, fill, t.length);
        if (t.length > 0 && (t[0] == '+' || t[0] == '-')) {
            out[0] = t[0];
            out[fill] = '0';
        }
        return k.make(s, out);
    }

    private static int checkedWidth(ObjectState s, long width) {
        if (width > Integer.MAX_VALUE - 16) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        return (int) width;
    }

    static long pad(ObjectState s, long self, long args, long kwargs, Kind k, String name) {
        long[] a = MethodArgs.positional(s, name, args, kwargs, 1, 2);
        long width = SeqIndex.ssizeArg(s, a[0]);
        byte fill = ' ';
        if (a[1] != 0) {
            byte[] f = bytesLike(s, a[1]);
            if (f == null || f.length != 1) {
                throw Errors.typeError(s, name + "() argument 2 must be a byte string of length 1, not "
                        + MethodArgs.clinicTypeName(s, a[1]));
            }
            fill = f[0];
        }
        byte[] t = k.read(self);
        if (width <= t.length) {
            return ByteSearch.sameOrSlice(s, self, k, t, 0, t.length);
        }
        long margin = width - t.length;
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            default -> margin / 2 + (margin & width & 1);
        };
        byte[] out = new byte[checkedWidth(s, width)];
        java.util.Arrays.fill(out, fill);
        System.arraycopy(t, 0, out, (int) left, t.length);
        return k.make(s, out);
    }

    static long expandTabs(ObjectState s, long self, long args, long kwargs, Kind k) {
        long[] a = MethodArgs.keywords(s, "expandtabs", args, kwargs, 0, "tabsize");
        long tabsize = a[0] == 0 ? 8 : SeqIndex.intArg(s, a[0]);
        byte[] t = k.read(self);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(t.length);
        long column = 0;
        for (byte b : t) {
            if (b == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    if (out.size() + spaces > Integer.MAX_VALUE - 16) {
                        throw Errors.overflowError(s, "result too long");
                    }
                    for (long i = 0; i < spaces; i++) {
                        out.write(' ');
                    }
                    column += spaces;
                }
            } else {
                out.write(b);
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return k.make(s, out.toByteArray());
    }
}
