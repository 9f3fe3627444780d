package dev.isola.interp.modules;

import dev.isola.memory.Memory;
import dev.isola.objects.ByteArrayType;
import dev.isola.objects.BytesType;
import dev.isola.objects.Errors;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;

/**
 * The string a pattern runs over, seen by {@code java.util.regex}: a str as its UTF-16 text, a
 * bytes or bytearray as Latin-1 text (one char per byte). Python positions count code points,
 * Java's count chars; they differ only when a str holds astral characters, and then a table maps
 * chars to code points. Borrowed for the duration of one call; not thread-safe.
 */
final class ReSubject {
    final long obj;
    final boolean text;
    final String java;
    /** Length in Python positions (code points or bytes). */
    final long length;
    /** For each char index (and the end), its code point index; null when they are equal. */
    private final int[] cpAt;

    private ReSubject(long obj, boolean text, String java, long length) {
        this.obj = obj;
        this.text = text;
        this.java = java;
        this.length = length;
        if (length != java.length()) {
            cpAt = new int[java.length() + 1];
            int cp = 0;
            for (int i = 0; i < java.length(); i++) {
                cpAt[i] = cp;
                if (!(Character.isHighSurrogate(java.charAt(i)) && i + 1 < java.length()
                        && Character.isLowSurrogate(java.charAt(i + 1)))) {
                    cp++;
                } else {
                    cpAt[++i] = cp++;
                }
            }
            cpAt[java.length()] = cp;
        } else {
            cpAt = null;
        }
    }

    /** {@code obj} (borrowed) as a subject for a str pattern ({@code text}) or a bytes one. */
    static ReSubject of(ObjectState s, long obj, boolean text) {
        if (StrType.check(obj)) {
            if (!text) {
                throw Errors.typeError(s, "cannot use a bytes pattern on a string-like object");
            }
            return new ReSubject(obj, true, StrType.toJava(obj), StrType.length(obj));
        }
        long data;
        long size;
        if (BytesType.check(obj)) {
            data = BytesType.data(obj);
            size = BytesType.size(obj);
        } else if (ByteArrayType.check(s, obj)) {
            data = ByteArrayType.data(obj);
            size = ByteArrayType.size(obj);
        } else {
            throw Errors.typeError(s, "expected string or bytes-like object, got '" + Objects.typeNameOf(obj) + "'");
        }
        if (text) {
            throw Errors.typeError(s, "cannot use a string pattern on a bytes-like object");
        }
        return new ReSubject(obj, false, latin1(data, size), size);
    }

    static String latin1(long data, long size) {
        char[] c = new char[(int) size];
        for (int i = 0; i < size; i++) {
            c[i] = (char) (Memory.getByte(data + i) & 0xff);
        }
        return new String(c);
    }

    /** The char index of Python position {@code pos} (0..length). */
    int unit(long pos) {
        if (cpAt == null) {
            return (int) pos;
        }
        return java.offsetByCodePoints(0, (int) pos);
    }

    /** The Python position of char index {@code unit}. */
    long pos(int unit) {
        return cpAt == null ? unit : cpAt[unit];
    }

    /** {@code string[start:end]} in Python positions, a new reference of the subject's type. */
    long slice(ObjectState s, long start, long end) {
        return slice(s, obj, start, end);
    }

    /** {@code string[start:end]} for a str, bytes or bytearray {@code obj} (borrowed). */
    static long slice(ObjectState s, long obj, long start, long end) {
        if (StrType.check(obj)) {
            return StrType.substring(s, obj, start, end);
        }
        if (BytesType.check(obj)) {
            return BytesType.fromMemory(s, BytesType.data(obj) + start, end - start);
        }
        return ByteArrayType.fromMemory(s, ByteArrayType.data(obj) + start, end - start);
    }

    /** Java text as a new object of the subject's kind: str, or bytes from Latin-1. */
    long make(ObjectState s, String javaText) {
        if (text) {
            return StrType.fromJava(s, javaText);
        }
        byte[] b = new byte[javaText.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) javaText.charAt(i);
        }
        return BytesType.check(obj) ? BytesType.fromBytes(s, b) : ByteArrayType.fromBytes(s, b);
    }

    /** A replacement or template piece (str, bytes or bytearray) as Java text of this subject's kind. */
    static String javaText(ObjectState s, long piece, boolean text) {
        if (text) {
            if (!StrType.check(piece)) {
                throw Errors.typeError(s, "expected str instance, " + Objects.typeNameOf(piece) + " found");
            }
            return StrType.toJava(piece);
        }
        if (BytesType.check(piece)) {
            return latin1(BytesType.data(piece), BytesType.size(piece));
        }
        if (ByteArrayType.check(s, piece)) {
            return latin1(ByteArrayType.data(piece), ByteArrayType.size(piece));
        }
        throw Errors.typeError(s, "expected a bytes-like object, " + Objects.typeNameOf(piece) + " found");
    }
}
