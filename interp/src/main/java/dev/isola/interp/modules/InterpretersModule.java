package dev.isola.interp.modules;

import dev.isola.interp.compile.Code;
import dev.isola.interp.compile.Compiler;
import dev.isola.interp.eval.CodeLoader;
import dev.isola.interp.eval.Frames;
import dev.isola.interp.eval.Functions;
import dev.isola.interp.eval.Tracebacks;
import dev.isola.interp.parse.Parser;
import dev.isola.interp.parse.PySyntaxError;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.interp.runtime.InterpreterConfig;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.ListType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code _interpreters}: the low-level module under {@code concurrent.interpreters} (PEP 734),
 * in CPython 3.14's shape. An interpreter made here has its own lock, its own allocator and its
 * own {@code __main__}, which persists across {@code exec} calls. Running code in it from a
 * thread of this interpreter releases this interpreter's lock and takes the other's, so threads
 * that call into different interpreters run in parallel on different cores.
 *
 * <p>Only shareable objects cross ({@link Crossing}); an exception in the other interpreter
 * comes back as a description (type names, message, formatted display), never as an object.
 */
public final class InterpretersModule {
    /** CPython's {@code _interpreters.WHENCE_*} values. */
    static final int WHENCE_UNKNOWN = 0;
    static final int WHENCE_RUNTIME = 1;
    static final int WHENCE_CAPI = 3;
    static final int WHENCE_STDLIB = 5;

    private InterpretersModule() {}

    /** What an uncaught exception in another interpreter leaves: CPython's {@code excinfo}. */
    record ExcInfo(String name, String qualname, String module, String msg, String formatted, String errdisplay) {}

    /**
     * The outcome of running something in another interpreter: a value, an excinfo, or the
     * name of the type of a result that could not cross.
     */
    private record Outcome(Object value, ExcInfo error, String unshareable) {
        Outcome(Object value, ExcInfo error) {
            this(value, error, null);
        }
    }

    static ModuleDef def() {
        return new ModuleDef("_interpreters", List.of(
                new MethodDef("create", InterpretersModule::create),
                new MethodDef("new_config", InterpreterConfigs::newConfig),
                new MethodDef("get_config", (s, m, a, k) -> {
                    Args.parse(s, "get_config", a, k, 1, 1, "id", "restrict");
                    return InterpreterConfigs.toPython(s, target(s, m, a, 0, "get_config").config());
                }),
                new MethodDef("destroy", InterpretersModule::destroy),
                new MethodDef("list_all", (s, m, a, k) -> {
                    List<InterpreterState> all = InterpreterState.of(s).runtime().interpreters();
                    long list = ListType.newList(s);
                    for (InterpreterState i : all) {
                        long pair = idWhence(s, i);
                        try {
                            ListType.append(s, list, pair);
                        } finally {
                            Objects.decref(s, pair);
                        }
                    }
                    return list;
                }),
                new MethodDef("get_current", (s, m, a, k) -> idWhence(s, InterpreterState.of(s))),
                new MethodDef("get_main", (s, m, a, k) -> {
                    InterpreterState main = InterpreterState.of(s).runtime().mainInterpreter();
                    if (main == null) {
                        throw Errors.raise(s, errorType(s, m, "InterpreterError"), "the main interpreter is closed");
                    }
                    return idWhence(s, main);
                }),
                new MethodDef("whence", (s, m, a, k) -> IntType.fromLong(s, whence(target(s, m, a, k, "whence")))),
                new MethodDef("is_running", (s, m, a, k) -> {
                    InterpreterState t = target(s, m, a, k, "is_running");
                    return Objects.newRef(s.space().bool(t == InterpreterState.of(s) || t.isRunning()));
                }),
                new MethodDef("set___main___attrs", InterpretersModule::setMainAttrs),
                new MethodDef("exec", InterpretersModule::exec),
                new MethodDef("run_string", InterpretersModule::exec),
                new MethodDef("call", InterpretersModule::call),
                new MethodDef("is_shareable", (s, m, a, k) -> {
                    long o = Args.one(s, "is_shareable", a, k);
                    try {
                        Crossing.export(s, o, s.space().type(BuiltinType.VALUE_ERROR));
                        return Objects.newRef(s.space().bool(true));
                    } catch (PyException e) {
                        e.release(s);
                        return Objects.newRef(s.space().bool(false));
                    }
                })),
                InterpretersModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        long error = newException(s, "InterpreterError", s.space().type(BuiltinType.EXCEPTION));
        long notFound = newException(s, "InterpreterNotFoundError", error);
        long notShareable = newException(s, "NotShareableError", s.space().type(BuiltinType.VALUE_ERROR));
        try {
            DictType.setItemString(s, dict, "InterpreterError", error);
            DictType.setItemString(s, dict, "InterpreterNotFoundError", notFound);
            DictType.setItemString(s, dict, "NotShareableError", notShareable);
        } finally {
            Objects.decref(s, error);
            Objects.decref(s, notFound);
            Objects.decref(s, notShareable);
        }
        for (Map.Entry<String, Integer> w : Map.of("WHENCE_UNKNOWN", WHENCE_UNKNOWN, "WHENCE_RUNTIME", WHENCE_RUNTIME,
                "WHENCE_LEGACY_CAPI", 2, "WHENCE_CAPI", WHENCE_CAPI, "WHENCE_XI", 4, "WHENCE_STDLIB", WHENCE_STDLIB)
                .entrySet()) {
            DictType.setItemString(s, dict, w.getKey(), s.space().smallInt(w.getValue()));
        }
    }

    /** {@code class name(base): __module__ = 'interpreters'}, made with {@code type()}. */
    private static long newException(ObjectState s, String name, long base) {
        long n = StrType.fromJava(s, name);
        long bases = TupleType.pack(s, base);
        long ns = DictType.newDict(s);
        try {
            long mod = StrType.fromJava(s, "concurrent.interpreters");
            DictType.setItemString(s, ns, "__module__", mod);
            Objects.decref(s, mod);
            return HeapTypes.newType(s, s.space().type(BuiltinType.TYPE), n, bases, ns, 0);
        } finally {
            Objects.decref(s, n);
            Objects.decref(s, bases);
            Objects.decref(s, ns);
        }
    }

    private static long errorType(ObjectState s, long module, String name) {
        long t = DictType.getItemString(s, Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET), name);
        return t != 0 ? t : s.space().type(BuiltinType.RUNTIME_ERROR);
    }

