package dev.isola.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The searching, splitting and joining methods bytes and bytearray share: {@code find rfind
 * index rindex count startswith endswith partition rpartition removeprefix removesuffix split
 * rsplit splitlines join strip lstrip rstrip replace}, over the receiver's bytes copied to a
 * Java array (see {@link ByteMethods}). Plain scans: O(n·m) at worst. Stateless.
 */
final class ByteSearch {
    private ByteSearch() {}

    // ---------------------------------------------------------------- search primitives

    static int indexOf(byte[] t, byte[] sub, int start, int end) {
        int m = sub.length;
        if (m == 0) {
            return start <= end ? start : -1;
        }
        byte first = sub[0];
        for (int i = start, last = end - m; i <= last; i++) {
            if (t[i] == first && java.util.Arrays.equals(t, i, i + m, sub, 0, m)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(byte[] t, byte[] sub, int start, int end) {
        int m = sub.length;
        if (m == 0) {
            return start <= end ? end : -1;
        }
        for (int i = end - m; i >= start; i--) {
            if (t[i] == sub[0] && java.util.Arrays.equals(t, i, i + m, sub, 0, m)) {
                return i;
            }
        }
        return -1;
    }

    private static long countOf(byte[] t, byte[] sub, int start, int end, long max) {
        if (start > end) {
            return 0;
        }
        if (sub.length == 0) {
            return Math.min(end - start + 1L, max);
        }
        long n = 0;
        for (int i = indexOf(t, sub, start, end); i >= 0 && n < max; i = indexOf(t, sub, i + sub.length, end)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- split, join, strip, replace

    static long split(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, boolean right) {
        long[] a = MethodArgs.keywords(s, right ? "rsplit" : "split", args, kwargs, 0, "sep", "maxsplit");
        long maxsplit = a[1] == 0 ? -1 : SeqIndex.ssizeArg(s, a[1]);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        byte[] t = k.read(self);
        byte[] sep = a[0] == 0 || a[0] == s.space().none() ? null : ByteMethods.buffer(s, a[0]);
        if (sep != null && sep.length == 0) {
            throw Errors.valueError(s, "empty separator");
        }
        List<int[]> spans = new ArrayList<>();
        int n = t.length;
        if (sep == null) {
            if (!right) {
                int i = 0;
                while (true) {
                    while (i < n && ByteMethods.isSpace(t[i])) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    if (spans.size() == maxsplit) {
                        spans.add(new int[] {i, n});
                        break;
                    }
                    int j = i;
                    while (j < n && !ByteMethods.isSpace(t[j])) {
                        j++;
                    }
                    spans.add(new int[] {i, j});
                    i = j;
                }
            } else {
                int j = n;
                while (true) {
                    while (j > 0 && ByteMethods.isSpace(t[j - 1])) {
                        j--;
                    }
                    if (j == 0) {
                        break;
                    }
                    if (spans.size() == maxsplit) {
                        spans.add(new int[] {0, j});
                        break;
                    }
                    int i = j;
                    while (i > 0 && !ByteMethods.isSpace(t[i - 1])) {
                        i--;
                    }
                    spans.add(new int[] {i, j});
                    j = i;
                }
            }
        } else if (!right) {
            int i = 0;
            while (spans.size() < maxsplit) {
                int at = indexOf(t, sep, i, n);
                if (at < 0) {
                    break;
                }
                spans.add(new int[] {i, at});
                i = at + sep.length;
            }
            spans.add(new int[] {i, n});
        } else {
            int j = n;
            while (spans.size() < maxsplit) {
                int at = lastIndexOf(t, sep, 0, j);
                if (at < 0) {
                    break;
                }
                spans.add(new int[] {at + sep.length, j});
                j = at;
            }
            spans.add(new int[] {0, j});
        }
        if (right) {
            java.util.Collections.reverse(spans);
        }
        return listOfSpans(s, k, t, spans);
    }

    private static long listOfSpans(ObjectState s, ByteMethods.Kind k, byte[] t, List<int[]> spans) {
        long list = ListType.newList(s);
        try {
            for (int[] span : spans) {
                long item = k.make(s, t, span[0], span[1]);
                try {
                    ListType.append(s, list, item);
                } finally {
                    Objects.decref(s, item);
                }
            }
        } catch (RuntimeException e) {
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    static long splitlines(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k) {
        long[] a = MethodArgs.keywords(s, "splitlines", args, kwargs, 0, "keepends");
        boolean keepends = false;
        if (a[0] != 0) {
            long i = Abstract.index(s, a[0]);
            keepends = Abstract.isTrue(s, i);
            Objects.decref(s, i);
        }
        byte[] t = k.read(self);
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < t.length) {
            int j = i;
            while (j < t.length && t[j] != '\n' && t[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < t.length) {
                j += t[j] == '\r' && j + 1 < t.length && t[j + 1] == '\n' ? 2 : 1;
                if (keepends) {
                    eol = j;
                }
            }
            spans.add(new int[] {i, eol});
            i = j;
        }
        return listOfSpans(s, k, t, spans);
    }

    static long join(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k) {
        long iterable = MethodArgs.one(s, k.name + ".join", args, kwargs);
        long[] items = Sequences.toArray(s, iterable, "can only join an iterable");
        try {
            byte[] sep = k.read(self);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                byte[] b = ByteMethods.bytesLike(s, items[i]);
                if (b == null) {
                    throw Errors.typeError(s, "sequence item " + i + ": expected a bytes-like object, "
                            + Objects.typeNameOf(items[i]) + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b);
            }
            if (k == ByteMethods.Kind.BYTES && items.length == 1
                    && Objects.type(items[0]) == s.space().type(BuiltinType.BYTES)) {
                return Objects.newRef(items[0]);
            }
            return k.make(s, out.toByteArray());
        } finally {
            Sequences.release(s, items);
        }
    }

    static long strip(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, String name, boolean left,
            boolean right) {
        long chars = MethodArgs.positional(s, name, args, kwargs, 0, 1)[0];
        byte[] set = chars == 0 || chars == s.space().none() ? null : ByteMethods.buffer(s, chars);
        byte[] t = k.read(self);
        int i = 0;
        int j = t.length;
        while (left && i < j && stripped(t[i], set)) {
            i++;
        }
        while (right && j > i && stripped(t[j - 1], set)) {
            j--;
        }
        return sameOrSlice(s, self, k, t, i, j);
    }

    private static boolean stripped(byte c, byte[] set) {
        if (set == null) {
            return ByteMethods.isSpace(c & 0xff);
        }
        for (byte x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** {@code t[i:j]} of the receiver's type; the receiver itself for an unchanged exact bytes. */
    static long sameOrSlice(ObjectState s, long self, ByteMethods.Kind k, byte[] t, int i, int j) {
        if (k == ByteMethods.Kind.BYTES && i == 0 && j == t.length
                && Objects.type(self) == s.space().type(BuiltinType.BYTES)) {
            return Objects.newRef(self);
        }
        return k.make(s, t, i, j);
    }

    static long replace(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k) {
        long[] a = MethodArgs.positional(s, "replace", args, kwargs, 2, 3);
        byte[] old = ByteMethods.buffer(s, a[0]);
        byte[] rep = ByteMethods.buffer(s, a[1]);
        long max = a[2] == 0 ? -1 : SeqIndex.ssizeArg(s, a[2]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        byte[] t = k.read(self);
        long n = countOf(t, old, 0, t.length, max);
        if (n == 0) {
            return sameOrSlice(s, self, k, t, 0, t.length);
        }
        if (t.length + n * ((long) rep.length - old.length) > Integer.MAX_VALUE - 16) {
            throw Errors.overflowError(s, "replace bytes is too long");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        if (old.length == 0) {
            for (long c = 0; c < n; c++) {
                out.writeBytes(rep);
                if (i < t.length) {
                    out.write(t[i++]);
                }
            }
        } else {
            for (long c = 0; c < n; c++) {
                int at = indexOf(t, old, i, t.length);
                out.write(t, i, at - i);
                out.writeBytes(rep);
                i = at + old.length;
            }
        }
        out.write(t, i, t.length - i);
        return k.make(s, out.toByteArray());
    }

    // ---------------------------------------------------------------- find family

    static long find(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, String name, boolean reverse,
            boolean raise) {
        long[] a = MethodArgs.tuple(s, name, args, kwargs, 1, 3);
        byte[] sub = ByteMethods.subArg(s, a[0]);
        byte[] t = k.read(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        long at = -1;
        if (r[0] <= r[1]) {
            at = reverse ? lastIndexOf(t, sub, (int) r[0], (int) r[1]) : indexOf(t, sub, (int) r[0], (int) r[1]);
        }
        if (at < 0 && raise) {
            throw Errors.valueError(s, "subsection not found");
        }
        return IntType.fromLong(s, at);
    }

    static long count(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k) {
        long[] a = MethodArgs.tuple(s, "count", args, kwargs, 1, 3);
        byte[] sub = ByteMethods.subArg(s, a[0]);
        byte[] t = k.read(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        if (r[0] > t.length) {
            return IntType.fromLong(s, 0);
        }
        return IntType.fromLong(s, countOf(t, sub, (int) r[0], (int) r[1], Long.MAX_VALUE));
    }

    static long startsWith(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, String name,
            boolean end) {
        long[] a = MethodArgs.tuple(s, name, args, kwargs, 1, 3);
        byte[] t = k.read(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        if (TupleType.check(a[0])) {
            for (long i = 0, n = TupleType.size(a[0]); i < n; i++) {
                if (tailMatch(t, ByteMethods.buffer(s, TupleType.getItem(a[0], i)), r[0], r[1], end)) {
                    return s.space().trueObject();
                }
            }
            return s.space().falseObject();
        }
        byte[] prefix = ByteMethods.bytesLike(s, a[0]);
        if (prefix == null) {
            throw Errors.typeError(s, name + " first arg must be bytes or a tuple of bytes, not "
                    + Objects.typeNameOf(a[0]));
        }
        return s.space().bool(tailMatch(t, prefix, r[0], r[1], end));
    }

    private static boolean tailMatch(byte[] t, byte[] sub, long start, long end, boolean atEnd) {
        if (end - start < sub.length || start > t.length) {
            return false;
        }
        int at = (int) (atEnd ? end - sub.length : start);
        return java.util.Arrays.equals(t, at, at + sub.length, sub, 0, sub.length);
    }

    static long partition(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, boolean right) {
        long sepObj = MethodArgs.one(s, k.name + (right ? ".rpartition" : ".partition"), args, kwargs);
        byte[] sep = ByteMethods.buffer(s, sepObj);
        if (sep.length == 0) {
            throw Errors.valueError(s, "empty separator");
        }
        byte[] t = k.read(self);
        int at = right ? lastIndexOf(t, sep, 0, t.length) : indexOf(t, sep, 0, t.length);
        long[] parts = new long[3];
        try {
            if (at < 0) {
                parts[right ? 2 : 0] = sameOrSlice(s, self, k, t, 0, t.length);
                parts[1] = k.make(s, new byte[0]);
                parts[right ? 0 : 2] = k.make(s, new byte[0]);
            } else {
                parts[0] = k.make(s, t, 0, at);
                parts[1] = k == ByteMethods.Kind.BYTES && BytesType.check(sepObj)
                        && Objects.type(sepObj) == s.space().type(BuiltinType.BYTES) ? Objects.newRef(sepObj)
                        : k.make(s, sep);
                parts[2] = k.make(s, t, at + sep.length, t.length);
            }
            return TupleType.pack(s, parts);
        } finally {
            for (long p : parts) {
                Objects.xdecref(s, p);
            }
        }
    }

    static long removeAffix(ObjectState s, long self, long args, long kwargs, ByteMethods.Kind k, String name,
            boolean suffix) {
        byte[] affix = ByteMethods.buffer(s, MethodArgs.one(s, k.name + "." + name, args, kwargs));
        byte[] t = k.read(self);
        if (affix.length > 0 && tailMatch(t, affix, 0, t.length, suffix)) {
            return suffix ? k.make(s, t, 0, t.length - affix.length) : k.make(s, t, affix.length, t.length);
        }
        return sameOrSlice(s, self, k, t, 0, t.length);
    }
}
