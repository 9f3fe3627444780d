package dev.isola.interp.modules;

import dev.isola.objects.Abstract;
import dev.isola.objects.BuiltinType;
import dev.isola.objects.Descriptors;
import dev.isola.objects.HeapTypes;
import dev.isola.objects.ObjectState;
import dev.isola.objects.Objects;
import dev.isola.objects.TupleType;

/**
 * The hook that lets Python-level abstract base classes answer {@code isinstance} and
 * {@code issubclass} without metaclasses. CPython asks the metaclass
 * ({@code type(cls).__instancecheck__}); Isola has no metaclasses other than {@code type}, so
 * when the ordinary subtype test fails and {@code cls} is a class whose MRO defines
 * {@code __instancecheck__} (or {@code __subclasscheck__}) as a <em>classmethod</em> — what the
 * bundled {@code abc.ABC} does, and what {@code ABC.__instancecheck__} looks like in CPython,
 * a method of the metaclass bound to the class — that classmethod decides. A plain method
 * of that name on an ordinary class is ignored, as in CPython.
 *
 * <p>When the second argument is not a class at all, {@code type(cls).__instancecheck__} is
 * used as CPython does, if {@code type(cls)} is a class defining it (so objects like
 * {@code typing.List} can stand in for classes).
 */
final class ClassChecks {
    private ClassChecks() {}

    /** {@code cls.<hook>(arg)} as a truth value when {@code cls} defines the classmethod hook, else false. */
    static boolean hook(ObjectState s, long cls, String name, long arg) {
        if (!HeapTypes.isHeapType(cls)) {
            return false;
        }
        long descr = HeapTypes.lookup(s, cls, name);
        if (descr == 0 || Objects.type(descr) != s.space().type(BuiltinType.CLASSMETHOD)) {
            return false;
        }
        long bound = Descriptors.get(s, descr, 0, cls);
        try {
            long r;
            long args = TupleType.pack(s, arg);
            try {
                r = Abstract.call(s, bound, args, 0);
            } finally {
                Objects.decref(s, args);
            }
            try {
                return Abstract.isTrue(s, r);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, bound);
        }
    }

    /**
     * {@code type(cls).<name>(cls, arg)} as a truth value when {@code cls} is not a class and its
     * type defines {@code name}; null when it does not (the caller then raises its TypeError).
     */
    static Boolean objectHook(ObjectState s, long cls, String name, long arg) {
        long type = Objects.type(cls);
        if (!HeapTypes.isHeapType(type)) {
            return null;
        }
        long descr = HeapTypes.lookup(s, type, name);
        if (descr == 0) {
            return null;
        }
        long bound = Descriptors.get(s, descr, cls, type);
        try {
            long args = TupleType.pack(s, arg);
            long r;
            try {
                r = Abstract.call(s, bound, args, 0);
            } finally {
                Objects.decref(s, args);
            }
            try {
                return Abstract.isTrue(s, r);
            } finally {
                Objects.decref(s, r);
            }
        } finally {
            Objects.decref(s, bound);
        }
    }
}
