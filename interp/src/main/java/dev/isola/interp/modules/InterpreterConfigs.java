package dev.isola.interp.modules;

import dev.isola.interp.eval.ModuleLoader;
import dev.isola.interp.runtime.InterpreterConfig;
import dev.isola.interp.runtime.InterpreterState;
import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Interpreter configs as Python sees them: the {@code types.SimpleNamespace} of CPython 3.14's
 * {@code _interpreters.new_config()} and {@code get_config()}, with its fields
 * {@code use_main_obmalloc allow_fork allow_exec allow_threads allow_daemon_threads
 * check_multi_interp_extensions gil}, and Isola's own optional ones {@code allocator}
 * ({@code 'arena' 'mimalloc' 'libc'}), {@code debug_hooks} and {@code memory_limit} (bytes).
 */
final class InterpreterConfigs {
    /** CPython's fields, in its order. */
    private static final List<String> FLAGS = List.of("use_main_obmalloc", "allow_fork", "allow_exec", "allow_threads",
            "allow_daemon_threads", "check_multi_interp_extensions");

    private InterpreterConfigs() {}

    /** {@code new_config(name='isolated', /, **overrides)}. */
    static long newConfig(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.parse(s, "new_config", args, 0, 1, 0, "name");
        String name = "isolated";
        if (a[0] != 0 && a[0] != s.space().none()) {
            if (!StrType.check(a[0])) {
                throw Errors.typeError(s, "new_config() argument 'name' must be str, not " + Objects.typeNameOf(a[0]));
            }
            name = StrType.toJava(a[0]);
        }
        Map<String, Object> fields = preset(s, name);
        if (kwargs != 0) {
            long[] cursor = new long[3];
            while (DictType.next(kwargs, cursor)) {
                String key = StrType.toJava(cursor[1]);
                if (!fields.containsKey(key) && !isExtra(key)) {
                    throw Errors.valueError(s, "unsupported config field '" + key + "'");
                }
                fields.put(key, field(s, key, cursor[2]));
            }
        }
        return namespace(s, fields);
    }

    /** {@code get_config(id, *, restrict=False)} for {@code interp}. */
    static long toPython(ObjectState s, InterpreterConfig c) {
        Map<String, Object> fields = cpythonFields(c);
        if (c.allocator() != InterpreterConfig.AllocatorKind.ARENA) {
            fields.put("allocator", c.allocator().name().toLowerCase(Locale.ROOT));
        }
        if (c.debugHooks()) {
            fields.put("debug_hooks", true);
        }
        if (c.memoryLimit() != 0) {
            fields.put("memory_limit", c.memoryLimit());
        }
        return namespace(s, fields);
    }

    /**
     * The config {@code obj} names for {@code create(config)}: None for {@code isolated}, a
     * preset's name, or a namespace with every CPython field. The rules of
     * {@link InterpreterConfig} are checked; a broken one raises {@code InterpreterError}.
     */
    static InterpreterConfig fromPython(ObjectState s, long obj, long errorType) {
        Map<String, Object> fields;
        if (obj == 0 || obj == s.space().none()) {
            fields = preset(s, "isolated");
        } else if (StrType.check(obj)) {
            fields = preset(s, StrType.toJava(obj));
        } else {
            fields = new LinkedHashMap<>();
            for (String f : FLAGS) {
                fields.put(f, field(s, f, required(s, obj, f)));
            }
            fields.put("gil", field(s, "gil", required(s, obj, "gil")));
            for (String extra : new String[] {"allocator", "debug_hooks", "memory_limit"}) {
                long v = optional(s, obj, extra);
                if (v != 0) {
                    try {
                        fields.put(extra, field(s, extra, v));
                    } finally {
                        Objects.decref(s, v);
                    }
                }
            }
        }
        try {
            String gil = (String) fields.get("gil");
            return new InterpreterConfig((Boolean) fields.get("use_main_obmalloc"), (Boolean) fields.get("allow_fork"),
                    (Boolean) fields.get("allow_exec"), (Boolean) fields.get("allow_threads"),
                    (Boolean) fields.get("allow_daemon_threads"), (Boolean) fields.get("check_multi_interp_extensions"),
                    gil.equals("own") ? InterpreterConfig.LockMode.OWN : InterpreterConfig.LockMode.SHARED,
                    InterpreterConfig.AllocatorKind.valueOf(
                            ((String) fields.getOrDefault("allocator", "arena")).toUpperCase(Locale.ROOT)),
                    (Boolean) fields.getOrDefault("debug_hooks", false), (Long) fields.getOrDefault("memory_limit", 0L));
        } catch (IllegalArgumentException e) {
            throw Errors.raise(s, errorType, "interpreter creation failed: " + e.getMessage());
        }
    }

