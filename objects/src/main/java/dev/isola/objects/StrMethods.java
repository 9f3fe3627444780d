package dev.isola.objects;

/**
 * The splitting, joining, stripping and padding methods of {@code str} (CPython's
 * {@code unicodeobject.c} and {@code stringlib}): {@code split rsplit splitlines join strip
 * lstrip rstrip zfill ljust rjust center expandtabs}, and the table of every str method this file,
 * {@link StrSearch} and {@link StrTranslate} implement. The case methods and predicates are in {@link StrCase}.
 *
 * <p>Each works on the code points copied to a Java {@code int[]} (one pass, as the methods are
 * O(n) anyway) and builds its result with {@link StrType#substring} or {@link StrBuilder}.
 * Stateless.
 */
final class StrMethods {
    private StrMethods() {}

    static void register(MethodArgs.Registrar b) {
        b.method("split", (s, self, a, k) -> split(s, self, a, k, false))
                .method("rsplit", (s, self, a, k) -> split(s, self, a, k, true))
                .method("splitlines", StrMethods::splitlines)
                .method("join", StrMethods::join)
                .method("strip", (s, self, a, k) -> strip(s, self, a, k, "strip", true, true))
                .method("lstrip", (s, self, a, k) -> strip(s, self, a, k, "lstrip", true, false))
                .method("rstrip", (s, self, a, k) -> strip(s, self, a, k, "rstrip", false, true))
                .method("replace", StrSearch::replace)
                .method("find", (s, self, a, k) -> StrSearch.find(s, self, a, k, "find", false, false))
                .method("rfind", (s, self, a, k) -> StrSearch.find(s, self, a, k, "rfind", true, false))
                .method("index", (s, self, a, k) -> StrSearch.find(s, self, a, k, "index", false, true))
                .method("rindex", (s, self, a, k) -> StrSearch.find(s, self, a, k, "rindex", true, true))
                .method("count", StrSearch::count)
                .method("startswith", (s, self, a, k) -> StrSearch.startsWith(s, self, a, k, "startswith", false))
                .method("endswith", (s, self, a, k) -> StrSearch.startsWith(s, self, a, k, "endswith", true))
                .method("partition", (s, self, a, k) -> StrSearch.partition(s, self, a, k, false))
                .method("rpartition", (s, self, a, k) -> StrSearch.partition(s, self, a, k, true))
                .method("removeprefix", (s, self, a, k) -> StrSearch.removeAffix(s, self, a, k, "removeprefix", false))
                .method("removesuffix", (s, self, a, k) -> StrSearch.removeAffix(s, self, a, k, "removesuffix", true))
                .method("zfill", StrMethods::zfill)
                .method("ljust", (s, self, a, k) -> pad(s, self, a, k, "ljust"))
                .method("rjust", (s, self, a, k) -> pad(s, self, a, k, "rjust"))
                .method("center", (s, self, a, k) -> pad(s, self, a, k, "center"))
                .method("expandtabs", StrMethods::expandTabs)
                .method("translate", StrTranslate::translate);
    }

    // ---------------------------------------------------------------- argument helpers

    /** A str argument of a method ("must be str, not int" unless a message is given). */
    static long strArg(ObjectState s, long arg, String prefix) {
        if (!StrType.check(arg)) {
            throw Errors.typeError(s, prefix + "must be str, not " + Objects.typeNameOf(arg));
        }
        return arg;
    }

    /** A new list that takes over the str references in {@code items} (each already new). */
    static long listOf(ObjectState s, java.util.List<Long> items) {
        long list = ListType.newList(s);
        try {
            for (int i = 0; i < items.size(); i++) {
                long item = items.get(i);
                items.set(i, 0L);
                try {
                    ListType.append(s, list, item);
                } finally {
                    Objects.decref(s, item);
                }
            }
        } catch (RuntimeException e) {
            for (long item : items) {
                Objects.xdecref(s, item);
            }
            Objects.decref(s, list);
            throw e;
        }
        return list;
    }

    // ---------------------------------------------------------------- split family

