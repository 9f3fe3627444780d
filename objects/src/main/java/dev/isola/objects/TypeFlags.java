package dev.isola.objects;

/** Bits of a type object's {@code tp_flags}, with CPython's values where CPython has one. */
public final class TypeFlags {
    /** Made by a class statement; lives in an interpreter, not the immortal heap. */
    public static final long HEAPTYPE = 1L << 9;
    /** {@code Py_TPFLAGS_IS_ABSTRACT}: the class's {@code __abstractmethods__} was set non-empty. */
    public static final long IS_ABSTRACT = 1L << 20;
    /**
     * Instances keep their {@code __dict__} pointer in 8 bytes before the GC prefix
     * ({@code tp_dictoffset} = -24), for classes whose builtin base has variable size (int, str,
     * bytes, tuple): CPython 3.12's managed dict, in spirit.
     */
    public static final long MANAGED_DICT = 1L << 4;
    /** May be subclassed. */
    public static final long BASETYPE = 1L << 10;
    /** Instances carry the GC prefix and are tracked by the cycle collector. */
    public static final long HAVE_GC = 1L << 14;
    /** Attributes cannot be set on the type itself. */
    public static final long IMMUTABLETYPE = 1L << 8;
    /** A static builtin type of the immortal heap. */
    public static final long STATIC_BUILTIN = 1L << 1;

    public static final long LONG_SUBCLASS = 1L << 24;
    public static final long LIST_SUBCLASS = 1L << 25;
    public static final long TUPLE_SUBCLASS = 1L << 26;
    public static final long BYTES_SUBCLASS = 1L << 27;
    public static final long UNICODE_SUBCLASS = 1L << 28;
    public static final long DICT_SUBCLASS = 1L << 29;
    public static final long BASE_EXC_SUBCLASS = 1L << 30;
    public static final long TYPE_SUBCLASS = 1L << 31;
    /** The fast subclass bits, inherited by every subclass. */
    public static final long SUBCLASS_MASK = 0xFFL << 24;

    private TypeFlags() {}
}
