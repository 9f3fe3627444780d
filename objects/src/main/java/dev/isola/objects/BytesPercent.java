package dev.isola.objects;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code bytes % args} and {@code bytearray % args} (PEP 461): printf-style formatting into
 * bytes. {@code %s}/{@code %b} take bytes-like objects (or {@code __bytes__}), {@code %a}/{@code %r}
 * the ASCII repr, {@code %c} an int below 256 or one byte; the numeric conversions are str's
 * ({@link StrPercent}) with their flags, width and precision, encoded as ASCII. Stateless.
 */
final class BytesPercent {
    private BytesPercent() {}

    /** The bytes {@code t % args} gives; the caller makes the bytes or bytearray of them. */
    static byte[] format(ObjectState s, byte[] t, long args) {
        boolean tuple = TupleType.check(args);
        long arglen = tuple ? TupleType.size(args) : -1;
        long[] argidx = {tuple ? 0 : -2};
        long dict = !tuple && !BytesType.check(args) && !ByteArrayType.check(s, args)
                && s.slotsOf(args).subscript != null ? args : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream(t.length + 16);
        int pos = 0;
        int n = t.length;
        while (pos < n) {
            if (t[pos] != '%') {
                out.write(t[pos++]);
                continue;
            }
            pos++;
            if (pos >= n) {
                throw Errors.valueError(s, "incomplete format");
            }
            long arg = 0;
            boolean argOwned = false;
            if (t[pos] == '(') {
                if (dict == 0) {
                    throw Errors.typeError(s, "format requires a mapping");
                }
                int depth = 1;
                int keyStart = ++pos;
                while (pos < n && depth > 0) {
                    if (t[pos] == '(') {
                        depth++;
                    } else if (t[pos] == ')') {
                        depth--;
                    }
                    pos++;
                }
                if (depth > 0) {
                    throw Errors.valueError(s, "incomplete format key");
                }
                byte[] key = java.util.Arrays.copyOfRange(t, keyStart, pos - 1);
                long k = BytesType.fromBytes(s, key);
                try {
                    arg = Abstract.getItem(s, dict, k);
                    argOwned = true;
                } finally {
                    Objects.decref(s, k);
                }
                arglen = -1;
                argidx[0] = -2;
            }
            try {
                StringBuilder flags = new StringBuilder();
                while (pos < n && "-+ #0".indexOf(t[pos]) >= 0) {
                    flags.append((char) t[pos++]);
                }
                String width = "";
                if (pos < n && t[pos] == '*') {
                    width = Long.toString(intArg(s, next(s, args, arglen, argidx, dict, arg)));
                    pos++;
                } else {
                    int w0 = pos;
                    while (pos < n && t[pos] >= '0' && t[pos] <= '9') {
                        pos++;
                    }
                    width = new String(t, w0, pos - w0, StandardCharsets.ISO_8859_1);
                }
                String prec = null;
                if (pos < n && t[pos] == '.') {
                    pos++;
                    if (pos < n && t[pos] == '*') {
                        prec = Long.toString(intArg(s, next(s, args, arglen, argidx, dict, arg)));
                        pos++;
                    } else {
                        int p0 = pos;
                        while (pos < n && t[pos] >= '0' && t[pos] <= '9') {
                            pos++;
                        }
                        prec = new String(t, p0, pos - p0, StandardCharsets.ISO_8859_1);
                    }
                }
                while (pos < n && (t[pos] == 'h' || t[pos] == 'l' || t[pos] == 'L')) {
                    pos++;
                }
                if (pos >= n) {
                    throw Errors.valueError(s, "incomplete format");
                }
                char type = (char) (t[pos++] & 0xff);
                if (type == '%') {
                    out.write('%');
                    continue;
                }
                long value = arg != 0 ? arg : next(s, args, arglen, argidx, dict, 0);
                byte[] piece = switch (type) {
                    case 's', 'b' -> pad(bytesOf(s, value), flags, width, prec);
                    case 'a', 'r' -> pad(asciiOf(s, value), flags, width, prec);
                    case 'c' -> pad(new byte[] {charOf(s, value)}, flags, width, null);
                    case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G' -> numeric(s, value, flags, width,
                            prec, type == 'u' ? 'd' : type);
                    default -> throw Errors.valueError(s, "unsupported format character '" + type + "' (0x"
                            + Integer.toHexString(type) + ") at index " + (pos - 1));
                };
                out.write(piece, 0, piece.length);
            } finally {
                if (argOwned) {
                    Objects.decref(s, arg);
                }
            }
        }
        if (arglen >= 0 && argidx[0] < arglen) {
            throw Errors.typeError(s, "not all arguments converted during bytes formatting");
        }
        if (!tuple && dict == 0 && argidx[0] == -2) {
            throw Errors.typeError(s, "not all arguments converted during bytes formatting");
        }
        return out.toByteArray();
    }

    /** The next positional argument (borrowed). */
    private static long next(ObjectState s, long args, long arglen, long[] argidx, long dict, long keyed) {
        if (keyed != 0) {
            return keyed;
        }
        if (arglen >= 0) {
            if (argidx[0] >= arglen) {
                throw Errors.typeError(s, "not enough arguments for format string");
            }
            return TupleType.getItem(args, argidx[0]++);
        }
        if (argidx[0] == -2) {
            argidx[0] = -1;
            return args;
        }
        throw Errors.typeError(s, "not enough arguments for format string");
    }

    private static byte[] asciiOf(ObjectState s, long v) {
        long a = Abstract.ascii(s, v);
        try {
            return StrType.toJava(a).getBytes(StandardCharsets.US_ASCII);
        } finally {
            Objects.decref(s, a);
        }
    }

    private static long intArg(ObjectState s, long v) {
        if (!IntType.check(v)) {
            throw Errors.typeError(s, "* wants int");
        }
        return IntType.longValue(v);
    }

    private static byte[] bytesOf(ObjectState s, long v) {
        byte[] b = ByteMethods.bytesLike(s, v);
        if (b != null) {
            return b;
        }
        if (HeapTypes.lookup(s, Objects.type(v), "__bytes__") != 0) {
            long r = Abstract.callMethod(s, v, "__bytes__");
            try {
                if (!BytesType.check(r)) {
                    throw Errors.typeError(s, "__bytes__ returned non-bytes (type " + Objects.typeNameOf(r) + ")");
                }
                return BytesType.toArray(r);
            } finally {
                Objects.decref(s, r);
            }
        }
        throw Errors.typeError(s, "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Objects.typeNameOf(v) + "'");
    }

    private static byte charOf(ObjectState s, long v) {
        byte[] b = ByteMethods.bytesLike(s, v);
        if (b != null) {
            if (b.length != 1) {
                throw Errors.typeError(s, "%c requires an integer in range(256) or a single byte");
            }
            return b[0];
        }
        if (!IntType.check(v)) {
            throw Errors.typeError(s, "%c requires an integer in range(256) or a single byte");
        }
        if (!IntType.fitsLong(v) || IntType.longValue(v) < 0 || IntType.longValue(v) > 255) {
            throw Errors.overflowError(s, "%c arg not in range(256)");
        }
        return (byte) IntType.longValue(v);
    }

    /** Precision truncates, width pads with spaces (left-justified with '-'). */
    private static byte[] pad(byte[] b, CharSequence flags, String width, String prec) {
        if (prec != null) {
            int p = prec.isEmpty() ? 0 : Integer.parseInt(prec);
            if (p < b.length) {
                b = java.util.Arrays.copyOf(b, p);
            }
        }
        int w = width.isEmpty() ? 0 : Math.abs(Integer.parseInt(width));
        boolean left = flags.toString().indexOf('-') >= 0 || width.startsWith("-");
        if (w <= b.length) {
            return b;
        }
        byte[] out = new byte[w];
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(b, 0, out, left ? 0 : w - b.length, b.length);
        return out;
    }

    /** A numeric conversion done by str's % with the same spec, as ASCII bytes. */
    private static byte[] numeric(ObjectState s, long v, CharSequence flags, String width, String prec, char type) {
        String spec = "%" + flags + width + (prec == null ? "" : "." + prec) + type;
        long fmt = StrType.fromJava(s, spec);
        long one = TupleType.pack(s, v);
        try {
            long r = StrPercent.format(s, fmt, one);
            try {
                return StrType.toJava(r).getBytes(StandardCharsets.US_ASCII);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, one);
            Objects.decref(s, fmt);
        }
    }
}