    private static int whence(InterpreterState i) {
        return switch (i.whence()) {
            case "runtime init" -> WHENCE_RUNTIME;
            case "_interpreters module" -> WHENCE_STDLIB;
            case "C-API" -> WHENCE_CAPI;
            default -> WHENCE_UNKNOWN;
        };
    }

    private static long idWhence(ObjectState s, InterpreterState i) {
        long id = IntType.fromLong(s, i.id());
        long w = IntType.fromLong(s, whence(i));
        try {
            return TupleType.pack(s, id, w);
        } finally {
            Objects.decref(s, id);
            Objects.decref(s, w);
        }
    }

    /** The live interpreter named by the first argument: InterpreterNotFoundError otherwise. */
    private static InterpreterState target(ObjectState s, long module, long args, long kwargs, String fname) {
        if (TupleType.size(args) < 1) {
            throw Errors.typeError(s, fname + "() missing required argument 'id' (pos 1)");
        }
        return byId(s, module, TupleType.getItem(args, 0));
    }

    private static InterpreterState byId(ObjectState s, long module, long idObj) {
        if (!IntType.check(idObj)) {
            throw Errors.typeError(s, "expected an int, got " + Objects.typeNameOf(idObj));
        }
        long id = Args.ssize(s, idObj);
        if (id < 0) {
            throw Errors.valueError(s, "id must be a non-negative int, got " + id);
        }
        InterpreterState t = InterpreterState.of(s).runtime().interpreter(id);
        if (t == null || t.isClosed()) {
            throw Errors.raise(s, errorType(s, module, "InterpreterNotFoundError"), "unrecognized interpreter ID " + id);
        }
        return t;
    }

