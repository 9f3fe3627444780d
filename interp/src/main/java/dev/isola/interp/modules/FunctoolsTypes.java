package dev.isola.interp.modules;

import static dev.isola.objects.ModuleObjectLayout.getLong;
import static dev.isola.objects.ModuleObjectLayout.putLong;
import static dev.isola.objects.ModuleObjectLayout.ref;
import static dev.isola.objects.ModuleObjectLayout.setRef;

import dev.isola.memory.Memory;
import dev.isola.objects.Abstract;
import dev.isola.objects.BoundMethod;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.CompareOp;
import dev.isola.objects.DictType;
import dev.isola.objects.Errors;
import dev.isola.objects.HeapObjects;
import dev.isola.objects.ModuleObjectLayout;
import dev.isola.objects.ObjectLayout;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.PyException;
import dev.isola.objects.StrType;
import dev.isola.objects.TupleType;
import dev.isola.objects.TypeSlots;
import java.util.List;

/**
 * The small types of {@code functools}: the key objects of {@code cmp_to_key}, the methods
 * {@code total_ordering} adds, {@code cached_property}, and the {@code CacheInfo} tuple of
 * {@code lru_cache}. Fields over {@link ModuleObjectLayout}:
 *
 * <pre>
 *   type               ref 0                ref 1               long 0
 *   KeyWrapper         cmp function         obj, or 0 for the   -
 *                                           cmp_to_key(f) itself
 *   _ordering_method   __name__ (str)       -                   the rule: root * 4 + op (see below)
 *   cached_property    func                 attribute name (0   -
 *                                           until __set_name__)
 *   CacheInfo          (a tuple of 4: hits, misses, maxsize, currsize)
 * </pre>
 *
 * <p>An {@code _ordering_method} is {@code functools.py}'s {@code _gt_from_lt} and its eleven
 * siblings: it calls {@code type(self).<root>(self, other)}, passes NotImplemented on, and
 * combines the answer with {@code ==}/{@code !=} exactly as the Python code's {@code and}/{@code or}
 * do. It binds like a function ({@code __get__} makes a bound method).
 */
final class FunctoolsTypes {
    private FunctoolsTypes() {}

    /** Root operations, preferred first ({@code max} of the names in functools.py). */
    static final List<String> ROOTS = List.of("__lt__", "__le__", "__gt__", "__ge__");
    /** For each root, the three operations derived from it: {@code derived(root, 0..2)}. */
    private static final List<String> DERIVED = List.of(
            "__gt__", "__le__", "__ge__",
            "__ge__", "__lt__", "__gt__",
            "__lt__", "__ge__", "__le__",
            "__le__", "__gt__", "__lt__");

    static String derived(int root, int d) {
        return DERIVED.get(root * 3 + d);
    }

    static TypeSlots keyWrapperSlots() {
        return ModuleObjectLayout.builder()
                .call(FunctoolsTypes::keyWrapperCall)
                .richCompare(FunctoolsTypes::keyWrapperCompare)
                .getAttr((s, k, name) -> StrType.toJava(name).equals("obj")
                        ? Objects.newRef(ref(k, 1) == 0 ? s.space().none() : ref(k, 1))
                        : genericGetAttr(s, k, name))
                .build();
    }

    static long genericGetAttr(ObjectState s, long o, long name) {
        return s.space().slotTable(BuiltinType.OBJECT.ordinal()).getAttr.apply(s, o, name);
    }

    private static long keyWrapperCall(ObjectState s, long k, long args, long kwargs) {
        long obj = Args.parse(s, "K", args, kwargs, 0, 1, "obj")[0];
        return ItertoolsBasic.create(s, BuiltinType.KEY_WRAPPER, Objects.newRef(ref(k, 0)), Objects.newRef(obj));
    }

    private static long keyWrapperCompare(ObjectState s, long a, long b, CompareOp op) {
        if (Objects.type(b) != Objects.type(a)) {
            throw Errors.typeError(s, "other argument must be K instance");
        }
        long x = ref(a, 1) == 0 ? s.space().none() : ref(a, 1);
        long y = ref(b, 1) == 0 ? s.space().none() : ref(b, 1);
        long r = Invoke.call(s, ref(a, 0), x, y);
        try {
            return Abstract.richCompare(s, r, s.space().smallInt(0), op);
        } finally {
            Objects.decref(s, r);
        }
    }

