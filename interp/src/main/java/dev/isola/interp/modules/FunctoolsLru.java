package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.objects.Abstract;
import dev.isola.objects.BoundMethod;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.IntType;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;

/**
 * {@code functools._lru_cache_wrapper}, the object {@code lru_cache} and {@code cache} return:
 * CPython 3.11's C wrapper. The cache is a dict from key to result whose insertion order is the
 * recency order (a hit moves its entry to the end, a full cache evicts the first), which is what
 * CPython's linked list of entries gives. Keys follow {@code _make_key}: the positional
 * arguments, then a marker and the keyword pairs in call order, then (typed) the argument types;
 * a lone untyped int or str argument is its own key. It binds like a function. Fields over
 * {@link ModuleObjectLayout}:
 *
 * <pre>
 *   ref 0    func       the wrapped callable, owned
 *   ref 1    cache      dict, owned
 *   ref 2    __dict__   dict, owned, or 0 (update_wrapper fills it)
 *   long 0   maxsize    -1 for None (unbounded), else >= 0
 *   long 1   typed      0 or 1
 *   long 2   hits
 *   long 3   misses
 * </pre>
 *
 * <p>The keyword marker is the wrapper's type object: immortal, and never an argument value.
 */
final class FunctoolsLru {
    private FunctoolsLru() {}

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .call(FunctoolsLru::call)
                .descrGet((s, w, obj, type) -> obj == 0 || obj == s.space().none() ? Objects.newRef(w)
                        : BoundMethod.newMethod(s, w, obj))
                .getAttr((s, w, name) -> FunctoolsTypes.dictGetAttr(s, w, 2, name))
                .setAttr((s, w, name, value) -> FunctoolsTypes.dictSetAttr(s, w, 2, name, value))
                .method("cache_info", (s, w, args, kwargs) -> {
                    Args.none(s, "_lru_cache_wrapper.cache_info", args, kwargs);
                    long maxsize = getLong(w, 0);
                    return FunctoolsTypes.cacheInfo(s, IntType.fromLong(s, getLong(w, 2)),
                            IntType.fromLong(s, getLong(w, 3)),
                            maxsize < 0 ? Objects.newRef(s.space().none()) : IntType.fromLong(s, maxsize),
                            IntType.fromLong(s, DictType.size(ref(w, 1))));
                })
                .method("cache_clear", (s, w, args, kwargs) -> {
                    Args.none(s, "_lru_cache_wrapper.cache_clear", args, kwargs);
                    putLong(w, 2, 0);
                    putLong(w, 3, 0);
                    DictType.clear(s, ref(w, 1));
                    return Objects.newRef(s.space().none());
                })
                .method("cache_parameters", (s, w, args, kwargs) -> {
                    Args.none(s, "cache_parameters", args, kwargs);
                    long d = DictType.newDict(s);
                    long maxsize = getLong(w, 0);
                    long m = maxsize < 0 ? Objects.newRef(s.space().none()) : IntType.fromLong(s, maxsize);
                    try {
                        DictType.setItemString(s, d, "maxsize", m);
                        DictType.setItemString(s, d, "typed", s.space().bool(getLong(w, 1) != 0));
                    } finally {
                        Objects.decref(s, m);
                    }
                    return d;
                })
                .build();
    }

    /** A new wrapper of {@code func}; {@code maxsize} -1 for unbounded. */
    static long create(ObjectState s, long func, long maxsize, boolean typed) {
        if (s.slotsOf(func).call == null) {
            throw Errors.typeError(s, "the first argument must be callable");
        }
        long w = ItertoolsBasic.create(s, BuiltinType.LRU_CACHE_WRAPPER, Objects.newRef(func), DictType.newDict(s));
        putLong(w, 0, maxsize);
        putLong(w, 1, typed ? 1 : 0);
        return w;
    }

    /** CPython's {@code lru_cache_make_key}. */
    private static long makeKey(ObjectState s, long args, long kwargs, boolean typed) {
        long nkw = kwargs == 0 ? 0 : DictType.size(kwargs);
        long n = TupleType.size(args);
        if (!typed && nkw == 0) {
            if (n == 1) {
                long only = TupleType.getItem(args, 0);
                long type = Objects.type(only);
                if (type == s.space().intType() || type == s.space().type(BuiltinType.STR)) {
                    return Objects.newRef(only);
                }
            }
            return Objects.newRef(args);
        }
        long size = n + (nkw == 0 ? 0 : 2 * nkw + 1) + (typed ? n + nkw : 0);
        long key = TupleType.allocate(s, size);
        long at = 0;
        for (long i = 0; i < n; i++) {
            TupleType.initItem(s, key, at++, Objects.newRef(TupleType.getItem(args, i)));
        }
        long[] cursor = new long[3];
        if (nkw != 0) {
            TupleType.initItem(s, key, at++, s.space().type(BuiltinType.LRU_CACHE_WRAPPER));
            while (DictType.next(kwargs, cursor)) {
                TupleType.initItem(s, key, at++, Objects.newRef(cursor[1]));
                TupleType.initItem(s, key, at++, Objects.newRef(cursor[2]));
            }
        }
        if (typed) {
            for (long i = 0; i < n; i++) {
                TupleType.initItem(s, key, at++, Objects.newRef(Objects.type(TupleType.getItem(args, i))));
            }
            cursor = new long[3];
            while (nkw != 0 && DictType.next(kwargs, cursor)) {
                TupleType.initItem(s, key, at++, Objects.newRef(Objects.type(cursor[2])));
            }
        }
        return key;
    }

    private static long call(ObjectState s, long w, long args, long kwargs) {
        long maxsize = getLong(w, 0);
        if (maxsize == 0) {
            putLong(w, 3, getLong(w, 3) + 1);
            return Abstract.call(s, ref(w, 0), args, kwargs);
        }
        long key = makeKey(s, args, kwargs, getLong(w, 1) != 0);
        try {
            long cache = ref(w, 1);
            long hash = Abstract.hash(s, key);
            long hit = DictType.getItem(s, cache, key, hash);
            if (hit != 0) {
                putLong(w, 2, getLong(w, 2) + 1);
                long result = Objects.newRef(hit);
                if (maxsize > 0) {
                    long value = DictType.pop(s, cache, key);
                    try {
                        DictType.setItem(s, cache, key, value);
                    } finally {
                        Objects.decref(s, value);
                    }
                }
                return result;
            }
            putLong(w, 3, getLong(w, 3) + 1);
            long result = Abstract.call(s, ref(w, 0), args, kwargs);
            try {
                if (DictType.getItem(s, cache, key, hash) != 0) {
                    return result;
                }
                if (maxsize > 0 && DictType.size(cache) >= maxsize) {
                    evictOldest(s, cache);
                }
                DictType.setItem(s, cache, key, result);
            } catch (RuntimeException e) {
                Objects.decref(s, result);
                throw e;
            }
            return result;
        } finally {
            Objects.decref(s, key);
        }
    }

    private static void evictOldest(ObjectState s, long cache) {
        long[] cursor = new long[3];
        if (DictType.next(cache, cursor)) {
            long oldest = Objects.newRef(cursor[1]);
            try {
                DictType.delItem(s, cache, oldest);
            } finally {
                Objects.decref(s, oldest);
            }
        }
    }
}
