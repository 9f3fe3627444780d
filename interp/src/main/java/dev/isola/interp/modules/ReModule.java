package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.BytesType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.ExceptionTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * {@code re}: CPython 3.11's regular expressions over {@code java.util.regex}. Patterns are
 * translated ({@link RegexTranslator}) and compiled once; the module-level functions go
 * through a cache, {@code re._cache}, a dict from {@code (type, pattern, flags)} to the
 * compiled {@code re.Pattern} holding at most 512 entries (the oldest dropped first), as in
 * {@code re/__init__.py}. The flags are plain ints ({@code re.I == 2}), not {@code RegexFlag}
 * members. Types: {@link RePattern}, {@link ReMatch}, and {@code re.error}, an exception with
 * CPython's {@code msg}, {@code pattern}, {@code pos}, {@code lineno} and {@code colno}.
 */
public final class ReModule {
    private static final int MAXCACHE = 512;
    private static final List<String> FLAG_NAMES = List.of("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE",
            "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII");
    private static final List<String> FLAG_SHORT = List.of("T", "I", "L", "M", "S", "U", "X", "", "A");

    private ReModule() {}

    static ModuleDef def() {
        return new ModuleDef("re", List.of(
                new MethodDef("compile", (s, m, a, k) -> {
                    long[] v = Args.function(s, "compile", a, k, 1, "pattern", "flags");
                    return compile(s, m, v[0], v[1]);
                }),
                new MethodDef("match", (s, m, a, k) -> call(s, m, "match", a, k)),
                new MethodDef("search", (s, m, a, k) -> call(s, m, "search", a, k)),
                new MethodDef("fullmatch", (s, m, a, k) -> call(s, m, "fullmatch", a, k)),
                new MethodDef("findall", (s, m, a, k) -> call(s, m, "findall", a, k)),
                new MethodDef("finditer", (s, m, a, k) -> call(s, m, "finditer", a, k)),
                new MethodDef("split", ReModule::split),
                new MethodDef("sub", (s, m, a, k) -> sub(s, m, "sub", a, k)),
                new MethodDef("subn", (s, m, a, k) -> sub(s, m, "subn", a, k)),
                new MethodDef("escape", (s, m, a, k) -> escape(s, Args.function(s, "escape", a, k, 1, "pattern")[0])),
                new MethodDef("purge", (s, m, a, k) -> {
                    Args.function(s, "purge", a, k, 0);
                    DictType.clear(s, cache(s, m));
                    return Objects.newRef(s.space().none());
                })),
                ReModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        for (int i = 0; i < FLAG_NAMES.size(); i++) {
            long v = IntType.fromLong(s, 1L << i);
            try {
                DictType.setItemString(s, dict, FLAG_NAMES.get(i), v);
                if (!FLAG_SHORT.get(i).isEmpty()) {
                    DictType.setItemString(s, dict, FLAG_SHORT.get(i), v);
                }
            } finally {
                Objects.decref(s, v);
            }
        }
        DictType.setItemString(s, dict, "NOFLAG", s.space().smallInt(0));
        DictType.setItemString(s, dict, "Pattern", s.space().type(BuiltinType.RE_PATTERN));
        DictType.setItemString(s, dict, "Match", s.space().type(BuiltinType.RE_MATCH));
        DictType.setItemString(s, dict, "error", s.space().type(BuiltinType.RE_ERROR));
        long cache = DictType.newDict(s);
        try {
            DictType.setItemString(s, dict, "_cache", cache);
        } finally {
            Objects.decref(s, cache);
        }
    }

    /** The behaviour of an {@code re} type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case RE_PATTERN -> RePattern.slots();
            case RE_MATCH -> ReMatch.slots();
            case RE_SCANNER -> RePattern.scannerSlots();
            default -> null;
        };
    }

    private static long cache(ObjectState s, long module) {
        long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
        long c = DictType.getItemString(s, dict, "_cache");
        if (c == 0 || !DictType.check(c)) {
            c = DictType.newDict(s);
            try {
                DictType.setItemString(s, dict, "_cache", c);
            } finally {
                Objects.decref(s, c);
            }
        }
        return c;
    }

    /** {@code re._compile(pattern, flags)}: a new reference to a Pattern, from the cache when there. */
    static long compile(ObjectState s, long module, long pattern, long flagsObj) {
        long flags = flagsObj == 0 ? 0 : Args.ssize(s, flagsObj);
        if (Objects.type(pattern) == s.space().type(BuiltinType.RE_PATTERN)) {
            if (flags != 0) {
                throw Errors.valueError(s, "cannot process flags argument with a compiled pattern");
            }
            return Objects.newRef(pattern);
        }
        if (!StrType.check(pattern) && !BytesType.check(pattern)) {
            throw Errors.typeError(s, "first argument must be string or compiled pattern");
        }
        long cache = cache(s, module);
        long f = IntType.fromLong(s, flags);
        long key;
        try {
            key = TupleType.pack(s, Objects.type(pattern), pattern, f);
        } finally {
            Objects.decref(s, f);
        }
        try {
            long hit = DictType.getItem(s, cache, key);
            if (hit != 0) {
                return Objects.newRef(hit);
            }
            long p = compileNew(s, pattern, (int) flags);
            try {
                if (DictType.size(cache) >= MAXCACHE) {
                    long[] cursor = new long[3];
                    if (DictType.next(cache, cursor)) {
                        DictType.delItem(s, cache, cursor[1]);
                    }
                }
                DictType.setItem(s, cache, key, p);
            } catch (RuntimeException e) {
                Objects.decref(s, p);
                throw e;
            }
            return p;
        } finally {
            Objects.decref(s, key);
        }
    }

    /** Translates and compiles {@code pattern} (str or bytes, borrowed) into a new Pattern. */
    static long compileNew(ObjectState s, long pattern, int flags) {
        boolean text = StrType.check(pattern);
        int[] cps;
        if (text) {
            cps = StrType.codePoints(pattern);
        } else {
            byte[] b = BytesType.toArray(pattern);
            cps = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                cps[i] = b[i] & 0xff;
            }
        }
        ReCompiled compiled;
        try {
            compiled = new ReCompiled(RegexTranslator.translate(cps, text, flags), text);
        } catch (RegexSource.Error e) {
            throw error(s, e.msg, e.pos < 0 ? 0 : pattern, e.pos, cps);
        } catch (RegexTranslator.RegexValueError e) {
            throw Errors.valueError(s, e.getMessage());
        } catch (RegexTranslator.RegexOverflow e) {
            throw Errors.overflowError(s, e.getMessage());
        } catch (PatternSyntaxException e) {
            throw error(s, e.getDescription(), 0, -1, cps);
        }
        return RePattern.create(s, pattern, compiled);
    }