    static long split(ObjectState s, long self, long args, long kwargs, boolean right) {
        String name = right ? "rsplit" : "split";
        long[] a = MethodArgs.keywords(s, name, args, kwargs, 0, "sep", "maxsplit");
        long maxsplit = a[1] == 0 ? -1 : SeqIndex.ssizeArg(s, a[1]);
        int[] text = StrType.codePoints(self);
        if (maxsplit < 0) {
            maxsplit = Long.MAX_VALUE;
        }
        java.util.List<Long> parts = new java.util.ArrayList<>();
        try {
            if (a[0] == 0 || a[0] == s.space().none()) {
                splitWhitespace(s, self, text, maxsplit, right, parts);
            } else {
                int[] sep = StrType.codePoints(strArgOrNone(s, a[0]));
                if (sep.length == 0) {
                    throw Errors.valueError(s, "empty separator");
                }
                splitSep(s, self, text, sep, maxsplit, right, parts);
            }
        } catch (RuntimeException e) {
            parts.forEach(p -> Objects.decref(s, p));
            throw e;
        }
        if (right) {
            java.util.Collections.reverse(parts);
        }
        return listOf(s, parts);
    }

    private static long strArgOrNone(ObjectState s, long arg) {
        if (!StrType.check(arg)) {
            throw Errors.typeError(s, "must be str or None, not " + Objects.typeNameOf(arg));
        }
        return arg;
    }

    private static void splitWhitespace(ObjectState s, long self, int[] t, long maxsplit, boolean right,
            java.util.List<Long> parts) {
        int n = t.length;
        if (!right) {
            int i = 0;
            while (true) {
                while (i < n && UnicodeProps.isSpace(t[i])) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (parts.size() == maxsplit) {
                    parts.add(StrType.substring(s, self, i, n));
                    return;
                }
                int j = i;
                while (j < n && !UnicodeProps.isSpace(t[j])) {
                    j++;
                }
                parts.add(StrType.substring(s, self, i, j));
                i = j;
            }
        }
        int j = n;
        while (true) {
            while (j > 0 && UnicodeProps.isSpace(t[j - 1])) {
                j--;
            }
            if (j == 0) {
                return;
            }
            if (parts.size() == maxsplit) {
                parts.add(StrType.substring(s, self, 0, j));
                return;
            }
            int i = j;
            while (i > 0 && !UnicodeProps.isSpace(t[i - 1])) {
                i--;
            }
            parts.add(StrType.substring(s, self, i, j));
            j = i;
        }
    }

    private static void splitSep(ObjectState s, long self, int[] t, int[] sep, long maxsplit, boolean right,
            java.util.List<Long> parts) {
        if (!right) {
            int i = 0;
            while (parts.size() < maxsplit) {
                int at = StrSearch.indexOf(t, sep, i, t.length);
                if (at < 0) {
                    break;
                }
                parts.add(StrType.substring(s, self, i, at));
                i = at + sep.length;
            }
            parts.add(StrType.substring(s, self, i, t.length));
            return;
        }
        int j = t.length;
        while (parts.size() < maxsplit) {
            int at = StrSearch.lastIndexOf(t, sep, 0, j);
            if (at < 0) {
                break;
            }
            parts.add(StrType.substring(s, self, at + sep.length, j));
            j = at;
        }
        parts.add(StrType.substring(s, self, 0, j));
    }

