package dev.isola.interp.modules;

import dev.isola.interp.runtime.InterpreterState;
import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.CodeLayouts;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.IntType;
import dev.isola.objects.MethodDef;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * {@code functools}: CPython 3.11's {@code _functools} (reduce, partial, cmp_to_key, the
 * lru_cache wrapper) and the parts of {@code functools.py} programs use most (update_wrapper,
 * wraps, lru_cache, cache, total_ordering, cached_property), written in Java. The classes are
 * static types ({@link FunctoolsPartial}, {@link FunctoolsLru}, {@link FunctoolsTypes}).
 *
 * <p>{@code lru_cache(maxsize)} returns a builtin function bound to the tuple
 * {@code (maxsize, typed)}, standing in for functools.py's {@code decorating_function}
 * closure; {@code wraps(f)} returns {@code partial(update_wrapper, wrapped=f, …)} as
 * functools.py does.
 */
public final class FunctoolsModule {
    private static final List<String> ASSIGNMENTS = List.of("__module__", "__name__", "__qualname__", "__doc__",
            "__annotations__");

    private FunctoolsModule() {}

    static ModuleDef def() {
        return new ModuleDef("functools", List.of(
                new MethodDef("reduce", FunctoolsModule::reduce),
                new MethodDef("cmp_to_key", (s, m, args, kwargs) -> ItertoolsBasic.create(s, BuiltinType.KEY_WRAPPER,
                        Objects.newRef(Args.parse(s, "cmp_to_key", args, kwargs, 0, 1, "mycmp")[0]), 0)),
                new MethodDef("update_wrapper", FunctoolsModule::updateWrapper),
                new MethodDef("wraps", FunctoolsModule::wraps),
                new MethodDef("lru_cache", FunctoolsModule::lruCache),
                new MethodDef("cache", (s, m, args, kwargs) -> decorate(s, m,
                        Args.function(s, "cache", args, kwargs, 1, "user_function")[0], -1, false)),
                new MethodDef("total_ordering", FunctoolsModule::totalOrdering)),
                List.of(new MethodDef("decorating_function", FunctoolsModule::decoratingFunction)),
                FunctoolsModule::init);
    }

    private static void init(InterpreterState interp, long module, long dict) {
        ObjectState s = interp.objects();
        for (BuiltinType t : List.of(BuiltinType.PARTIAL, BuiltinType.LRU_CACHE_WRAPPER, BuiltinType.CACHED_PROPERTY)) {
            DictType.setItemString(s, dict, t.pyName(), s.space().type(t));
        }
        long assigned = TupleType.allocate(s, ASSIGNMENTS.size());
        for (int i = 0; i < ASSIGNMENTS.size(); i++) {
            TupleType.initItem(s, assigned, i, s.intern(ASSIGNMENTS.get(i)));
        }
        long updated = TupleType.allocate(s, 1);
        TupleType.initItem(s, updated, 0, s.intern("__dict__"));
        try {
            DictType.setItemString(s, dict, "WRAPPER_ASSIGNMENTS", assigned);
            DictType.setItemString(s, dict, "WRAPPER_UPDATES", updated);
        } finally {
            Objects.decref(s, assigned);
            Objects.decref(s, updated);
        }
    }

    /** The behaviour of a functools type, or null when {@code t} is not one. */
    public static TypeSlots slots(BuiltinType t) {
        return switch (t) {
            case PARTIAL -> FunctoolsPartial.slots();
            case LRU_CACHE_WRAPPER -> FunctoolsLru.slots();
            case KEY_WRAPPER -> FunctoolsTypes.keyWrapperSlots();
            case ORDERING_METHOD -> FunctoolsTypes.orderingMethodSlots();
            case CACHED_PROPERTY -> FunctoolsTypes.cachedPropertySlots();
            case CACHE_INFO -> FunctoolsTypes.cacheInfoSlots();
            default -> null;
        };
    }