    private static Map<String, Object> preset(ObjectState s, String name) {
        InterpreterConfig c = switch (name) {
            case "isolated", "default" -> InterpreterConfig.isolated();
            case "legacy" -> InterpreterConfig.legacy();
            case "empty" -> null;
            default -> throw Errors.valueError(s, "unsupported config name '" + name + "'");
        };
        if (c == null) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (String f : FLAGS) {
                fields.put(f, false);
            }
            fields.put("gil", "default");
            return fields;
        }
        return cpythonFields(c);
    }

    /** CPython's seven fields of {@code c}, in CPython's order. */
    private static Map<String, Object> cpythonFields(InterpreterConfig c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("use_main_obmalloc", c.useMainAllocator());
        fields.put("allow_fork", c.allowFork());
        fields.put("allow_exec", c.allowExec());
        fields.put("allow_threads", c.allowThreads());
        fields.put("allow_daemon_threads", c.allowDaemonThreads());
        fields.put("check_multi_interp_extensions", c.checkMultiInterpModules());
        fields.put("gil", c.lock() == InterpreterConfig.LockMode.OWN ? "own" : "shared");
        return fields;
    }

    private static boolean isExtra(String key) {
        return key.equals("allocator") || key.equals("debug_hooks") || key.equals("memory_limit");
    }

    /** The Java value of field {@code key}, checked. */
    private static Object field(ObjectState s, String key, long v) {
        switch (key) {
            case "gil" -> {
                String g = StrType.check(v) ? StrType.toJava(v) : null;
                if (g == null || !(g.equals("default") || g.equals("shared") || g.equals("own"))) {
                    throw Errors.valueError(s, "unsupported gil value " + Abstract.reprJava(s, v)
                            + " (expected 'default', 'shared' or 'own')");
                }
                return g;
            }
            case "allocator" -> {
                String k = StrType.check(v) ? StrType.toJava(v) : null;
                if (k == null || !(k.equals("arena") || k.equals("mimalloc") || k.equals("libc"))) {
                    throw Errors.valueError(s, "unsupported allocator " + Abstract.reprJava(s, v)
                            + " (expected 'arena', 'mimalloc' or 'libc')");
                }
                return k;
            }
            case "memory_limit" -> {
                if (!IntType.check(v) || Objects.type(v) == s.space().type(BuiltinType.BOOL)) {
                    throw Errors.typeError(s, "config field 'memory_limit' must be an int, not " + Objects.typeNameOf(v));
                }
                long n = Args.ssize(s, v);
                if (n < 0) {
                    throw Errors.valueError(s, "config field 'memory_limit' must be >= 0, not " + n);
                }
                return n;
            }
            default -> {
                if (Objects.type(v) != s.space().type(BuiltinType.BOOL)) {
                    throw Errors.typeError(s, "config field '" + key + "' must be a bool, not " + Objects.typeNameOf(v));
                }
                return v == s.space().trueObject();
            }
        }
    }

    private static long required(ObjectState s, long obj, String name) {
        long v = optional(s, obj, name);
        if (v == 0) {
            throw Errors.valueError(s, "missing config field '" + name + "'");
        }
        Objects.decref(s, v); // the namespace keeps it alive while we read it
        return v;
    }

    /** {@code getattr(obj, name, None)} as a new reference, 0 when missing. */
    private static long optional(ObjectState s, long obj, String name) {
        try {
            return Abstract.getAttr(s, obj, name);
        } catch (PyException e) {
            if (!Objects.isInstance(e.exception(), s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    private static long namespace(ObjectState s, Map<String, Object> fields) {
        InterpreterState interp = InterpreterState.of(s);
        long types = ModuleLoader.importAbsolute(interp, "types", false);
        long kwargs = DictType.newDict(s);
        try {
            long ns = Abstract.getAttr(s, types, "SimpleNamespace");
            try {
                for (Map.Entry<String, Object> f : fields.entrySet()) {
                    long v = switch (f.getValue()) {
                        case Boolean b -> Objects.newRef(s.space().bool(b));
                        case Long n -> IntType.fromLong(s, n);
                        case String str -> StrType.fromJava(s, str);
                        default -> throw new IllegalStateException("field " + f.getKey());
                    };
                    try {
                        DictType.setItemString(s, kwargs, f.getKey(), v);
                    } finally {
                        Objects.decref(s, v);
                    }
                }
                return Abstract.call(s, ns, s.space().emptyTuple(), kwargs);
            } finally {
                Objects.decref(s, ns);
            }
        } finally {
            Objects.decref(s, kwargs);
            Objects.decref(s, types);
        }
    }
}
