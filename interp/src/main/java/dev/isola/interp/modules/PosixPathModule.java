package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.FloatType;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.SliceType;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * {@code posixpath}, which {@code os} makes {@code os.path}: the string functions of
 * {@link PosixPaths} bound as CPython's Python functions (same parameter names and messages)
 * and the queries of {@code genericpath} ({@code exists}, {@code isdir}, {@code getsize} …)
 * over {@link OsFiles}. Paths are str or {@code os.PathLike} giving str; bytes are refused with
 * a TypeError. Stateless.
 */
final class PosixPathModule {
    private PosixPathModule() {}

    static ModuleDef def() {
        List<MethodDef> f = new ArrayList<>();
        string(f, "normcase", "s", p -> p);
        string(f, "basename", "p", PosixPaths::basename);
        string(f, "dirname", "p", PosixPaths::dirname);
        string(f, "normpath", "path", PosixPaths::normpath);
        pair(f, "split", PosixPaths::split);
        pair(f, "splitext", PosixPaths::splitext);
        pair(f, "splitdrive", p -> new String[] {"", p});
        f.add(new MethodDef("isabs", (s, m, a, k) -> bool(s, PosixPaths.isabs(str(s, one(s, "isabs", "s", a, k))))));
        f.add(new MethodDef("abspath", (s, m, a, k) -> StrType.fromJava(s,
                PosixPaths.abspath(cwd(s), str(s, one(s, "abspath", "path", a, k))))));
        f.add(new MethodDef("expanduser", (s, m, a, k) -> StrType.fromJava(s,
                PosixPaths.expanduser(str(s, one(s, "expanduser", "path", a, k)), home(s)))));
        f.add(new MethodDef("expandvars", (s, m, a, k) -> StrType.fromJava(s,
                PosixPaths.expandvars(str(s, one(s, "expandvars", "path", a, k)),
                        name -> OsModule.getenv(InterpreterState.of(s), name)))));
        f.add(new MethodDef("join", PosixPathModule::join));
        f.add(new MethodDef("relpath", PosixPathModule::relpath));
        f.add(new MethodDef("commonpath", PosixPathModule::commonpath));
        f.add(new MethodDef("commonprefix", PosixPathModule::commonprefix));
        f.add(new MethodDef("realpath", PosixRealpath::realpath));
        query(f, "exists", "path", true, st -> st != null);
        query(f, "lexists", "path", false, st -> st != null);
        query(f, "isfile", "path", true, st -> st != null && st.isRegular());
        query(f, "isdir", "s", true, st -> st != null && st.isDir());
        query(f, "islink", "path", false, st -> st != null && st.isLink());
        f.add(new MethodDef("getsize", (s, m, a, k) -> IntType.fromLong(s, stat(s, "getsize", a, k).size())));
        f.add(new MethodDef("getmtime", (s, m, a, k) -> time(s, stat(s, "getmtime", a, k).mtimeNs())));
        f.add(new MethodDef("getatime", (s, m, a, k) -> time(s, stat(s, "getatime", a, k).atimeNs())));
        f.add(new MethodDef("getctime", (s, m, a, k) -> time(s, stat(s, "getctime", a, k).ctimeNs())));
        f.add(new MethodDef("samefile", (s, m, a, k) -> {
            long[] args = Args.function(s, "samefile", a, k, 2, "f1", "f2");
            OsStat.Stat s1 = OsFiles.stat(s, OsFiles.path(s, "stat", args[0], OsFiles.PATH_OR_FD), true);
            OsStat.Stat s2 = OsFiles.stat(s, OsFiles.path(s, "stat", args[1], OsFiles.PATH_OR_FD), true);
            return bool(s, s1.ino() == s2.ino() && s1.dev() == s2.dev());
        }));
        return new ModuleDef("posixpath", List.copyOf(f), PosixPathModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        String[][] constants = {{"curdir", "."}, {"pardir", ".."}, {"extsep", "."}, {"sep", "/"}, {"pathsep", ":"},
            {"defpath", "/bin:/usr/bin"}, {"devnull", "/dev/null"}};
        for (String[] c : constants) {
            long v = StrType.fromJava(s, c[1]);
            try {
                DictType.setItemString(s, dict, c[0], v);
            } finally {
                Objects.decref(s, v);
            }
        }
        DictType.setItemString(s, dict, "altsep", s.space().none());
        DictType.setItemString(s, dict, "supports_unicode_filenames", s.space().falseObject());
    }

    /** {@code os.fspath(o)} as a Java string; bytes paths are refused. */
    static String str(ObjectState s, long o) {
        long p = OsFiles.fspath(s, o);
        try {
            if (BytesType.check(p)) {
                throw Errors.typeError(s, "bytes paths are not supported");
            }
            return StrType.toJava(p);
        } finally {
            Objects.decref(s, p);
        }
    }

    static String cwd(ObjectState s) {
        return InterpreterState.of(s).workingDirectory().toString();
    }

    private static long one(ObjectState s, String fname, String param, long args, long kwargs) {
        return Args.function(s, fname, args, kwargs, 1, param)[0];
    }

    static long bool(ObjectState s, boolean b) {
        return Objects.newRef(b ? s.space().trueObject() : s.space().falseObject());
    }

    private static void string(List<MethodDef> into, String name, String param, UnaryOperator<String> fn) {
        into.add(new MethodDef(name, (s, m, a, k) -> StrType.fromJava(s, fn.apply(str(s, one(s, name, param, a, k))))));
    }

    private static void pair(List<MethodDef> into, String name, Function<String, String[]> fn) {
        into.add(new MethodDef(name, (s, m, a, k) -> {
            String[] r = fn.apply(str(s, one(s, name, "p", a, k)));
            long x = StrType.fromJava(s, r[0]);
            long y = StrType.fromJava(s, r[1]);
            try {
                return TupleType.pack(s, x, y);
            } finally {
                Objects.decref(s, x);
                Objects.decref(s, y);
            }
        }));
    }

    /** A genericpath query: {@code os.stat} (or {@code lstat}), False where it raises OSError or ValueError. */
    private static void query(List<MethodDef> into, String name, String param, boolean follow,
            java.util.function.Predicate<OsStat.Stat> test) {
        into.add(new MethodDef(name, (s, m, a, k) -> {
            long o = one(s, name, param, a, k);
            String path;
            try {
                path = OsFiles.path(s, follow ? "stat" : "lstat", o, follow ? OsFiles.PATH_OR_FD : OsFiles.PATH_ONLY);
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.VALUE_ERROR))) {
                    throw e;
                }
                e.release(s);
                return bool(s, false);
            }
            return bool(s, test.test(OsFiles.statOrNull(s, path, follow)));
        }));
    }

    private static OsStat.Stat stat(ObjectState s, String fname, long args, long kwargs) {
        long o = one(s, fname, "filename", args, kwargs);
        return OsFiles.stat(s, OsFiles.path(s, "stat", o, OsFiles.PATH_OR_FD), true);
    }

    private static long time(ObjectState s, long ns) {
        return FloatType.fromDouble(s, OsStat.Stat.seconds(ns));
    }

    /** The home directory of the current user ({@code null}: {@code $HOME}) or of a named one, from /etc/passwd. */
    private static Function<String, String> home(ObjectState s) {
        return user -> {
            if (user == null) {
                String home = OsModule.getenv(InterpreterState.of(s), "HOME");
                return home != null ? home : System.getProperty("user.home");
            }
            try {
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/etc/passwd"))) {
                    String[] f = line.split(":", -1);
                    if (f.length >= 7 && f[0].equals(user)) {
                        return f[5];
                    }
                }
            } catch (java.io.IOException e) {
                return null;
            }
            return null;
        };
    }

    /** {@code join(a, *p)}. */
    private static long join(ObjectState s, long module, long args, long kwargs) {
        if (kwargs != 0 && DictType.size(kwargs) != 0) {
            long[] cursor = new long[3];
            DictType.next(kwargs, cursor);
            throw Errors.typeError(s, "join() got an unexpected keyword argument '" + StrType.toJava(cursor[1]) + "'");
        }
        long n = TupleType.size(args);
        if (n == 0) {
            throw Errors.typeError(s, "join() missing 1 required positional argument: 'a'");
        }
        String a = str(s, TupleType.getItem(args, 0));
        List<String> rest = new ArrayList<>();
        for (long i = 1; i < n; i++) {
            long o = TupleType.getItem(args, i);
            if (!StrType.check(o) && !(HeapTypes.lookup(s, Objects.type(o), "__fspath__") != 0)) {
                throw Errors.typeError(s, "join() argument must be str, bytes, or os.PathLike object, not '"
                        + Objects.typeNameOf(o) + "'");
            }
            rest.add(str(s, o));
        }
        return StrType.fromJava(s, PosixPaths.join(a, rest));
    }

    private static long relpath(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "relpath", args, kwargs, 1, "path", "start");
        if (!Abstract.isTrue(s, a[0])) {
            throw Errors.valueError(s, "no path specified");
        }
        String path = str(s, a[0]);
        String start = a[1] == 0 || a[1] == s.space().none() ? "." : str(s, a[1]);
        return StrType.fromJava(s, PosixPaths.relpath(cwd(s), path, start));
    }

    private static long commonpath(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "commonpath", args, kwargs, 1, "paths");
        if (!Abstract.isTrue(s, a[0])) {
            throw Errors.valueError(s, "commonpath() arg is an empty sequence");
        }
        List<String> paths = new ArrayList<>();
        long it = Abstract.iter(s, a[0]);
        try {
            for (long p = Abstract.next(s, it); p != 0; p = Abstract.next(s, it)) {
                try {
                    paths.add(str(s, p));
                } finally {
                    Objects.decref(s, p);
                }
            }
        } finally {
            Objects.decref(s, it);
        }
        try {
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("Can't mix absolute and relative paths");
            }
            return StrType.fromJava(s, PosixPaths.commonpath(paths));
        } catch (IllegalArgumentException e) {
            throw Errors.valueError(s, e.getMessage());
        }
    }

    /** {@code commonprefix(m)}: of strings, or item by item of lists or tuples. */
    private static long commonprefix(ObjectState s, long module, long args, long kwargs) {
        long m = Args.function(s, "commonprefix", args, kwargs, 1, "m")[0];
        if (!Abstract.isTrue(s, m)) {
            return StrType.fromJava(s, "");
        }
        long list = ListType.newList(s);
        try {
            ListType.extend(s, list, m);
            long first = ListType.getItem(list, 0);
            if (!ListType.check(first) && !TupleType.check(first)) {
                List<String> strs = new ArrayList<>();
                for (long i = 0; i < ListType.size(list); i++) {
                    strs.add(str(s, ListType.getItem(list, i)));
                }
                return StrType.fromJava(s, PosixPaths.commonprefix(strs));
            }
            return commonSequencePrefix(s, list);
        } finally {
            Objects.decref(s, list);
        }
    }

    /** {@code s1[:i]} for the min and max of the sequences in {@code list}, where they first differ. */
    private static long commonSequencePrefix(ObjectState s, long list) {
        long s1 = ListType.getItem(list, 0);
        long s2 = s1;
        for (long i = 1; i < ListType.size(list); i++) {
            long x = ListType.getItem(list, i);
            if (Abstract.richCompareBool(s, x, s1, CompareOp.LT)) {
                s1 = x;
            }
            if (Abstract.richCompareBool(s, x, s2, CompareOp.GT)) {
                s2 = x;
            }
        }
        long n = Abstract.length(s, s1);
        long i = 0;
        for (; i < n; i++) {
            long k = IntType.fromLong(s, i);
            long c1 = 0;
            long c2 = 0;
            try {
                c1 = Abstract.getItem(s, s1, k);
                c2 = Abstract.getItem(s, s2, k);
                if (Abstract.richCompareBool(s, c1, c2, CompareOp.NE)) {
                    break;
                }
            } finally {
                Objects.decref(s, k);
                Objects.xdecref(s, c1);
                Objects.xdecref(s, c2);
            }
        }
        if (i == n) {
            return Objects.newRef(s1);
        }
        long stop = IntType.fromLong(s, i);
        long slice = SliceType.newSlice(s, 0, stop, 0);
        try {
            return Abstract.getItem(s, s1, slice);
        } finally {
            Objects.decref(s, slice);
            Objects.decref(s, stop);
        }
    }
}
