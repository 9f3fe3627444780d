package dev.isola.objects;

import java.io.ByteArrayOutputStream;

/**
 * The built-in codecs {@code utf-8}, {@code ascii} and {@code latin-1} (with their aliases), for
 * {@code str.encode}, {@code bytes.decode} and {@code str(b, encoding)}, with CPython's error
 * handlers {@code strict ignore replace backslashreplace xmlcharrefreplace surrogateescape
 * surrogatepass}.
 *
 * <p>Errors are reported as CPython does: the offending range is as wide as CPython's (a run of
 * unencodable characters; UTF-8's "maximal subpart" of an ill-formed sequence), and the
 * exception's args are {@code (encoding, object, start, end, reason)}. Its {@code str()} is
 * {@link #unicodeErrorMessage}. An unknown handler name is a LookupError only once an error
 * occurs. Other encodings raise {@code LookupError: unknown encoding}. Stateless.
 */
public final class Codecs {
    private Codecs() {}

    enum Codec {
        UTF8("utf-8"), ASCII("ascii"), LATIN1("latin-1"),
        UTF16("utf-16"), UTF16LE("utf-16-le"), UTF16BE("utf-16-be"),
        UTF32("utf-32"), UTF32LE("utf-32-le"), UTF32BE("utf-32-be");

        boolean wide() {
            return ordinal() >= UTF16.ordinal();
        }

        final String pyName;

        Codec(String pyName) {
            this.pyName = pyName;
        }
    }