    // ---------------------------------------------------------------- total_ordering

    static TypeSlots orderingMethodSlots() {
        return ModuleObjectLayout.builder()
                .call(FunctoolsTypes::orderingCall)
                .descrGet((s, f, obj, type) -> obj == 0 || obj == s.space().none() ? Objects.newRef(f)
                        : BoundMethod.newMethod(s, f, obj))
                .getAttr((s, f, name) -> switch (StrType.toJava(name)) {
                    case "__name__" -> Objects.newRef(ref(f, 0));
                    case "__qualname__" -> StrType.fromJava(s, orderingName(f));
                    default -> genericGetAttr(s, f, name);
                })
                .build();
    }

    /** A new method for {@code derived} (0 to 2, see {@link #derived}). */
    static long orderingMethod(ObjectState s, int root, int derived) {
        long m = ItertoolsBasic.create(s, BuiltinType.ORDERING_METHOD, s.intern(derived(root, derived)), 0);
        putLong(m, 0, root * 4L + derived);
        return m;
    }

    /** functools.py's name for the method: {@code _gt_from_lt} …. */
    private static String orderingName(long m) {
        int root = (int) (getLong(m, 0) / 4);
        int derived = (int) (getLong(m, 0) % 4);
        return "_" + derived(root, derived).replace("__", "") + "_from_" + ROOTS.get(root).replace("__", "");
    }

    private static long orderingCall(ObjectState s, long m, long args, long kwargs) {
        int root = (int) (getLong(m, 0) / 4);
        int derived = (int) (getLong(m, 0) % 4);
        String name = orderingName(m);
        long[] a = Args.function(s, name, args, kwargs, 2, "self", "other");
        long self = a[0];
        long other = a[1];
        long method = Abstract.getAttr(s, Objects.type(self), ROOTS.get(root));
        long r;
        try {
            r = Invoke.call(s, method, self, other);
        } finally {
            Objects.decref(s, method);
        }
        if (r == s.space().notImplemented()) {
            return r;
        }
        boolean truth;
        try {
            truth = Abstract.isTrue(s, r);
        } catch (PyException e) {
            Objects.decref(s, r);
            throw e;
        }
        // derived 2 is always "not r"; 0 is "not r and a != b" for lt/gt roots, "not r or a == b" for le/ge;
        // 1 is "r or a == b" for lt/gt, "r and a != b" for le/ge.
        boolean strictRoot = root == 0 || root == 2;
        if (derived == 2 || derived == 0 && strictRoot == truth) {
            Objects.decref(s, r);
            return s.space().bool(!truth);
        }
        if (derived == 1 && strictRoot == truth) {
            return r;
        }
        Objects.decref(s, r);
        return Abstract.richCompare(s, self, other, strictRoot == (derived == 0) ? CompareOp.NE : CompareOp.EQ);
    }

    // ---------------------------------------------------------------- cached_property

    static TypeSlots cachedPropertySlots() {
        return ModuleObjectLayout.builder()
                .newInstance((s, type, args, kwargs) -> {
                    long func = Args.function(s, "__init__", args, kwargs, 1, "func")[0];
                    return ItertoolsBasic.create(s, BuiltinType.CACHED_PROPERTY, Objects.newRef(func), 0);
                })
                .descrGet(FunctoolsTypes::cachedGet)
                .method("__set_name__", (s, p, args, kwargs) -> {
                    long[] a = Args.function(s, "__set_name__", args, kwargs, 2, "owner", "name");
                    if (ref(p, 1) == 0) {
                        setRef(s, p, 1, Objects.newRef(a[1]));
                    } else if (!Abstract.equal(s, ref(p, 1), a[1])) {
                        throw Errors.typeError(s, "Cannot assign the same cached_property to two different names ("
                                + Abstract.reprJava(s, ref(p, 1)) + " and " + Abstract.reprJava(s, a[1]) + ").");
                    }
                    return Objects.newRef(s.space().none());
                })
                .getAttr((s, p, name) -> switch (StrType.toJava(name)) {
                    case "func" -> Objects.newRef(ref(p, 0));
                    case "attrname" -> Objects.newRef(ref(p, 1) == 0 ? s.space().none() : ref(p, 1));
                    case "__doc__" -> Abstract.getAttr(s, ref(p, 0), name);
                    default -> genericGetAttr(s, p, name);
                })
                .build();
    }

