package dev.isola.objects;

/**
 * A type object (off-heap, like any object). Static builtin types live in the immortal heap;
 * their {@code __dict__} and subclass list live per interpreter ({@code StaticTypeState}, found
 * through {@link #STATIC_INDEX_OFFSET}). Behaviour is a Java {@link TypeSlots} table chosen by
 * {@link #SLOTS_INDEX_OFFSET}. Stateless.
 *
 * <pre>
 *   +0    ob_refcnt     int64
 *   +8    ob_type       int64   the metatype (type)
 *   +16   tp_flags      int64   TypeFlags
 *   +24   tp_basicsize  int64   bytes of an instance, header included, GC prefix excluded
 *   +32   tp_itemsize   int64   bytes per item of variable-size instances, else 0
 *   +40   tp_base       int64   the base type, 0 for object
 *   +48   tp_bases      int64   tuple of bases
 *   +56   tp_mro        int64   tuple: the type, then its bases in C3 order
 *   +64   tp_name       int64   str
 *   +72   slots index   int32   index into the runtime's slot tables
 *   +76   static index  int32   index in the StaticTypeRegistry; -1 for heap types
 *   +80   tp_dict       int64   dict of a heap type; 0 for static types (per interpreter)
 *   +88   tp_qualname   int64   str
 *   +96   tp_module     int64   str, the defining module's name
 *   +104  tp_dictoffset int64   offset of the instance {@code __dict__} pointer; 0: instances have none
 *   +112  static base   int64   the nearest builtin type in the tp_base chain (itself for a builtin type)
 *   +120  (end)
 * </pre>
 */
public final class TypeLayout {
    public static final int FLAGS_OFFSET = 16;
    public static final int BASICSIZE_OFFSET = 24;
    public static final int ITEMSIZE_OFFSET = 32;
    public static final int BASE_OFFSET = 40;
    public static final int BASES_OFFSET = 48;
    public static final int MRO_OFFSET = 56;
    public static final int NAME_OFFSET = 64;
    public static final int SLOTS_INDEX_OFFSET = 72;
    public static final int STATIC_INDEX_OFFSET = 76;
    public static final int DICT_OFFSET = 80;
    public static final int QUALNAME_OFFSET = 88;
    public static final int MODULE_OFFSET = 96;
    public static final int DICTOFFSET_OFFSET = 104;
    public static final int STATIC_BASE_OFFSET = 112;
    public static final int SIZE = 120;

    private TypeLayout() {}
}