    /** The codec for an encoding name (normalised as {@code encodings.normalize_encoding}), or LookupError. */
    static Codec lookup(ObjectState s, String name) {
        StringBuilder norm = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c < 128 && Character.isLetterOrDigit(c)) || c == '.') {
                if (punct && norm.length() > 0) {
                    norm.append('_');
                }
                norm.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        switch (norm.toString()) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                return Codec.UTF8;
            case "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                 "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii":
                return Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1",
                 "iso_8859_1", "iso_8859_1_1987", "iso_ir_100":
                return Codec.LATIN1;
            case "utf_16", "utf16", "u16":
                return Codec.UTF16;
            case "utf_16_le", "utf_16le", "unicodelittleunmarked":
                return Codec.UTF16LE;
            case "utf_16_be", "utf_16be", "unicodebigunmarked":
                return Codec.UTF16BE;
            case "utf_32", "utf32", "u32":
                return Codec.UTF32;
            case "utf_32_le", "utf_32le":
                return Codec.UTF32LE;
            case "utf_32_be", "utf_32be":
                return Codec.UTF32BE;
            default:
                throw Errors.raise(s, BuiltinType.LOOKUP_ERROR, "unknown encoding: " + name);
        }
    }

    private static void checkHandler(ObjectState s, String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
                 "surrogatepass", "namereplace":
                return;
            default:
                throw Errors.raise(s, BuiltinType.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    // ---------------------------------------------------------------- methods

    /** {@code str.encode(encoding='utf-8', errors='strict')}. */
    static long encodeMethod(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "encode", args, kwargs, 0, "encoding", "errors");
        String encoding = a[0] == 0 ? "utf-8" : stringArg(s, "encode", "encoding", a[0]);
        String errors = a[1] == 0 ? "strict" : stringArg(s, "encode", "errors", a[1]);
        return encode(s, self, encoding, errors);
    }

    /** A str argument as Java text, with clinic's message otherwise. */
    static String stringArg(ObjectState s, String fname, String param, long arg) {
        if (!StrType.check(arg)) {
            throw Errors.typeError(s, fname + "() argument '" + param + "' must be str, not "
                    + MethodArgs.clinicTypeName(s, arg));
        }
        int[] t = StrType.codePoints(arg);
        for (int c : t) {
            if (c == 0) {
                throw Errors.valueError(s, "embedded null character");
            }
        }
        return new StrBuilder(t.length).append(t, 0, t.length).toString();
    }

    /** Decodes {@code b} with {@code encoding}/{@code errors} as {@code bytes.decode} does: a new str. */
    public static long decodeBytes(ObjectState s, byte[] b, String encoding, String errors) {
        long bytes = BytesType.fromBytes(s, b);
        try {
            return decode(s, bytes, BytesType.data(bytes), b.length, encoding, errors);
        } finally {
            Objects.decref(s, bytes);
        }
    }

    /** {@code str.encode(encoding, errors)} as Java bytes. */
    public static byte[] encodeToArray(ObjectState s, long str, String encoding, String errors) {
        long b = encode(s, str, encoding, errors);
        try {
            return BytesType.toArray(b);
        } finally {
            Objects.decref(s, b);
        }
    }

    /** The canonical name of {@code encoding} (LookupError when unknown). */
    public static void check(ObjectState s, String encoding) {
        lookup(s, encoding);
    }

    /** {@code str.encode}: a new bytes object. */
    static long encode(ObjectState s, long str, String encoding, String errors) {
        Codec codec = lookup(s, encoding);
        int[] t = StrType.codePoints(str);
        if (codec.wide()) {
            return WideCodecs.encode(s, codec, str, t, errors);
        }
        if (codec == Codec.UTF8 && StrType.isAscii(str) || codec != Codec.UTF8 && StrType.kind(str) == 1
                && (codec == Codec.LATIN1 || StrType.isAscii(str))) {
            return BytesType.fromMemory(s, StrType.data(str), t.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(t.length + 16);
        int limit = codec == Codec.ASCII ? 0x80 : codec == Codec.LATIN1 ? 0x100 : 0x110000;
        String reason = codec == Codec.UTF8 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        int i = 0;
        while (i < t.length) {
            int c = t[i];
            boolean bad = codec == Codec.UTF8 ? c >= 0xd800 && c <= 0xdfff : c >= limit;
            if (!bad) {
                writeEncoded(out, codec, c);
                i++;
                continue;
            }
            int end = i;
            while (end < t.length && (codec == Codec.UTF8 ? t[end] >= 0xd800 && t[end] <= 0xdfff : t[end] >= limit)) {
                end++;
            }
            i = encodeError(s, out, codec, errors, str, t, i, end, reason);
        }
        return BytesType.fromBytes(s, out.toByteArray());
    }

    private static void writeEncoded(ByteArrayOutputStream out, Codec codec, int c) {
        if (codec != Codec.UTF8 || c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | c >> 6);
            out.write(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            out.write(0xe0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        } else {
            out.write(0xf0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3f);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        }
    }

    /** Handles the unencodable run {@code t[start:end]}; returns where encoding resumes. */
    private static int encodeError(ObjectState s, ByteArrayOutputStream out, Codec codec, String errors, long str,
            int[] t, int start, int end, String reason) {
        checkHandler(s, errors);
        switch (errors) {
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                for (int i = start; i < end; i++) {
                    out.write('?');
                }
                return end;
            }
            case "backslashreplace", "namereplace" -> {
                for (int i = start; i < end; i++) {
                    String escape = errors.equals("namereplace") && Character.getName(t[i]) != null
                            ? "\\N{" + Character.getName(t[i]) + "}"
                            : t[i] <= 0xff ? StrOps.hexEscape('x', t[i], 2)
                            : t[i] <= 0xffff ? StrOps.hexEscape('u', t[i], 4) : StrOps.hexEscape('U', t[i], 8);
                    out.writeBytes(escape.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                return end;
            }
            case "xmlcharrefreplace" -> {
                for (int i = start; i < end; i++) {
                    out.writeBytes(("&#" + t[i] + ";").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                return end;
            }
            case "surrogateescape" -> {
                int i = start;
                while (i < end && t[i] >= 0xdc80 && t[i] <= 0xdcff) {
                    out.write(t[i] - 0xdc00);
                    i++;
                }
                if (i == end) {
                    return end;
                }
                start = i;
            }
            case "surrogatepass" -> {
                if (codec == Codec.UTF8) {
                    for (int i = start; i < end; i++) {
                        out.write(0xe0 | t[i] >> 12);
                        out.write(0x80 | t[i] >> 6 & 0x3f);
                        out.write(0x80 | t[i] & 0x3f);
                    }
                    return end;
                }
            }
            default -> { }
        }
        throw encodeException(s, codec.pyName, str, start, end, reason);
    }

    static PyException encodeException(ObjectState s, String encoding, long str, long start, long end,
            String reason) {
        long[] parts = new long[5];
        try {
            parts[0] = StrType.fromJava(s, encoding);
            parts[1] = Objects.newRef(str);
            parts[2] = IntType.fromLong(s, start);
            parts[3] = IntType.fromLong(s, end);
            parts[4] = StrType.fromJava(s, reason);
            long args = TupleType.pack(s, parts);
            try {
                PyException e = Errors.raiseWithArgs(s, s.space().type(BuiltinType.UNICODE_ENCODE_ERROR), args);
                return new PyException(e.take(), "UnicodeEncodeError: " + unicodeErrorMessage(s, args, true));
            } finally {
                Objects.decref(s, args);
            }
        } finally {
            for (long p : parts) {
                Objects.xdecref(s, p);
            }
        }
    }

    // ---------------------------------------------------------------- decoding

    /** {@code str(obj, encoding, errors)}: obj must be bytes-like; encoding/errors objects or 0. */
    static long decodeObject(ObjectState s, long obj, long encodingObj, long errorsObj) {
        String encoding = encodingObj == 0 ? "utf-8" : stringArg(s, "str", "encoding", encodingObj);
        String errors = errorsObj == 0 ? "strict" : stringArg(s, "str", "errors", errorsObj);
        if (StrType.check(obj)) {
            throw Errors.typeError(s, "decoding str is not supported");
        }
        if (BytesType.check(obj)) {
            return decode(s, obj, BytesType.data(obj), BytesType.size(obj), encoding, errors);
        }
        if (ByteArrayType.check(s, obj)) {
            return decode(s, obj, ByteArrayType.data(obj), ByteArrayType.size(obj), encoding, errors);
        }
        throw Errors.typeError(s, "decoding to str: need a bytes-like object, " + Objects.typeNameOf(obj) + " found");
    }

    /** Decodes {@code size} bytes at {@code data} (the buffer of {@code owner}, named in errors): a new str. */
    static long decode(ObjectState s, long owner, long data, long size, String encoding, String errors) {
        Codec codec = lookup(s, encoding);
        if (size > Integer.MAX_VALUE - 16) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        byte[] b = dev.isola.memory.Memory.segment(data, size).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
        if (codec.wide()) {
            return WideCodecs.decode(s, codec, owner, b, errors);
        }
        StrBuilder out = new StrBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80 || codec == Codec.LATIN1) {
                out.append(c);
                i++;
            } else if (codec == Codec.ASCII) {
                i = decodeError(s, out, codec, errors, owner, b, i, i + 1, "ordinal not in range(128)");
            } else {
                i = decodeUtf8(s, out, errors, owner, b, i);
            }
        }
        return out.build(s);
    }

    /** One UTF-8 sequence of 2-4 bytes at {@code i}; returns the next position. */
    private static int decodeUtf8(ObjectState s, StrBuilder out, String errors, long owner, byte[] b, int i) {
        int c = b[i] & 0xff;
        int need;
        int lo = 0x80;
        int hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f;
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            return decodeError(s, out, Codec.UTF8, errors, owner, b, i, i + 1, "invalid start byte");
        }
        int cp = c & (0x3f >> need);
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return decodeError(s, out, Codec.UTF8, errors, owner, b, i, b.length, "unexpected end of data");
            }
            int d = b[i + k] & 0xff;
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xbf)) {
                if (k == 1 && c == 0xed && d >= 0xa0 && d <= 0xbf && errors.equals("surrogatepass") && i + 2 < b.length
                        && (b[i + 2] & 0xc0) == 0x80) {
                    out.append(0xd000 | (d & 0x3f) << 6 | b[i + 2] & 0x3f);
                    return i + 3;
                }
                return decodeError(s, out, Codec.UTF8, errors, owner, b, i, i + k, "invalid continuation byte");
            }
            cp = cp << 6 | d & 0x3f;
        }
        out.append(cp);
        return i + need + 1;
    }

    /** Handles the undecodable bytes {@code b[start:end]}; returns where decoding resumes. */
    static int decodeError(ObjectState s, StrBuilder out, Codec codec, String errors, long owner, byte[] b,
            int start, int end, String reason) {
        checkHandler(s, errors);
        switch (errors) {
            case "ignore" -> {
                return end;
            }
            case "replace" -> {
                out.append(0xfffd);
                return end;
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.append(StrOps.hexEscape('x', b[i] & 0xff, 2));
                }
                return end;
            }
            case "surrogateescape" -> {
                boolean all = true;
                for (int i = start; i < end; i++) {
                    all &= (b[i] & 0xff) >= 0x80;
                }
                if (all) {
                    for (int i = start; i < end; i++) {
                        out.append(0xdc00 | b[i] & 0xff);
                    }
                    return end;
                }
            }
            default -> { }
        }
        throw decodeException(s, codec.pyName, owner, b, start, end, reason);
    }

    private static PyException decodeException(ObjectState s, String encoding, long owner, byte[] b, long start,
            long end, String reason) {
        long[] parts = new long[5];
        try {
            parts[0] = StrType.fromJava(s, encoding);
            parts[1] = BytesType.check(owner) ? Objects.newRef(owner) : BytesType.fromBytes(s, b);
            parts[2] = IntType.fromLong(s, start);
            parts[3] = IntType.fromLong(s, end);
            parts[4] = StrType.fromJava(s, reason);
            long args = TupleType.pack(s, parts);
            try {
                PyException e = Errors.raiseWithArgs(s, s.space().type(BuiltinType.UNICODE_DECODE_ERROR), args);
                return new PyException(e.take(), "UnicodeDecodeError: " + unicodeErrorMessage(s, args, false));
            } finally {
                Objects.decref(s, args);
            }
        } finally {
            for (long p : parts) {
                Objects.xdecref(s, p);
            }
        }
    }

    /**
     * {@code str()} of a UnicodeEncodeError ({@code encode}) or UnicodeDecodeError from its args
     * {@code (encoding, object, start, end, reason)}, as CPython's {@code UnicodeEncodeError_str}
     * and {@code UnicodeDecodeError_str}.
     */
    static String unicodeErrorMessage(ObjectState s, long args, boolean encode) {
        String encoding = StrType.toJava(TupleType.getItem(args, 0));
        long object = TupleType.getItem(args, 1);
        long start = IntType.longValue(TupleType.getItem(args, 2));
        long end = IntType.longValue(TupleType.getItem(args, 3));
        String reason = StrType.toJava(TupleType.getItem(args, 4));
        if (encode) {
            if (end == start + 1) {
                int c = StrType.codePointAt(object, start);
                String shown = c <= 0xff ? StrOps.hexEscape('x', c, 2) : c <= 0xffff ? StrOps.hexEscape('u', c, 4)
                        : StrOps.hexEscape('U', c, 8);
                return "'" + encoding + "' codec can't encode character '" + shown + "' in position " + start + ": "
                        + reason;
            }
            return "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason;
        }
        if (start < BytesType.size(object) && end == start + 1) {
            int c = dev.isola.memory.Memory.getByte(BytesType.data(object) + start) & 0xff;
            return "'" + encoding + "' codec can't decode byte 0x" + String.format("%02x", c) + " in position " + start
                    + ": " + reason;
        }
        return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
    }

    /** {@code str(e)} for a UnicodeEncodeError/UnicodeDecodeError object, for ExceptionTypes' str slot. */
    static long unicodeErrorStr(ObjectState s, long e) {
        long args = ExceptionTypes.args(e);
        if (TupleType.size(args) != 5) {
            return ExceptionTypes.str(s, e);
        }
        boolean encode = Objects.isInstance(e, s.space().type(BuiltinType.UNICODE_ENCODE_ERROR));
        return StrType.fromJava(s, unicodeErrorMessage(s, args, encode));
    }
}
