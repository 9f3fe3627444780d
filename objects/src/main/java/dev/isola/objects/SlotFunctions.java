package dev.isola.objects;

/**
 * The shapes of the functions in a {@link TypeSlots} table (CPython's {@code unaryfunc},
 * {@code binaryfunc} … typedefs). Every function takes the calling interpreter's
 * {@link ObjectState} first. Results are new (owned) references; arguments are borrowed.
 * A Python exception is raised by throwing {@link PyException}; "not supported for these
 * operands" is the immortal {@code NotImplemented} returned.
 */
public final class SlotFunctions {
    private SlotFunctions() {}

    /** repr, str, iter, neg, pos, abs, invert, int, float, index. */
    @FunctionalInterface
    public interface UnaryFunc {
        long apply(ObjectState s, long self);
    }

    /** Binary number operations, concat, subscript, getattr (name as b). */
    @FunctionalInterface
    public interface BinaryFunc {
        long apply(ObjectState s, long a, long b);
    }

    /** pow(a, b, c) ({@code c} is None when absent), call(self, args, kwargs), new(type, args, kwargs). */
    @FunctionalInterface
    public interface TernaryFunc {
        long apply(ObjectState s, long a, long b, long c);
    }

    /** Rich comparison; {@code op} is one of {@link CompareOp}'s ordinals. */
    @FunctionalInterface
    public interface RichCompareFunc {
        long apply(ObjectState s, long a, long b, CompareOp op);
    }

    /** hash (a Python hash value, never -1), len (a count). */
    @FunctionalInterface
    public interface LongFunc {
        long apply(ObjectState s, long self);
    }

    /** bool (nb_bool). */
    @FunctionalInterface
    public interface Inquiry {
        boolean apply(ObjectState s, long self);
    }

    /** Containment ({@code item in self}). */
    @FunctionalInterface
    public interface ContainsFunc {
        boolean apply(ObjectState s, long self, long item);
    }

    /** Sequence item and repeat: an index or count, not an object. */
    @FunctionalInterface
    public interface SizeArgFunc {
        long apply(ObjectState s, long self, long index);
    }

    /** setattr and setitem; {@code value} 0 means delete. */
    @FunctionalInterface
    public interface SetFunc {
        void apply(ObjectState s, long self, long key, long value);
    }

    /** iternext: the next item (new reference), or 0 when exhausted (no exception set). */
    @FunctionalInterface
    public interface NextFunc {
        long apply(ObjectState s, long self);
    }

    /** Releases the object's references and its memory; the refcount is 0 on entry. */
    @FunctionalInterface
    public interface Dealloc {
        void apply(ObjectState s, long self);
    }

    /** Receives each object a container references (for the cycle collector and checks). */
    @FunctionalInterface
    public interface Visitor {
        void visit(long addr);
    }

    /** Calls {@code visitor} for each reference the object holds. */
    @FunctionalInterface
    public interface Traverse {
        void apply(ObjectState s, long self, Visitor visitor);
    }
}
