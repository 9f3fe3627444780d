package dev.isola.objects;

/**
 * The header every object starts with, and the GC prefix of container objects (DESIGN §4).
 * Stateless.
 *
 * <pre>
 *   addr-16  gc_next   int64   ┐ only objects whose type has {@link TypeFlags#HAVE_GC}:
 *   addr-8   gc_prev   int64   ┘ the cycle collector's links (the collector comes later)
 *   addr+0   ob_refcnt int64   &lt; 0 ⇒ immortal, never written (see Refcount)
 *   addr+8   ob_type   int64   address of the type object
 *   addr+16  payload …         per type, drawn in each type's class
 * </pre>
 *
 * <p>The allocation of a GC object starts at {@code addr - GC_PREFIX_SIZE}; its allocator
 * never sees {@code addr} itself.
 */
public final class ObjectLayout {
    public static final int REFCNT_OFFSET = 0;
    public static final int TYPE_OFFSET = 8;
    public static final int HEADER_SIZE = 16;

    public static final int GC_NEXT_OFFSET = -16;
    public static final int GC_PREV_OFFSET = -8;
    public static final int GC_PREFIX_SIZE = 16;

    private ObjectLayout() {}
}
