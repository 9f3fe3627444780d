package dev.isola.objects;

import static dev.isola.objects.Descriptors.DOC_OFFSET;
import static dev.isola.objects.Descriptors.FDEL_OFFSET;
import static dev.isola.objects.Descriptors.FGET_OFFSET;
import static dev.isola.objects.Descriptors.FSET_OFFSET;
import static dev.isola.objects.Descriptors.PROPERTY_NAME_OFFSET;

import dev.isola.memory.Memory;

/**
 * {@code property(fget=None, fset=None, fdel=None, doc=None)}: a data descriptor calling its
 * functions, with {@code getter}/{@code setter}/{@code deleter} making modified copies, and
 * CPython 3.11's messages naming the property (its name comes from {@code __set_name__}).
 * Layout in {@link Descriptors}.
 */
final class Properties {
    /** The fields are consecutive: fget, fset, fdel, doc, name. */
    private static final int FIRST = FGET_OFFSET;
    private static final int LAST = PROPERTY_NAME_OFFSET;

    private Properties() {
    }

    static TypeSlots slots() {
        return TypeSlots.builder()
                .newInstance(Properties::newInstance)
                .descrGet((s, p, obj, type) -> {
                    if (obj == 0 || obj == s.space().none()) {
                        return Objects.newRef(p);
                    }
                    long fget = Memory.getLong(p + FGET_OFFSET);
                    if (fget == 0) {
                        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, message(p, obj, "getter"));
                    }
                    return call(s, fget, obj);
                })
                .descrSet((s, p, obj, value) -> {
                    long f = Memory.getLong(p + (value == 0 ? FDEL_OFFSET : FSET_OFFSET));
                    if (f == 0) {
                        throw Errors.raise(s, BuiltinType.ATTRIBUTE_ERROR, message(p, obj, value == 0 ? "deleter" : "setter"));
                    }
                    Objects.decref(s, value == 0 ? call(s, f, obj) : call(s, f, obj, value));
                })
                .getAttr(Properties::getAttr)
                .method("getter", (s, p, args, kw) -> copyWith(s, p, FGET_OFFSET, MethodArgs.one(s, "getter", args, kw)))
                .method("setter", (s, p, args, kw) -> copyWith(s, p, FSET_OFFSET, MethodArgs.one(s, "setter", args, kw)))
                .method("deleter", (s, p, args, kw) -> copyWith(s, p, FDEL_OFFSET, MethodArgs.one(s, "deleter", args, kw)))
                .method("__set_name__", (s, p, args, kw) -> {
                    if (TupleType.size(args) != 2) {
                        throw Errors.typeError(s, "__set_name__() takes 2 positional arguments but "
                                + TupleType.size(args) + " were given");
                    }
                    setName(s, p, TupleType.getItem(args, 1));
                    return Objects.newRef(s.space().none());
                })
                .dealloc((s, p) -> {
                    for (int off = FIRST; off <= LAST; off += 8) {
                        Objects.xdecref(s, Memory.getLong(p + off));
                    }
                    s.freeAny(p);
                })
                .traverse((s, p, v) -> {
                    for (int off = FIRST; off <= LAST; off += 8) {
                        Descriptors.visit(p, off, v);
                    }
                })
                .clear((s, p) -> {
                    for (int off = FIRST; off <= LAST; off += 8) {
                        Descriptors.clearField(s, p, off);
                    }
                })
                .build();
    }

    static void setName(ObjectState s, long p, long name) {
        long old = Memory.getLong(p + PROPERTY_NAME_OFFSET);
        Memory.putLong(p + PROPERTY_NAME_OFFSET, Objects.newRef(name));
        Objects.xdecref(s, old);
    }

    private static String message(long p, long obj, String what) {
        long name = Memory.getLong(p + PROPERTY_NAME_OFFSET);
        String named = name != 0 && StrType.check(name) ? "property '" + StrType.toJava(name) + "'" : "property";
        return named + " of '" + Objects.typeNameOf(obj) + "' object has no " + what;
    }

    private static long call(ObjectState s, long f, long... args) {
        long tuple = TupleType.pack(s, args);
        try {
            return Abstract.call(s, f, tuple, 0);
        } finally {
            Objects.decref(s, tuple);
        }
    }

    private static long newInstance(ObjectState s, long type, long args, long kwargs) {
        long[] a = MethodArgs.keywords(s, "property", args, kwargs, 0, "fget", "fset", "fdel", "doc");
        long p = s.allocInstance(type);
        long none = s.space().none();
        int[] offsets = {FGET_OFFSET, FSET_OFFSET, FDEL_OFFSET, DOC_OFFSET};
        for (int i = 0; i < 4; i++) {
            if (a[i] != 0 && a[i] != none) {
                Memory.putLong(p + offsets[i], Objects.newRef(a[i]));
            }
        }
        long fget = Memory.getLong(p + FGET_OFFSET);
        if (Memory.getLong(p + DOC_OFFSET) == 0 && fget != 0) {
            try {
                long doc = Abstract.getAttr(s, fget, "__doc__");
                if (doc == none) {
                    Objects.decref(s, doc);
                } else {
                    Memory.putLong(p + DOC_OFFSET, doc);
                }
            } catch (PyException e) {
                if (!e.matches(s.space().type(BuiltinType.ATTRIBUTE_ERROR))) {
                    Objects.decref(s, p);
                    throw e;
                }
                e.release(s);
            }
        }
        return p;
    }

    private static long copyWith(ObjectState s, long p, int offset, long f) {
        long type = Objects.type(p);
        long copy = s.allocInstance(type);
        for (int off = FIRST; off <= LAST; off += 8) {
            long v = off == offset ? (f == s.space().none() ? 0 : f) : Memory.getLong(p + off);
            if (v != 0) {
                Memory.putLong(copy + off, Objects.newRef(v));
            }
        }
        return copy;
    }

    private static long getAttr(ObjectState s, long p, long name) {
        int off = switch (StrType.toJava(name)) {
            case "fget" -> FGET_OFFSET;
            case "fset" -> FSET_OFFSET;
            case "fdel" -> FDEL_OFFSET;
            case "__doc__" -> DOC_OFFSET;
            case "__isabstractmethod__" -> -1;
            default -> 0;
        };
        if (off == -1) {
            for (int f : new int[] {FGET_OFFSET, FSET_OFFSET, FDEL_OFFSET}) {
                if (Descriptors.isAbstract(s, Memory.getLong(p + f)) == s.space().trueObject()) {
                    return s.space().trueObject();
                }
            }
            return s.space().falseObject();
        }
        if (off != 0) {
            long v = Memory.getLong(p + off);
            return Objects.newRef(v == 0 ? s.space().none() : v);
        }
        return ObjectType.genericGetAttr(s, p, name);
    }
}
