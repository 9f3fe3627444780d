package dev.isola.objects;

import java.util.Arrays;

/**
 * A growable array of code points from which a str is made (CPython's {@code _PyUnicodeWriter}
 * in its simplest form). Code points, not Java chars: a Python str may hold lone surrogates,
 * which a Java {@code String} would pair up. Java-heap only; not thread-safe.
 */
final class StrBuilder {
    private int[] cps;
    private int length;

    StrBuilder() {
        this(16);
    }

    StrBuilder(int capacity) {
        cps = new int[Math.max(capacity, 4)];
    }

    int length() {
        return length;
    }

    int codePointAt(int i) {
        return cps[i];
    }

    private void ensure(long extra) {
        long need = length + extra;
        if (need > cps.length) {
            if (need > Integer.MAX_VALUE - 8) {
                throw new OutOfMemoryError("str too large for the builder: " + need);
            }
            cps = Arrays.copyOf(cps, (int) Math.max(need, Math.min(Integer.MAX_VALUE - 8, cps.length * 2L)));
        }
    }

    StrBuilder append(int cp) {
        ensure(1);
        cps[length++] = cp;
        return this;
    }

    StrBuilder append(int[] from, int start, int end) {
        ensure(end - start);
        System.arraycopy(from, start, cps, length, end - start);
        length += end - start;
        return this;
    }

    /** Appends a Java string's code points (text the runtime made: digits, escapes, messages). */
    StrBuilder append(CharSequence text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cps[length++] = Character.toCodePoint(c, text.charAt(++i));
            } else {
                cps[length++] = c;
            }
        }
        return this;
    }

    /** Appends the code points of the str at {@code addr}. */
    StrBuilder appendStr(long addr) {
        long n = StrType.length(addr);
        ensure(n);
        for (long i = 0; i < n; i++) {
            cps[length++] = StrType.codePointAt(addr, i);
        }
        return this;
    }

    StrBuilder repeat(int cp, long count) {
        if (count > 0) {
            ensure(count);
            Arrays.fill(cps, length, length + (int) count, cp);
            length += (int) count;
        }
        return this;
    }

    void setLength(int n) {
        length = n;
    }

    int[] toArray() {
        return Arrays.copyOf(cps, length);
    }

    /** A new reference to a str of the collected code points. */
    long build(ObjectState s) {
        return StrType.fromCodePoints(s, cps, 0, length);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }
}