    /**
     * {@code create(config=None, *, reqrefs=False)}: a new interpreter, isolated unless
     * {@code config} (a preset's name or a {@code new_config()} namespace) says otherwise; its id.
     */
    private static long create(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "create", args, kwargs, 0, 0, "config", "reqrefs");
        InterpreterState self = InterpreterState.of(s);
        long error = errorType(s, module, "InterpreterError");
        InterpreterConfig config = InterpreterConfigs.fromPython(s, a[0], error);
        List<String> path = stringList(s, DictType.getItemString(s,
                Memory.getLong(self.sys() + CodeLayouts.MODULE_DICT_OFFSET), "path"));
        if (config.lock() == InterpreterConfig.LockMode.SHARED && self.runtime().mainInterpreter() == self) {
            // The new one will run under this interpreter's lock: from now on this thread holds it
            // while it runs (a single-threaded program otherwise never takes it).
            self.holdLock();
        }
        InterpreterState child;
        try {
            child = self.runtime().newInterpreter(config, self.argv(), self.out(), self.err(), self.in());
        } catch (RuntimeException | OutOfMemoryError e) {
            throw Errors.raise(s, error, "interpreter creation failed: " + e.getMessage());
        }
        child.adoptedBy(self, "_interpreters module");
        self.blocking(() -> {
            child.enter();
            try {
                ObjectState cs = child.objects();
                long main = child.newModule("__main__");
                try {
                    DictType.setItemString(cs, child.modules(), "__main__", main);
                } finally {
                    Objects.decref(cs, main);
                }
                long list = ListType.newList(cs);
                try {
                    for (String p : path) {
                        long str = StrType.fromJava(cs, p);
                        ListType.append(cs, list, str);
                        Objects.decref(cs, str);
                    }
                    DictType.setItemString(cs, Memory.getLong(child.sys() + CodeLayouts.MODULE_DICT_OFFSET), "path", list);
                } finally {
                    Objects.decref(cs, list);
                }
            } finally {
                child.exit();
            }
            return null;
        });
        return IntType.fromLong(s, child.id());
    }

    private static List<String> stringList(ObjectState s, long list) {
        List<String> out = new ArrayList<>();
        if (list != 0 && ListType.check(list)) {
            for (long i = 0; i < ListType.size(list); i++) {
                long item = ListType.getItem(list, i);
                if (StrType.check(item)) {
                    out.add(StrType.toJava(item));
                }
            }
        }
        return out;
    }

    /** {@code destroy(id, *, restrict=False)}. */
    private static long destroy(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "destroy", args, kwargs, 1, 1, "id", "restrict");
        InterpreterState self = InterpreterState.of(s);
        InterpreterState t = byId(s, module, a[0]);
        if (t == self) {
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "cannot destroy the current interpreter");
        }
        if (t == self.runtime().mainInterpreter()) {
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "cannot destroy the main interpreter");
        }
        if (t.isRunning()) {
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "interpreter running");
        }
        self.blocking(() -> {
            t.enter();
            try {
                t.close();
            } finally {
                t.exit();
            }
            return null;
        });
        return Objects.newRef(s.space().none());
    }

    /** {@code set___main___attrs(id, updates, *, restrict=False)}: shareable values into its {@code __main__}. */
    private static long setMainAttrs(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "set___main___attrs", args, kwargs, 2, 2, "id", "updates", "restrict");
        InterpreterState t = byId(s, module, a[0]);
        if (!DictType.check(a[1])) {
            throw Errors.typeError(s, "expected a dict, got " + Objects.typeNameOf(a[1]));
        }
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        long[] cursor = new long[3];
        long notShareable = errorType(s, module, "NotShareableError");
        while (DictType.next(a[1], cursor)) {
            if (!StrType.check(cursor[1])) {
                throw Errors.typeError(s, "expected str keys, got " + Objects.typeNameOf(cursor[1]));
            }
            names.add(StrType.toJava(cursor[1]));
            values.add(Crossing.export(s, cursor[2], notShareable));
        }
        InterpreterState.of(s).blocking(() -> inside(t, () -> {
            ObjectState ts = t.objects();
            long dict = mainDict(t);
            for (int i = 0; i < names.size(); i++) {
                long v = Crossing.importInto(ts, values.get(i));
                try {
                    DictType.setItemString(ts, dict, names.get(i), v);
                } finally {
                    Objects.decref(ts, v);
                }
            }
            return null;
        }));
        return Objects.newRef(s.space().none());
    }

    /** Runs {@code work} holding {@code t}'s lock (the caller released its own). */
    private static <T> T inside(InterpreterState t, java.util.function.Supplier<T> work) {
        t.enter();
        try {
            if (t.isClosed()) {
                throw new IllegalStateException("interpreter " + t.id() + " was closed");
            }
            return work.get();
        } finally {
            t.exit();
        }
    }

    private static long mainDict(InterpreterState t) {
        long main = t.findModule("__main__");
        if (main == 0) {
            main = t.newModule("__main__");
            DictType.setItemString(t.objects(), t.modules(), "__main__", main);
            Objects.decref(t.objects(), main);
        }
        return Memory.getLong(main + CodeLayouts.MODULE_DICT_OFFSET);
    }

    /** {@code exec(id, code, shared=None, *, restrict=False)}: None, or the excinfo of what it raised. */
    private static long exec(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "exec", args, kwargs, 2, 2, "id", "code", "shared", "restrict");
        InterpreterState self = InterpreterState.of(s);
        InterpreterState t = byId(s, module, a[0]);
        if (t == self) {
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "cannot run code in the current interpreter");
        }
        Code code = codeOf(s, self, a[1], "exec");
        if (a[2] != 0 && a[2] != s.space().none()) {
            setMainAttrs(s, module, TupleType.pack(s, a[0], a[2]), 0);
        }
        ensureNotRunning(s, module, t);
        Outcome out = self.blocking(() -> inside(t, () -> run(t, code, null, List.of())));
        return out.error() == null ? Objects.newRef(s.space().none()) : excInfo(s, out.error());
    }

    /** {@code call(id, callable, args=None, kwargs=None, *, preserve_exc=False, restrict=False)}: (result, excinfo). */
    private static long call(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "call", args, kwargs, 2, 2, "id", "callable", "args", "kwargs", "preserve_exc",
                "restrict");
        InterpreterState self = InterpreterState.of(s);
        InterpreterState t = byId(s, module, a[0]);
        if (t == self) {
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "cannot run code in the current interpreter");
        }
        Code code = codeOf(s, self, a[1], "call");
        long notShareable = errorType(s, module, "NotShareableError");
        List<Object> callArgs = new ArrayList<>();
        if (a[2] != 0 && a[2] != s.space().none()) {
            if (!TupleType.check(a[2])) {
                throw Errors.typeError(s, "expected a tuple of args, got " + Objects.typeNameOf(a[2]));
            }
            for (long i = 0; i < TupleType.size(a[2]); i++) {
                callArgs.add(Crossing.export(s, TupleType.getItem(a[2], i), notShareable));
            }
        }
        if (a[3] != 0 && a[3] != s.space().none() && DictType.size(a[3]) > 0) {
            throw Errors.raise(s, notShareable, "keyword arguments cannot cross interpreters yet");
        }
        long defaults = Memory.getLong(a[1] + CodeLayouts.FUNCTION_DEFAULTS_OFFSET);
        Object exportedDefaults = defaults == 0 ? null : Crossing.export(s, defaults, notShareable);
        ensureNotRunning(s, module, t);
        Outcome out = self.blocking(() -> inside(t, () -> run(t, code, exportedDefaults, callArgs)));
        if (out.unshareable() != null) {
            throw Errors.raise(s, notShareable, "the result, a '" + out.unshareable()
                    + "' object, is not shareable between interpreters");
        }
        long result = out.value() == null ? Objects.newRef(s.space().none()) : Crossing.importInto(s, out.value());
        long info = out.error() == null ? Objects.newRef(s.space().none()) : excInfo(s, out.error());
        try {
            return TupleType.pack(s, result, info);
        } finally {
            Objects.decref(s, result);
            Objects.decref(s, info);
        }
    }

    private static void ensureNotRunning(ObjectState s, long module, InterpreterState t) {
        boolean busy = t.config().lock() == InterpreterConfig.LockMode.OWN
                ? t.lock().isLocked() && !t.lock().isHeldByCurrentThread()
                : t.isRunning() && t != InterpreterState.of(s);
        if (busy) {
            // CPython refuses to run in an interpreter that is running already.
            throw Errors.raise(s, errorType(s, module, "InterpreterError"), "interpreter already running");
        }
    }

    /**
     * The Java code to run: a str is compiled as a module body ({@code <string>}); a function with
     * no closure is run by its code object (for exec: no parameters allowed).
     */
    private static Code codeOf(ObjectState s, InterpreterState self, long code, String fname) {
        if (StrType.check(code)) {
            if (fname.equals("call")) {
                throw Errors.typeError(s, "expected a callable, got a str");
            }
            String source = StrType.toJava(code);
            try {
                return Compiler.compileModule(Parser.parse(source, "<string>"), "<string>", source);
            } catch (PySyntaxError e) {
                // Raised in the other interpreter in CPython; here it is found first, same message.
                throw Errors.raise(s, BuiltinType.SYNTAX_ERROR, e.msg());
            }
        }
        if (Objects.type(code) != s.space().type(BuiltinType.FUNCTION)) {
            throw Errors.typeError(s, "expected a function or a str, got " + Objects.typeNameOf(code));
        }
        if (Memory.getLong(code + CodeLayouts.FUNCTION_CLOSURE_OFFSET) != 0) {
            throw Errors.valueError(s, "functions with closures cannot run in another interpreter");
        }
        Code c = CodeLoader.of(self, Memory.getLong(code + CodeLayouts.FUNCTION_CODE_OFFSET)).code;
        if (fname.equals("exec") && c.totalArgs() > 0) {
            throw Errors.valueError(s, "functions with parameters cannot be run with exec()");
        }
        return c;
    }

    /**
     * In {@code t}, holding its lock: a module body runs in {@code __main__}; a function's code
     * becomes a function of {@code __main__} (bound there under its name if the name is free, so
     * that a recursive function finds itself) and is called with the arguments.
     */
    private static Outcome run(InterpreterState t, Code code, Object defaults, List<Object> callArgs) {
        ObjectState s = t.objects();
        long globals = mainDict(t);
        long codeObject = CodeLoader.load(t, code);
        try {
            if ((code.flags() & Code.OPTIMIZED) == 0) {
                Objects.decref(s, Frames.runModule(t, codeObject, globals));
                return new Outcome(null, null);
            }
            long fn = Functions.newFunction(t, Objects.newRef(codeObject), globals,
                    defaults == null ? 0 : Crossing.importInto(s, defaults), 0, 0);
            try {
                if (DictType.getItemString(s, globals, code.name()) == 0) {
                    DictType.setItemString(s, globals, code.name(), fn);
                }
                long argTuple = Crossing.importInto(s, List.copyOf(callArgs));
                long r;
                try {
                    r = Abstract.call(s, fn, argTuple, 0);
                } finally {
                    Objects.decref(s, argTuple);
                }
                try {
                    return new Outcome(Crossing.export(s, r, s.space().type(BuiltinType.VALUE_ERROR)), null);
                } catch (PyException notShareable) {
                    notShareable.release(s);
                    return new Outcome(null, null, Objects.typeNameOf(r));
                } finally {
                    Objects.decref(s, r);
                }
            } finally {
                Objects.decref(s, fn);
            }
        } catch (PyException e) {
            return new Outcome(null, describe(t, e));
        } finally {
            Objects.decref(s, codeObject);
        }
    }

    /** CPython's {@code _PyXI_excinfo} of an exception (released here). */
    private static ExcInfo describe(InterpreterState t, PyException e) {
        ObjectState s = t.objects();
        long exc = e.exception();
        try {
            long type = Objects.type(exc);
            String name = StrType.toJava(Memory.getLong(type + TypeLayout.NAME_OFFSET));
            String qualname = StrType.toJava(Memory.getLong(type + TypeLayout.QUALNAME_OFFSET));
            long mod = Memory.getLong(type + TypeLayout.MODULE_OFFSET);
            String module = mod != 0 && StrType.check(mod) ? StrType.toJava(mod) : "builtins";
            String msg;
            try {
                long str = Abstract.str(s, exc);
                msg = StrType.toJava(str);
                Objects.decref(s, str);
            } catch (PyException inner) {
                inner.release(s);
                msg = "<exception str() failed>";
            }
            String line = Tracebacks.exceptionLine(t, exc);
            return new ExcInfo(name, qualname, module, msg, line, Tracebacks.format(t, exc).stripTrailing());
        } finally {
            e.release(s);
        }
    }

    /** The excinfo as the Python layer takes it: a tuple (name, qualname, module, msg, formatted, errdisplay). */
    private static long excInfo(ObjectState s, ExcInfo info) {
        return Crossing.importInto(s, List.of(info.name(), info.qualname(), info.module(), info.msg(),
                info.formatted(), info.errdisplay()));
    }
}