    static long splitlines(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "splitlines", args, kwargs, 0, "keepends");
        boolean keepends = a[0] != 0 && keepEnds(s, a[0]);
        int[] t = StrType.codePoints(self);
        java.util.List<Long> parts = new java.util.ArrayList<>();
        try {
            int i = 0;
            while (i < t.length) {
                int j = i;
                while (j < t.length && !UnicodeProps.isLineBreak(t[j])) {
                    j++;
                }
                int eol = j;
                if (j < t.length) {
                    j += t[j] == '\r' && j + 1 < t.length && t[j + 1] == '\n' ? 2 : 1;
                    if (keepends) {
                        eol = j;
                    }
                }
                parts.add(StrType.substring(s, self, i, eol));
                i = j;
            }
        } catch (RuntimeException e) {
            parts.forEach(p -> Objects.decref(s, p));
            throw e;
        }
        return listOf(s, parts);
    }

    /** Clinic's {@code bool(accept={int})}: an int (or __index__) taken as a truth value. */
    private static boolean keepEnds(ObjectState s, long arg) {
        if (FloatType.check(s, arg)) {
            throw Errors.typeError(s, "integer argument expected, got float");
        }
        long i = Abstract.index(s, arg);
        try {
            return Abstract.isTrue(s, i);
        } finally {
            Objects.decref(s, i);
        }
    }

    static long join(ObjectState s, long self, long args, long kwargs) {
        long iterable = MethodArgs.one(s, "str.join", args, kwargs);
        long[] items = Sequences.toArray(s, iterable, "can only join an iterable");
        try {
            if (items.length == 1 && Objects.type(items[0]) == s.space().type(BuiltinType.STR)) {
                return Objects.newRef(items[0]);
            }
            StrBuilder out = new StrBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!StrType.check(items[i])) {
                    throw Errors.typeError(s, "sequence item " + i + ": expected str instance, "
                            + Objects.typeNameOf(items[i]) + " found");
                }
                if (i > 0) {
                    out.appendStr(self);
                }
                out.appendStr(items[i]);
            }
            return out.build(s);
        } finally {
            Sequences.release(s, items);
        }
    }

    // ---------------------------------------------------------------- strip

    static long strip(ObjectState s, long self, long args, long kwargs, String name, boolean left, boolean right) {
        long chars = MethodArgs.positional(s, name, args, kwargs, 0, 1)[0];
        int[] t = StrType.codePoints(self);
        int[] set = null;
        if (chars != 0 && chars != s.space().none()) {
            if (!StrType.check(chars)) {
                throw Errors.typeError(s, name + " arg must be None or str");
            }
            set = StrType.codePoints(chars);
        }
        int i = 0;
        int j = t.length;
        if (left) {
            while (i < j && stripped(t[i], set)) {
                i++;
            }
        }
        if (right) {
            while (j > i && stripped(t[j - 1], set)) {
                j--;
            }
        }
        return StrType.substring(s, self, i, j);
    }

    private static boolean stripped(int c, int[] set) {
        if (set == null) {
            return UnicodeProps.isSpace(c);
        }
        for (int x : set) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- padding

    static long zfill(ObjectState s, long self, long args, long kwargs) {
        long width = SeqIndex.ssizeArg(s, MethodArgs.one(s, "str.zfill", args, kwargs));
        long n = StrType.length(self);
        if (width <= n) {
            return StrType.substring(s, self, 0, n);
        }
        int[] t = StrType.codePoints(self);
        StrBuilder out = new StrBuilder(checkedWidth(s, width));
        int from = 0;
        if (t.length > 0 && (t[0] == '+' || t[0] == '-')) {
            out.append(t[0]);
            from = 1;
        }
        out.repeat('0', width - n).append(t, from, t.length);
        return out.build(s);
    }

    private static int checkedWidth(ObjectState s, long width) {
        if (width > Integer.MAX_VALUE - 8) {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.MEMORY_ERROR), s.space().emptyTuple());
        }
        return (int) width;
    }

    static long pad(ObjectState s, long self, long args, long kwargs, String name) {
        long[] a = MethodArgs.positional(s, name, args, kwargs, 1, 2);
        long width = SeqIndex.ssizeArg(s, a[0]);
        int fill = a[1] == 0 ? ' ' : fillChar(s, a[1]);
        long n = StrType.length(self);
        if (width <= n) {
            return StrType.substring(s, self, 0, n);
        }
        long margin = width - n;
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> margin;
            default -> margin / 2 + (margin & width & 1);
        };
        StrBuilder out = new StrBuilder(checkedWidth(s, width));
        out.repeat(fill, left).appendStr(self).repeat(fill, margin - left);
        return out.build(s);
    }

    /** The fill character argument of ljust/rjust/center. */
    static int fillChar(ObjectState s, long arg) {
        if (!StrType.check(arg)) {
            throw Errors.typeError(s, "The fill character must be a unicode character, not " + Objects.typeNameOf(arg));
        }
        if (StrType.length(arg) != 1) {
            throw Errors.typeError(s, "The fill character must be exactly one character long");
        }
        return StrType.codePointAt(arg, 0);
    }

    static long expandTabs(ObjectState s, long self, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "expandtabs", args, kwargs, 0, "tabsize");
        long tabsize = a[0] == 0 ? 8 : SeqIndex.intArg(s, a[0]);
        int[] t = StrType.codePoints(self);
        StrBuilder out = new StrBuilder(t.length);
        long column = 0;
        for (int c : t) {
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    if (out.length() + spaces > Integer.MAX_VALUE - 8) {
                        throw Errors.overflowError(s, "new string is too long");
                    }
                    out.repeat(' ', spaces);
                    column += spaces;
                }
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.build(s);
    }
}