    private static long cachedGet(ObjectState s, long p, long obj, long type) {
        if (obj == 0 || obj == s.space().none()) {
            return Objects.newRef(p);
        }
        if (ref(p, 1) == 0) {
            throw Errors.typeError(s, "Cannot use cached_property instance without calling __set_name__ on it.");
        }
        long dict = HeapObjects.instanceDict(s, obj, true);
        if (dict == 0) {
            throw Errors.typeError(s, "No '__dict__' attribute on '" + Objects.typeNameOf(obj) + "' instance to cache "
                    + Abstract.reprJava(s, ref(p, 1)) + " property.");
        }
        long cached = DictType.getItem(s, dict, ref(p, 1));
        if (cached != 0) {
            return Objects.newRef(cached);
        }
        long value = Invoke.call(s, ref(p, 0), obj);
        try {
            DictType.setItem(s, dict, ref(p, 1), value);
        } catch (RuntimeException e) {
            Objects.decref(s, value);
            throw e;
        }
        return value;
    }

    // ---------------------------------------------------------------- CacheInfo

    private static final List<String> CACHE_INFO_FIELDS = List.of("hits", "misses", "maxsize", "currsize");

    /** {@code CacheInfo(hits, misses, maxsize, currsize)}; the items are taken over. */
    static long cacheInfo(ObjectState s, long... items) {
        long t = TupleType.allocate(s, items.length);
        for (int i = 0; i < items.length; i++) {
            TupleType.initItem(s, t, i, items[i]);
        }
        Memory.putLong(t + ObjectLayout.TYPE_OFFSET, s.space().type(BuiltinType.CACHE_INFO));
        return t;
    }

    static TypeSlots cacheInfoSlots() {
        return TypeSlots.builder()
                .repr((s, t) -> {
                    StringBuilder b = new StringBuilder("CacheInfo(");
                    for (int i = 0; i < CACHE_INFO_FIELDS.size(); i++) {
                        b.append(i == 0 ? "" : ", ").append(CACHE_INFO_FIELDS.get(i)).append('=')
                                .append(Abstract.reprJava(s, TupleType.getItem(t, i)));
                    }
                    return StrType.fromJava(s, b.append(')').toString());
                })
                .getAttr((s, t, name) -> {
                    int i = CACHE_INFO_FIELDS.indexOf(StrType.toJava(name));
                    return i >= 0 ? Objects.newRef(TupleType.getItem(t, i))
                            : s.space().slotTable(BuiltinType.TUPLE.ordinal()).getAttr.apply(s, t, name);
                })
                .build();
    }

    // ---------------------------------------------------------------- instance dicts in a ref field

    /** Attribute lookup for a type keeping its {@code __dict__} in ref {@code field}: the dict, then the methods. */
    static long dictGetAttr(ObjectState s, long o, int field, long name) {
        if (StrType.toJava(name).equals("__dict__")) {
            if (ref(o, field) == 0) {
                setRef(s, o, field, DictType.newDict(s));
            }
            return Objects.newRef(ref(o, field));
        }
        if (ref(o, field) != 0) {
            long v = DictType.getItem(s, ref(o, field), name);
            if (v != 0) {
                return Objects.newRef(v);
            }
        }
        return genericGetAttr(s, o, name);
    }

    static void dictSetAttr(ObjectState s, long o, int field, long name, long value) {
        if (StrType.toJava(name).equals("__dict__")) {
            if (value == 0 || !DictType.check(value)) {
                throw Errors.typeError(s, "__dict__ must be set to a dictionary, not a '"
                        + (value == 0 ? "NoneType" : Objects.typeNameOf(value)) + "'");
            }
            setRef(s, o, field, Objects.newRef(value));
            return;
        }
        if (ref(o, field) == 0) {
            setRef(s, o, field, DictType.newDict(s));
        }
        if (value != 0) {
            DictType.setItem(s, ref(o, field), name, value);
        } else if (DictType.getItem(s, ref(o, field), name) != 0) {
            DictType.delItem(s, ref(o, field), name);
        } else {
            throw Errors.attributeError(s, o, StrType.toJava(name));
        }
    }
}
