package dev.isola.objects;

import dev.isola.immortal.Refcount;
import dev.isola.memory.Memory;

/**
 * Header-level operations on any object: its type, references, subtype tests (CPython's
 * {@code object.h} inlines).
 *
 * <p>Debug mode ({@code -Disola.debugObjects=true}, a {@code static final} flag so the release
 * path has no branch): each refcount operation checks the header (a live object's count is
 * never 0), and {@link #checkReference} enforces DESIGN invariant 4.
 */
public final class Objects {
    public static final boolean DEBUG = Boolean.getBoolean("isola.debugObjects");

    private Objects() {}

    public static long type(long addr) {
        return Memory.getLong(addr + ObjectLayout.TYPE_OFFSET);
    }

    public static void incref(long addr) {
        if (DEBUG) {
            checkHeader(addr, "incref");
        }
        Refcount.incref(addr);
    }

    /** Drops a reference; deallocates through the type's slot when it was the last. */
    public static void decref(ObjectState s, long addr) {
        if (DEBUG) {
            checkHeader(addr, "decref");
        }
        if (Refcount.decref(addr)) {
            dealloc(s, addr);
        }
    }

    /** Runs the type's dealloc; exact ints and floats (no references, no GC prefix) are freed directly. */
    private static void dealloc(ObjectState s, long addr) {
        long type = type(addr);
        if (type == s.space().intType() || type == s.space().floatType()) {
            s.freeObject(addr);
            return;
        }
        if (s.hasWeakrefs()) {
            Weakrefs.clear(s, addr);
        }
        s.slots(type).dealloc.apply(s, addr);
    }

    /** {@link #decref} that ignores 0. */
    public static void xdecref(ObjectState s, long addr) {
        if (addr != 0) {
            decref(s, addr);
        }
    }

    /** Returns {@code addr} with one more reference: for returning a borrowed object as new. */
    public static long newRef(long addr) {
        incref(addr);
        return addr;
    }

    private static void checkHeader(long addr, String operation) {
        if (addr == 0) {
            throw new IllegalStateException(operation + " of a null object");
        }
        long count = Memory.getLong(addr);
        if (count == 0) {
            throw new IllegalStateException(operation + " of a dead object: address=" + Memory.hex(addr));
        }
        long type = type(addr);
        if (type == 0 || Memory.getLong(type + ObjectLayout.TYPE_OFFSET) == 0) {
            throw new IllegalStateException(operation + " of an object with a broken type: address="
                    + Memory.hex(addr) + " type=" + Memory.hex(type));
        }
    }

    /**
     * Debug check of invariant 4: an object stored into a container of interpreter {@code s}
     * is immortal or was allocated by {@code s}'s allocator. No-op unless {@link #DEBUG}.
     */
    public static void checkReference(ObjectState s, long holder, long target) {
        if (!DEBUG || target == 0 || s.space().isImmortalAddress(target)) {
            return;
        }
        long base = hasFlag(type(target), TypeFlags.HAVE_GC) ? target - ObjectLayout.GC_PREFIX_SIZE : target;
        if (!s.allocator().isLive(base)) {
            throw new IllegalStateException("object of another interpreter stored: holder=" + Memory.hex(holder)
                    + " target=" + Memory.hex(target) + " (DESIGN invariant 4)");
        }
    }

    public static long flags(long type) {
        return Memory.getLong(type + TypeLayout.FLAGS_OFFSET);
    }

    public static boolean hasFlag(long type, long flag) {
        return (flags(type) & flag) != 0;
    }

    /** True when {@code type} is {@code base} or inherits from it (by its MRO). */
    public static boolean isSubtype(long type, long base) {
        if (type == base) {
            return true;
        }
        long mro = Memory.getLong(type + TypeLayout.MRO_OFFSET);
        if (mro != 0) {
            long n = TupleType.size(mro);
            for (long i = 0; i < n; i++) {
                if (TupleType.getItem(mro, i) == base) {
                    return true;
                }
            }
            return false;
        }
        for (long t = Memory.getLong(type + TypeLayout.BASE_OFFSET); t != 0;
             t = Memory.getLong(t + TypeLayout.BASE_OFFSET)) {
            if (t == base) {
                return true;
            }
        }
        return false;
    }

    /** {@code isinstance(addr, type)} without {@code __instancecheck__}. */
    public static boolean isInstance(long addr, long type) {
        return isSubtype(type(addr), type);
    }

    /**
     * The type's name for messages, CPython's {@code tp_name}: its {@code __name__}, prefixed with
     * its module for a static type of a builtin module ({@code itertools.count}).
     */
    public static String typeName(long type) {
        String name = StrType.toJava(Memory.getLong(type + TypeLayout.NAME_OFFSET));
        if (hasFlag(type, TypeFlags.STATIC_BUILTIN)) {
            String module = StrType.toJava(Memory.getLong(type + TypeLayout.MODULE_OFFSET));
            if (!module.equals("builtins")) {
                return module + "." + name;
            }
        }
        return name;
    }

    /** The name of the object's type, for messages. */
    public static String typeNameOf(long addr) {
        return typeName(type(addr));
    }
}
