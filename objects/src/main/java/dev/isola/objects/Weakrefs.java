package dev.isola.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weak references ({@code weakref.ref}, CPython's {@code weakrefobject.c}). Objects carry no
 * weak-reference list of their own: each interpreter keeps a table from a referent's address to
 * the weakrefs to it ({@link ObjectState#weakrefs}), consulted by every dealloc once the
 * interpreter has made a weakref at all — before that the cost is one field read.
 *
 * <pre>
 *   weakref.ReferenceType   ModuleObjectLayout
 *     ref 0   callback, owned, or 0
 *     long 0  referent's address (not a reference), 0 once it died
 *     long 1  the referent's hash, once asked for
 *     long 2  1 when long 1 holds a hash
 * </pre>
 *
 * <p>When a referent is deallocated its weakrefs go dead first, then their callbacks run (each
 * with its weakref), errors reported as unraisable — CPython's {@code PyObject_ClearWeakRefs}.
 * Only objects CPython lets you refer to weakly qualify: instances of classes, functions,
 * types, sets, frozensets, generators, bound methods, modules, code objects.
 */
public final class Weakrefs {
    private Weakrefs() {}

    /** The per-interpreter table: referent address → the weakrefs to it, oldest first. */
    static final class Table {
        private final Map<Long, List<Long>> byReferent = new HashMap<>();

        boolean isEmpty() {
            return byReferent.isEmpty();
        }
    }

    /** True when {@code o} may be referred to weakly. */
    public static boolean supports(ObjectState s, long o) {
        long type = Objects.type(o);
        if (HeapTypes.isHeapType(type)) {
            return true;
        }
        for (BuiltinType t : new BuiltinType[] {BuiltinType.FUNCTION, BuiltinType.TYPE, BuiltinType.SET,
                BuiltinType.FROZENSET, BuiltinType.GENERATOR, BuiltinType.METHOD, BuiltinType.MODULE,
                BuiltinType.CODE}) {
            if (Objects.isInstance(o, s.space().type(t))) {
                return true;
            }
        }
        return false;
    }

    /** {@code weakref.ref(o, callback)}: a new reference; the callback-less ref is shared, as in CPython. */
    public static long newRef(ObjectState s, long o, long callback) {
        if (!supports(s, o)) {
            throw Errors.typeError(s, "cannot create weak reference to '" + Objects.typeNameOf(o) + "' object");
        }
        Table table = s.weakrefs();
        List<Long> refs = table.byReferent.get(o);
        boolean plain = callback == 0 || callback == s.space().none();
        if (plain && refs != null) {
            for (long r : refs) {
                if (ModuleObjectLayout.ref(r, 0) == 0) {
                    return Objects.newRef(r);
                }
            }
        }
        long r = ModuleObjectLayout.create(s, BuiltinType.WEAKREF);
        ModuleObjectLayout.putLong(r, 0, o);
        if (!plain) {
            ModuleObjectLayout.setRef(s, r, 0, Objects.newRef(callback));
        }
        table.byReferent.computeIfAbsent(o, k -> new ArrayList<>()).add(r);
        return r;
    }

    /** The referent (borrowed), or 0 once it died. */
    public static long referent(long r) {
        return ModuleObjectLayout.getLong(r, 0);
    }

    /** How many weakrefs refer to {@code o}. */
    public static int count(ObjectState s, long o) {
        List<Long> refs = s.weakrefs().byReferent.get(o);
        return refs == null ? 0 : refs.size();
    }

    /** The weakrefs to {@code o}, borrowed. */
    public static List<Long> refsTo(ObjectState s, long o) {
        List<Long> refs = s.weakrefs().byReferent.get(o);
        return refs == null ? List.of() : List.copyOf(refs);
    }

    /** The weakref's dealloc: it leaves its referent's list. */
    static void deallocRef(ObjectState s, long r) {
        long o = referent(r);
        if (o != 0) {
            Table table = s.weakrefs();
            List<Long> refs = table.byReferent.get(o);
            if (refs != null) {
                refs.remove(r);
                if (refs.isEmpty()) {
                    table.byReferent.remove(o);
                }
            }
        }
        ModuleObjectLayout.dealloc(s, r);
    }

    /** Called by every dealloc while weakrefs exist: kills the weakrefs to {@code o}, runs callbacks. */
    static void clear(ObjectState s, long o) {
        List<Long> refs = s.weakrefs().byReferent.remove(o);
        if (refs == null) {
            return;
        }
        for (long r : refs) {
            ModuleObjectLayout.putLong(r, 0, 0);
        }
        for (long r : refs) {
            long callback = ModuleObjectLayout.ref(r, 0);
            if (callback == 0) {
                continue;
            }
            Objects.incref(r);
            Objects.incref(callback);
            try {
                long args = TupleType.pack(s, r);
                try {
                    Objects.decref(s, Abstract.call(s, callback, args, 0));
                } finally {
                    Objects.decref(s, args);
                }
            } catch (PyException e) {
                s.writeUnraisable(e, callback);
            } finally {
                Objects.decref(s, callback);
                Objects.decref(s, r);
            }
        }
    }

    static TypeSlots slots() {
        return ModuleObjectLayout.builder()
                .dealloc(Weakrefs::deallocRef)
                .newInstance((s, type, args, kwargs) -> {
                    long n = TupleType.size(args);
                    if (n < 1 || n > 2) {
                        throw Errors.typeError(s, "__new__ expected at most 2 arguments, got " + n);
                    }
                    return newRef(s, TupleType.getItem(args, 0), n == 2 ? TupleType.getItem(args, 1) : 0);
                })
                .call((s, r, args, kwargs) -> {
                    if (TupleType.size(args) != 0 || kwargs != 0 && DictType.size(kwargs) != 0) {
                        throw Errors.typeError(s, "weakref() takes no arguments");
                    }
                    long o = referent(r);
                    return Objects.newRef(o == 0 ? s.space().none() : o);
                })
                .repr((s, r) -> {
                    long o = referent(r);
                    String at = "<weakref at 0x" + Long.toHexString(r) + "; ";
                    return StrType.fromJava(s, o == 0 ? at + "dead>"
                            : at + "to '" + Objects.typeNameOf(o) + "' at 0x" + Long.toHexString(o) + ">");
                })
                .hash((s, r) -> {
                    if (ModuleObjectLayout.getLong(r, 2) != 0) {
                        return ModuleObjectLayout.getLong(r, 1);
                    }
                    long o = referent(r);
                    if (o == 0) {
                        throw Errors.typeError(s, "weak object has gone away");
                    }
                    long h = Abstract.hash(s, o);
                    ModuleObjectLayout.putLong(r, 1, h);
                    ModuleObjectLayout.putLong(r, 2, 1);
                    return h;
                })
                .richCompare((s, a, b, op) -> {
                    if ((op != CompareOp.EQ && op != CompareOp.NE)
                            || Objects.type(b) != s.space().type(BuiltinType.WEAKREF)) {
                        return s.space().notImplemented();
                    }
                    long x = referent(a);
                    long y = referent(b);
                    boolean eq = x == 0 || y == 0 ? a == b : Abstract.richCompareBool(s, x, y, CompareOp.EQ);
                    return s.space().bool(eq == (op == CompareOp.EQ));
                })
                .getAttr((s, r, name) -> {
                    if (StrType.equalsAscii(name, "__callback__")) {
                        long cb = ModuleObjectLayout.ref(r, 0);
                        return Objects.newRef(cb == 0 || referent(r) == 0 ? s.space().none() : cb);
                    }
                    return ObjectType.genericGetAttr(s, r, name);
                })
                .build();
    }
}
