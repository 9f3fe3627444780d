package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.interp.eval.ModuleFinder;
import java.util.List;

/**
 * The {@code sys} module: the interpreter's standard streams ({@link StdStream}), {@code argv},
 * {@code modules}, {@code path}, the recursion limit, {@code exit()} and constants describing
 * the implementation. Each interpreter gets its own module object and streams.
 */
public final class SysModule {
    /** The CPython version Isola follows. */
    public static final String VERSION = "3.11.0 (Isola)";

    private SysModule() {}

    static ModuleDef def() {
        return new ModuleDef("sys", List.of(
                new MethodDef("exit", SysModule::exit),
                new MethodDef("getrecursionlimit", (s, m, args, kwargs) -> {
                    Args.none(s, "sys.getrecursionlimit", args, kwargs);
                    return IntType.fromLong(s, InterpreterState.of(s).recursionLimit());
                }),
                new MethodDef("setrecursionlimit", SysModule::setRecursionLimit),
                new MethodDef("excepthook", SysModule::excepthook),
                new MethodDef("__excepthook__", SysModule::excepthook),
                new MethodDef("getswitchinterval", (s, m, args, kwargs) -> {
                    Args.none(s, "sys.getswitchinterval", args, kwargs);
                    return dev.isola.objects.FloatType.fromDouble(s,
                            InterpreterState.of(s).lock().intervalNanos() / 1e9);
                }),
                new MethodDef("setswitchinterval", (s, m, args, kwargs) -> {
                    double v = dev.isola.objects.Abstract.asDouble(s, Args.one(s, "setswitchinterval", args, kwargs));
                    if (!(v > 0)) {
                        throw Errors.valueError(s, "switch interval must be strictly positive");
                    }
                    InterpreterState.of(s).lock().setIntervalNanos((long) (v * 1e9));
                    return Objects.newRef(s.space().none());
                }),
                new MethodDef("getrefcount", (s, m, args, kwargs) -> {
                    long o = Args.one(s, "sys.getrefcount", args, kwargs);
                    long refcnt = dev.isola.memory.Memory.getLong(o);
                    // Immortal objects report a large constant, as CPython 3.12+ does for its immortals.
                    return dev.isola.objects.IntType.fromLong(s, refcnt < 0 ? 4294967295L : refcnt);
                }),
                new MethodDef("getsizeof", (s, m, args, kwargs) -> {
                    long[] a = Args.positional(s, "getsizeof", args, kwargs, 1, 2);
                    long type = Objects.type(a[0]);
                    long size = dev.isola.memory.Memory.getLong(type + dev.isola.objects.TypeLayout.BASICSIZE_OFFSET);
                    long item = dev.isola.memory.Memory.getLong(type + dev.isola.objects.TypeLayout.ITEMSIZE_OFFSET);
                    if (item != 0 && s.slotsOf(a[0]).length != null) {
                        size += item * dev.isola.objects.Abstract.length(s, a[0]);
                    }
                    if (Objects.hasFlag(type, dev.isola.objects.TypeFlags.HAVE_GC)) {
                        size += dev.isola.objects.ObjectLayout.GC_PREFIX_SIZE;
                    }
                    return dev.isola.objects.IntType.fromLong(s, size);
                }),
                new MethodDef("intern", (s, m, args, kwargs) -> {
                    long str = Args.one(s, "sys.intern", args, kwargs);
                    if (Objects.type(str) != s.space().type(BuiltinType.STR)) {
                        throw Errors.typeError(s, "intern() argument must be str, not " + Objects.typeNameOf(str));
                    }
                    return s.intern(StrType.toJava(str));
                }),
                new MethodDef("exc_info", (s, m, args, kwargs) -> {
                    Args.none(s, "sys.exc_info", args, kwargs);
                    return excInfo(s);
                }),
                new MethodDef("_getframe", (s, m, args, kwargs) -> {
                    long[] a = Args.parse(s, "_getframe", args, kwargs, 1, 0, "depth");
                    int depth = a[0] == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, Args.ssize(s, a[0]));
                    return dev.isola.interp.eval.Frames.frameObject(InterpreterState.of(s), depth);
                }),
                new MethodDef("__getattr__", (s, m, a, k) -> LazyAttributes.get(s, m, a, k, "sys", "_sysinfo")),
                new MethodDef("exception", (s, m, args, kwargs) -> {
                    Args.none(s, "sys.exception", args, kwargs);
                    long exc = InterpreterState.of(s).thread().topmostHandled();
                    return Objects.newRef(exc == 0 ? s.space().none() : exc);
                }),
                new MethodDef("getdefaultencoding", (s, m, args, kwargs) -> {
                    Args.none(s, "sys.getdefaultencoding", args, kwargs);
                    return StrType.fromJava(s, "utf-8");
                })), SysModule::init);
    }

    /** {@code sys.exc_info()}: (type, value, traceback) of the exception being handled, or three Nones. */
    private static long excInfo(ObjectState s) {
        long exc = InterpreterState.of(s).thread().topmostHandled();
        long none = s.space().none();
        if (exc == 0) {
            return TupleType.pack(s, none, none, none);
        }
        long tb = dev.isola.memory.Memory.getLong(exc + dev.isola.objects.ExceptionTypes.TRACEBACK_OFFSET);
        return TupleType.pack(s, Objects.type(exc), exc, tb == 0 ? none : tb);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        long argv = ListType.newList(s);
        put(s, dict, "argv", argv);
        for (String a : interp.argv()) {
            long str = StrType.fromJava(s, a);
            ListType.append(s, argv, str);
            Objects.decref(s, str);
        }
        long stdin = StdStream.create(interp, "<stdin>", 0, null, interp.in());
        long stdout = StdStream.create(interp, "<stdout>", 1, interp.out(), null);
        long stderr = StdStream.create(interp, "<stderr>", 2, interp.err(), null);
        DictType.setItemString(s, dict, "__stdin__", stdin);
        DictType.setItemString(s, dict, "__stdout__", stdout);
        DictType.setItemString(s, dict, "__stderr__", stderr);
        put(s, dict, "stdin", stdin);
        put(s, dict, "stdout", stdout);
        put(s, dict, "stderr", stderr);
        DictType.setItemString(s, dict, "modules", interp.modules());
        long path = ListType.newList(s);
        ListType.append(s, path, s.space().emptyStr());
        long stdlib = StrType.fromJava(s, ModuleFinder.STDLIB);
        ListType.append(s, path, stdlib);
        Objects.decref(s, stdlib);
        put(s, dict, "path", path);
        put(s, dict, "maxsize", IntType.fromLong(s, Long.MAX_VALUE));
        put(s, dict, "maxunicode", IntType.fromLong(s, Character.MAX_CODE_POINT));
        put(s, dict, "version", StrType.fromJava(s, VERSION));
        put(s, dict, "platform", StrType.fromJava(s, "linux"));
        put(s, dict, "byteorder", StrType.fromJava(s, "little"));
        put(s, dict, "executable", StrType.fromJava(s, ""));
        put(s, dict, "version_info", SysStructs.versionInfo(s));
        put(s, dict, "hexversion", IntType.fromLong(s, SysStructs.HEXVERSION));
        put(s, dict, "implementation", SysStructs.implementation(s));
        long sysName = StrType.fromJava(s, "sys");
        put(s, dict, "builtin_module_names", TupleType.pack(s, s.space().identifier("builtins"), sysName));
        Objects.decref(s, sysName);
    }

    /**
     * Sets up {@code sys.path} as CPython's startup does: {@code first} (the script's directory,
     * the working directory for {@code -m}, {@code ''} otherwise; null keeps it) replaces the
     * first entry, and the {@code PYTHONPATH} entries follow it, before Isola's standard library.
     */
    public static void configurePath(InterpreterState interp, String first, List<String> pythonPath) {
        ObjectState s = interp.objects();
        long dict = Memory.getLong(interp.sys() + CodeLayouts.MODULE_DICT_OFFSET);
        long path = DictType.getItemString(s, dict, "path");
        if (path == 0 || !ListType.check(path) || ListType.size(path) == 0) {
            return;
        }
        if (first != null) {
            long head = StrType.fromJava(s, first);
            try {
                Abstract.setItem(s, path, s.space().smallInt(0), head);
            } finally {
                Objects.decref(s, head);
            }
        }
        for (int i = 0; i < pythonPath.size(); i++) {
            long entry = StrType.fromJava(s, pythonPath.get(i));
            long one = ListType.pack(s, entry);
            Objects.decref(s, entry);
            try {
                ListType.setSlice(s, path, 1 + i, 1 + i, one);
            } finally {
                Objects.decref(s, one);
            }
        }
    }

    /** Sets {@code sys.argv[0]} ({@code -m} makes it the module's full path). */
    public static void setArgv0(InterpreterState interp, String argv0) {
        ObjectState s = interp.objects();
        long argv = DictType.getItemString(s, Memory.getLong(interp.sys() + CodeLayouts.MODULE_DICT_OFFSET), "argv");
        if (argv != 0 && ListType.check(argv) && ListType.size(argv) > 0) {
            long a = StrType.fromJava(s, argv0);
            try {
                Abstract.setItem(s, argv, s.space().smallInt(0), a);
            } finally {
                Objects.decref(s, a);
            }
        }
    }

    /** {@code dict[key] = value}, taking over the reference {@code value}. */
    private static void put(ObjectState s, long dict, String key, long value) {
        try {
            DictType.setItemString(s, dict, key, value);
        } finally {
            Objects.decref(s, value);
        }
    }

    /**
     * {@code sys.exit(status=None)}: raises {@code SystemExit}; its args are {@code ()} for None,
     * the tuple itself for a tuple, else {@code (status,)} (CPython's {@code PyErr_SetObject}).
     */
    private static long exit(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "exit", "sys.exit", args, kwargs, 0, 1);
        long status = a[0];
        long excArgs = status == 0 || status == s.space().none() ? Objects.newRef(s.space().emptyTuple())
                : TupleType.check(status) ? Objects.newRef(status) : TupleType.pack(s, status);
        try {
            throw Errors.raiseWithArgs(s, s.space().type(BuiltinType.SYSTEM_EXIT), excArgs);
        } finally {
            Objects.decref(s, excArgs);
        }
    }

    private static long setRecursionLimit(ObjectState s, long module, long args, long kwargs) {
        long n = Abstract.index(s, Args.one(s, "sys.setrecursionlimit", args, kwargs));
        try {
            if (!IntType.fitsLong(n) || IntType.longValue(n) != (int) IntType.longValue(n)) {
                throw Errors.overflowError(s, "Python int too large to convert to C int");
            }
            int limit = (int) IntType.longValue(n);
            if (limit < 1) {
                throw Errors.valueError(s, "recursion limit must be greater or equal than 1");
            }
            InterpreterState.of(s).setRecursionLimit(limit);
            return s.space().none();
        } finally {
            Objects.decref(s, n);
        }
    }

    /**
     * {@code sys.excepthook(type, value, traceback)}: prints the exception as an uncaught one is
     * printed (the traceback the value carries, CPython's format) to the interpreter's stderr.
     */
    private static long excepthook(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "excepthook", args, kwargs, 3, 3);
        InterpreterState interp = InterpreterState.of(s);
        String text;
        if ((Objects.flags(Objects.type(a[1])) & dev.isola.objects.TypeFlags.BASE_EXC_SUBCLASS) == 0) {
            text = "TypeError: print_exception(): Exception expected for value, " + Objects.typeNameOf(a[1]) + " found\n";
        } else {
            text = dev.isola.interp.eval.Tracebacks.format(interp, a[1]);
        }
        // To sys.stderr as it is now (a program may have replaced it), else the process's.
        long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
        long stderr = DictType.getItemString(s, dict, "stderr");
        if (stderr == 0 || stderr == s.space().none()) {
            interp.err().print(text);
            interp.err().flush();
            return Objects.newRef(s.space().none());
        }
        long str = StrType.fromJava(s, text);
        try {
            Objects.decref(s, Abstract.callMethod(s, stderr, "write", str));
        } finally {
            Objects.decref(s, str);
        }
        return Objects.newRef(s.space().none());
    }
}
