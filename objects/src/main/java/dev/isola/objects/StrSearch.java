package dev.isola.objects;

/**
 * The searching methods of {@code str}: {@code find rfind index rindex count startswith endswith
 * partition rpartition removeprefix removesuffix replace}, and the search primitives the other
 * str code uses. Searching is a plain scan with a first-character filter over the code points
 * copied to an {@code int[]}: O(n·m) in the worst case where CPython's two-way search is linear.
 * Stateless.
 */
final class StrSearch {
    private StrSearch() {}

    // ---------------------------------------------------------------- search primitives

    /** First index of {@code sub} in {@code text[start:end]}, or -1. */
    static int indexOf(int[] text, int[] sub, int start, int end) {
        int m = sub.length;
        if (m == 0) {
            return start <= end ? start : -1;
        }
        int first = sub[0];
        for (int i = start, last = end - m; i <= last; i++) {
            if (text[i] == first && regionMatches(text, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code sub} in {@code text[start:end]}, or -1. */
    static int lastIndexOf(int[] text, int[] sub, int start, int end) {
        int m = sub.length;
        if (m == 0) {
            return start <= end ? end : -1;
        }
        int first = sub[0];
        for (int i = end - m; i >= start; i--) {
            if (text[i] == first && regionMatches(text, i, sub)) {
                return i;
            }
        }
        return -1;
    }

    static boolean regionMatches(int[] text, int at, int[] sub) {
        for (int j = 1; j < sub.length; j++) {
            if (text[at + j] != sub[j]) {
                return false;
            }
        }
        return sub.length == 0 || text[at] == sub[0];
    }

    /** Non-overlapping occurrences of {@code sub} in {@code text[start:end]}, at most {@code max}. */
    static long countOf(int[] text, int[] sub, int start, int end, long max) {
        if (start > end) {
            return 0;
        }
        if (sub.length == 0) {
            return Math.min(end - start + 1L, max);
        }
        long n = 0;
        for (int i = indexOf(text, sub, start, end); i >= 0 && n < max; i = indexOf(text, sub, i + sub.length, end)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- find family

    static long find(ObjectState s, long self, long args, long kwargs, String name, boolean reverse, boolean raise) {
        long[] a = MethodArgs.tuple(s, name, args, kwargs, 1, 3);
        StrMethods.strArg(s, a[0], "");
        int[] t = StrType.codePoints(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        int[] sub = StrType.codePoints(a[0]);
        long at = -1;
        if (r[0] <= r[1]) {
            at = reverse ? lastIndexOf(t, sub, (int) r[0], (int) r[1]) : indexOf(t, sub, (int) r[0], (int) r[1]);
        }
        if (at < 0 && raise) {
            throw Errors.valueError(s, "substring not found");
        }
        return IntType.fromLong(s, at);
    }

    static long count(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.tuple(s, "count", args, kwargs, 1, 3);
        StrMethods.strArg(s, a[0], "");
        int[] t = StrType.codePoints(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        if (r[0] > t.length) {
            return IntType.fromLong(s, 0);
        }
        return IntType.fromLong(s, countOf(t, StrType.codePoints(a[0]), (int) r[0], (int) r[1], Long.MAX_VALUE));
    }

    static long startsWith(ObjectState s, long self, long args, long kwargs, String name, boolean end) {
        long[] a = MethodArgs.tuple(s, name, args, kwargs, 1, 3);
        int[] t = StrType.codePoints(self);
        long[] r = SeqIndex.range(s, a[1], a[2], t.length);
        if (TupleType.check(a[0])) {
            for (long i = 0, n = TupleType.size(a[0]); i < n; i++) {
                long prefix = TupleType.getItem(a[0], i);
                if (!StrType.check(prefix)) {
                    throw Errors.typeError(s, "tuple for " + name + " must only contain str, not "
                            + Objects.typeNameOf(prefix));
                }
                if (tailMatch(t, StrType.codePoints(prefix), r[0], r[1], end)) {
                    return s.space().trueObject();
                }
            }
            return s.space().falseObject();
        }
        if (!StrType.check(a[0])) {
            throw Errors.typeError(s, name + " first arg must be str or a tuple of str, not "
                    + Objects.typeNameOf(a[0]));
        }
        return s.space().bool(tailMatch(t, StrType.codePoints(a[0]), r[0], r[1], end));
    }

    /** CPython's {@code tailmatch}: does {@code text[start:end]} start (or end) with {@code sub}? */
    static boolean tailMatch(int[] text, int[] sub, long start, long end, boolean atEnd) {
        if (end - start < sub.length || start > text.length) {
            return false;
        }
        int at = (int) (atEnd ? end - sub.length : start);
        for (int j = 0; j < sub.length; j++) {
            if (text[at + j] != sub[j]) {
                return false;
            }
        }
        return true;
    }

    static long partition(ObjectState s, long self, long args, long kwargs, boolean right) {
        long sepObj = MethodArgs.one(s, right ? "str.rpartition" : "str.partition", args, kwargs);
        StrMethods.strArg(s, sepObj, "");
        int[] t = StrType.codePoints(self);
        int[] sep = StrType.codePoints(sepObj);
        if (sep.length == 0) {
            throw Errors.valueError(s, "empty separator");
        }
        int at = right ? lastIndexOf(t, sep, 0, t.length) : indexOf(t, sep, 0, t.length);
        long[] parts = new long[3];
        try {
            if (at < 0) {
                long whole = StrType.substring(s, self, 0, t.length);
                parts[right ? 2 : 0] = whole;
                parts[1] = s.space().emptyStr();
                parts[right ? 0 : 2] = s.space().emptyStr();
            } else {
                parts[0] = StrType.substring(s, self, 0, at);
                parts[1] = Objects.newRef(sepObj);
                parts[2] = StrType.substring(s, self, at + sep.length, t.length);
            }
            return TupleType.pack(s, parts);
        } finally {
            for (long p : parts) {
                Objects.xdecref(s, p);
            }
        }
    }

    static long removeAffix(ObjectState s, long self, long args, long kwargs, String name, boolean suffix) {
        long affix = MethodArgs.one(s, "str." + name, args, kwargs);
        if (!StrType.check(affix)) {
            throw Errors.typeError(s, name + "() argument must be str, not " + MethodArgs.clinicTypeName(s, affix));
        }
        int[] t = StrType.codePoints(self);
        int[] a = StrType.codePoints(affix);
        if (a.length > 0 && tailMatch(t, a, 0, t.length, suffix)) {
            return suffix ? StrType.substring(s, self, 0, t.length - a.length)
                    : StrType.substring(s, self, a.length, t.length);
        }
        return StrType.substring(s, self, 0, t.length);
    }

    static long replace(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.positional(s, "replace", args, kwargs, 2, 3);
        if (!StrType.check(a[0])) {
            throw Errors.typeError(s, "replace() argument 1 must be str, not " + MethodArgs.clinicTypeName(s, a[0]));
        }
        if (!StrType.check(a[1])) {
            throw Errors.typeError(s, "replace() argument 2 must be str, not " + MethodArgs.clinicTypeName(s, a[1]));
        }
        long max = a[2] == 0 ? -1 : SeqIndex.ssizeArg(s, a[2]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        int[] t = StrType.codePoints(self);
        int[] old = StrType.codePoints(a[0]);
        int[] rep = StrType.codePoints(a[1]);
        long n = countOf(t, old, 0, t.length, max);
        if (n == 0) {
            return StrType.substring(s, self, 0, t.length);
        }
        long newLength = t.length + n * ((long) rep.length - old.length);
        if (newLength > Integer.MAX_VALUE - 8) {
            throw Errors.overflowError(s, "replace string is too long");
        }
        StrBuilder out = new StrBuilder((int) newLength);
        int i = 0;
        if (old.length == 0) {
            for (long k = 0; k < n; k++) {
                out.append(rep, 0, rep.length);
                if (i < t.length) {
                    out.append(t[i++]);
                }
            }
            out.append(t, i, t.length);
            return out.build(s);
        }
        for (long k = 0; k < n; k++) {
            int at = indexOf(t, old, i, t.length);
            out.append(t, i, at).append(rep, 0, rep.length);
            i = at + old.length;
        }
        out.append(t, i, t.length);
        return out.build(s);
    }
}