    /** {@code re.error(msg, pattern, pos)}: the message gains the position, and line and column for multi-line patterns. */
    static PyException error(ObjectState s, String msg, long pattern, int pos, int[] cps) {
        String full = msg;
        int line = 1;
        int col = pos + 1;
        boolean multiline = false;
        if (pattern != 0) {
            for (int i = 0; i < cps.length; i++) {
                if (cps[i] == '\n') {
                    multiline = true;
                    if (i < pos) {
                        line++;
                        col = pos - i;
                    }
                }
            }
            full = msg + " at position " + pos + (multiline ? " (line " + line + ", column " + col + ")" : "");
        }
        PyException e = Errors.raise(s, BuiltinType.RE_ERROR, full);
        long exc = e.exception();
        long none = s.space().none();
        long m = StrType.fromJava(s, msg);
        long p = pattern == 0 ? 0 : IntType.fromLong(s, pos);
        long l = pattern == 0 ? 0 : IntType.fromLong(s, line);
        long c = pattern == 0 ? 0 : IntType.fromLong(s, col);
        try {
            ExceptionTypes.setAttribute(s, exc, "msg", m);
            ExceptionTypes.setAttribute(s, exc, "pattern", pattern == 0 ? none : pattern);
            ExceptionTypes.setAttribute(s, exc, "pos", pattern == 0 ? none : p);
            ExceptionTypes.setAttribute(s, exc, "lineno", pattern == 0 ? none : l);
            ExceptionTypes.setAttribute(s, exc, "colno", pattern == 0 ? none : c);
        } finally {
            Objects.decref(s, m);
            Objects.xdecref(s, p);
            Objects.xdecref(s, l);
            Objects.xdecref(s, c);
        }
        return e;
    }

    /** {@code re.match(pattern, string, flags=0)} and its siblings: compile, then the Pattern method. */
    private static long call(ObjectState s, long module, String name, long args, long kwargs) {
        long[] v = Args.function(s, name, args, kwargs, 2, "pattern", "string", "flags");
        long p = compile(s, module, v[0], v[2]);
        try {
            return RePattern.dispatch(s, p, name, v[1]);
        } finally {
            Objects.decref(s, p);
        }
    }

    private static long split(ObjectState s, long module, long args, long kwargs) {
        long[] v = Args.function(s, "split", args, kwargs, 2, "pattern", "string", "maxsplit", "flags");
        long p = compile(s, module, v[0], v[3]);
        try {
            return ReSub.split(s, p, v[1], v[2] == 0 ? 0 : Args.ssize(s, v[2]));
        } finally {
            Objects.decref(s, p);
        }
    }

    private static long sub(ObjectState s, long module, String name, long args, long kwargs) {
        long[] v = Args.function(s, name, args, kwargs, 3, "pattern", "repl", "string", "count", "flags");
        long p = compile(s, module, v[0], v[4]);
        try {
            return ReSub.sub(s, p, v[1], v[2], v[3] == 0 ? 0 : Args.ssize(s, v[3]), name.equals("subn"));
        } finally {
            Objects.decref(s, p);
        }
    }

    /** {@code re.escape}: a backslash before each of {@code ()[]{}?*+-|^$\.&~# \t\n\r\v\f}. */
    private static long escape(ObjectState s, long pattern) {
        String special = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";
        boolean text = StrType.check(pattern);
        if (!text && !BytesType.check(pattern)) {
            throw Errors.typeError(s, "expected string or bytes-like object, got '" + Objects.typeNameOf(pattern)
                    + "'");
        }
        ReSubject subject = ReSubject.of(s, pattern, text);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < subject.java.length(); i++) {
            char c = subject.java.charAt(i);
            if (special.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return subject.make(s, b.toString());
    }

    /** Python's repr of a flags value ({@code re.IGNORECASE|re.MULTILINE}), leaving out UNICODE for str patterns. */
    static String flagsRepr(long flags, boolean text) {
        if (text) {
            flags &= ~RegexTranslator.UNICODE;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < FLAG_NAMES.size(); i++) {
            if ((flags & (1L << i)) != 0) {
                b.append(b.isEmpty() ? "" : "|").append("re.").append(FLAG_NAMES.get(i));
                flags &= ~(1L << i);
            }
        }
        if (flags != 0) {
            b.append(b.isEmpty() ? "" : "|").append("0x").append(Long.toHexString(flags));
        }
        return b.toString();
    }
}