    private static long reduce(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.positional(s, "reduce", args, kwargs, 2, 3);
        long it;
        try {
            it = Abstract.iter(s, a[1]);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.TYPE_ERROR))) {
                throw e;
            }
            e.release(s);
            throw Errors.typeError(s, "reduce() arg 2 must support iteration");
        }
        long result = a[2] == 0 ? 0 : Objects.newRef(a[2]);
        try {
            while (true) {
                long item = Abstract.next(s, it);
                if (item == 0) {
                    break;
                }
                if (result == 0) {
                    result = item;
                    continue;
                }
                long next;
                try {
                    next = Invoke.call(s, a[0], result, item);
                } finally {
                    Objects.decref(s, item);
                }
                Objects.decref(s, result);
                result = next;
            }
        } catch (RuntimeException e) {
            Objects.xdecref(s, result);
            throw e;
        } finally {
            Objects.decref(s, it);
        }
        if (result == 0) {
            throw Errors.typeError(s, "reduce() of empty iterable with no initial value");
        }
        return result;
    }

    private static long updateWrapper(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "update_wrapper", args, kwargs, 2, "wrapper", "wrapped", "assigned", "updated");
        long wrapper = a[0];
        long wrapped = a[1];
        long assigned = a[2] != 0 ? Abstract.iter(s, a[2]) : 0;
        try {
            if (assigned == 0) {
                for (String name : ASSIGNMENTS) {
                    long n = s.intern(name);
                    try {
                        copyAttr(s, wrapper, wrapped, n);
                    } finally {
                        Objects.decref(s, n);
                    }
                }
            } else {
                for (long n = Abstract.next(s, assigned); n != 0; n = Abstract.next(s, assigned)) {
                    try {
                        copyAttr(s, wrapper, wrapped, n);
                    } finally {
                        Objects.decref(s, n);
                    }
                }
            }
        } finally {
            Objects.xdecref(s, assigned);
        }
        long updated = a[3] != 0 ? Abstract.iter(s, a[3]) : 0;
        try {
            if (updated == 0) {
                updateAttr(s, wrapper, wrapped, s.space().identifier("__dict__"));
            } else {
                for (long n = Abstract.next(s, updated); n != 0; n = Abstract.next(s, updated)) {
                    try {
                        updateAttr(s, wrapper, wrapped, n);
                    } finally {
                        Objects.decref(s, n);
                    }
                }
            }
        } finally {
            Objects.xdecref(s, updated);
        }
        setAttr(s, wrapper, "__wrapped__", wrapped);
        return Objects.newRef(wrapper);
    }

    private static void setAttr(ObjectState s, long o, String name, long value) {
        long n = s.intern(name);
        try {
            setAttr(s, o, n, value);
        } finally {
            Objects.decref(s, n);
        }
    }

    private static void setAttr(ObjectState s, long o, long name, long value) {
        var f = s.slotsOf(o).setAttr;
        if (f == null) {
            throw Errors.attributeError(s, o, StrType.toJava(name));
        }
        f.apply(s, o, name, value);
    }

    /** {@code getattr(wrapped, name)}, or 0 on AttributeError. */
    private static long getAttrOrZero(ObjectState s, long o, long name) {
        try {
            return Abstract.getAttr(s, o, name);
        } catch (PyException e) {
            if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                throw e;
            }
            e.release(s);
            return 0;
        }
    }

    private static void copyAttr(ObjectState s, long wrapper, long wrapped, long name) {
        long value = getAttrOrZero(s, wrapped, name);
        if (value != 0) {
            try {
                setAttr(s, wrapper, name, value);
            } finally {
                Objects.decref(s, value);
            }
        }
    }

    /** {@code getattr(wrapper, name).update(getattr(wrapped, name, {}))}. */
    private static void updateAttr(ObjectState s, long wrapper, long wrapped, long name) {
        long target = Abstract.getAttr(s, wrapper, name);
        try {
            long source = getAttrOrZero(s, wrapped, name);
            if (source == 0) {
                source = DictType.newDict(s);
            }
            try {
                Objects.decref(s, Abstract.callMethod(s, target, "update", source));
            } finally {
                Objects.decref(s, source);
            }
        } finally {
            Objects.decref(s, target);
        }
    }

    private static long wraps(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "wraps", args, kwargs, 1, "wrapped", "assigned", "updated");
        long dict = Memory.getLong(module + CodeLayouts.MODULE_DICT_OFFSET);
        long update = moduleAttr(s, dict, "update_wrapper");
        long kw = DictType.newDict(s);
        try {
            DictType.setItemString(s, kw, "wrapped", a[0]);
            DictType.setItemString(s, kw, "assigned", a[1] != 0 ? a[1] : moduleAttr(s, dict, "WRAPPER_ASSIGNMENTS"));
            DictType.setItemString(s, kw, "updated", a[2] != 0 ? a[2] : moduleAttr(s, dict, "WRAPPER_UPDATES"));
            return FunctoolsPartial.create(s, update, kw);
        } finally {
            Objects.decref(s, kw);
        }
    }

    /** {@code functools.<name>} as the module's dictionary has it now (borrowed); AttributeError if deleted. */
    private static long moduleAttr(ObjectState s, long dict, String name) {
        long v = DictType.getItemString(s, dict, name);
        if (v == 0) {
            throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, "module 'functools' has no attribute '" + name + "'");
        }
        return v;
    }

    // ---------------------------------------------------------------- lru_cache

    private static long lruCache(ObjectState s, long module, long args, long kwargs) {
        long[] a = Args.function(s, "lru_cache", args, kwargs, 0, "maxsize", "typed");
        long maxsizeArg = a[0] == 0 ? 0 : a[0];
        long typedArg = a[1] == 0 ? s.space().falseObject() : a[1];
        long maxsize = 128;
        if (maxsizeArg != 0 && IntType.check(maxsizeArg)) {
            maxsize = Math.max(0, IntType.fitsLong(maxsizeArg) ? IntType.longValue(maxsizeArg) : Long.MAX_VALUE);
        } else if (maxsizeArg != 0 && s.slotsOf(maxsizeArg).call != null
                && Objects.type(typedArg) == s.space().type(BuiltinType.BOOL)) {
            return decorate(s, module, maxsizeArg, 128, typedArg == s.space().trueObject());
        } else if (maxsizeArg != 0 && maxsizeArg != s.space().none()) {
            throw Errors.typeError(s, "Expected first argument to be an integer, a callable, or None");
        } else if (maxsizeArg == s.space().none()) {
            maxsize = -1;
        }
        long state = TupleType.allocate(s, 2);
        TupleType.initItem(s, state, 0, IntType.fromLong(s, maxsize));
        TupleType.initItem(s, state, 1, s.space().bool(Abstract.isTrue(s, typedArg)));
        try {
            return ModuleDef.bind(s, "functools", 0, state);
        } finally {
            Objects.decref(s, state);
        }
    }

    private static long decoratingFunction(ObjectState s, long state, long args, long kwargs) {
        long func = Args.function(s, "decorating_function", args, kwargs, 1, "user_function")[0];
        long maxsize = IntType.longValue(TupleType.getItem(state, 0));
        return decorate(s, 0, func, maxsize, TupleType.getItem(state, 1) == s.space().trueObject());
    }

    /** {@code update_wrapper(_lru_cache_wrapper(func, maxsize, typed), func)}. */
    private static long decorate(ObjectState s, long module, long func, long maxsize, boolean typed) {
        long w = FunctoolsLru.create(s, func, maxsize, typed);
        long args = TupleType.pack(s, w, func);
        try {
            Objects.decref(s, updateWrapper(s, module, args, 0));
        } catch (RuntimeException e) {
            Objects.decref(s, w);
            throw e;
        } finally {
            Objects.decref(s, args);
        }
        return w;
    }

    // ---------------------------------------------------------------- total_ordering

    private static long totalOrdering(ObjectState s, long module, long args, long kwargs) {
        long cls = Args.function(s, "total_ordering", args, kwargs, 1, "cls")[0];
        if (!Objects.isInstance(cls, s.space().type(BuiltinType.TYPE))
                || !HeapTypes.isHeapType(cls) && cls != s.space().type(BuiltinType.OBJECT)) {
            // Not a class, or a builtin type: its own comparisons count as defined, nothing is added.
            return Objects.newRef(cls);
        }
        int root = -1;
        boolean[] defined = new boolean[FunctoolsTypes.ROOTS.size()];
        for (int i = 0; i < defined.length; i++) {
            defined[i] = HeapTypes.lookup(s, cls, FunctoolsTypes.ROOTS.get(i)) != 0;
            if (defined[i] && root < 0) {
                root = i;
            }
        }
        if (root < 0) {
            throw Errors.valueError(s, "must define at least one ordering operation: < > <= >=");
        }
        for (int d = 0; d < 3; d++) {
            String name = FunctoolsTypes.derived(root, d);
            if (defined[FunctoolsTypes.ROOTS.indexOf(name)]) {
                continue;
            }
            long m = FunctoolsTypes.orderingMethod(s, root, d);
            try {
                setAttr(s, cls, name, m);
            } finally {
                Objects.decref(s, m);
            }
        }
        return Objects.newRef(cls);
    }
}
