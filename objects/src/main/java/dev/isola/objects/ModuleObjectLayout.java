package dev.isola.objects;

import dev.isola.memory.Memory;

/**
 * The one layout of the objects of builtin modules' types ({@code itertools.count},
 * {@code functools.partial} …): six reference fields, four plain integers and one raw block.
 * What each field means is the business of the type; each implementing class documents its
 * fields as a table over this one.
 *
 * <pre>
 *   +0    header (refcount, type)
 *   +16   ref 0     object, owned, or 0
 *   +24   ref 1     object, owned, or 0
 *   +32   ref 2     object, owned, or 0
 *   +40   ref 3     object, owned, or 0
 *   +48   ref 4     object, owned, or 0
 *   +56   ref 5     object, owned, or 0
 *   +64   long 0    int64, plain
 *   +72   long 1    int64, plain
 *   +80   long 2    int64, plain
 *   +88   long 3    int64, plain
 *   +96   buffer    raw block (allocBytes), owned, or 0
 *   (104 bytes + 16 GC prefix)
 * </pre>
 *
 * <p>Invariants: every non-zero ref field is an owned reference; the buffer is owned and freed
 * with the object; the longs are never references. Hence one dealloc, traverse and clear serve
 * every such type ({@link #builder()} presets them): the cycle collector sees all references,
 * and a cleared object (all refs 0) is a valid, exhausted one for every type.
 *
 * <p>Objects are created with {@link #create}, zero-filled; not thread-safe (interpreter lock).
 */
public final class ModuleObjectLayout {
    public static final int REFS = 6;
    public static final int REF_OFFSET = 16;
    public static final int LONG_OFFSET = REF_OFFSET + 8 * REFS;
    public static final int LONGS = 4;
    public static final int BUFFER_OFFSET = LONG_OFFSET + 8 * LONGS;
    public static final int SIZE = BUFFER_OFFSET + 8;

    private ModuleObjectLayout() {}

    /** A new zero-filled object of {@code type} (a static type with this layout). */
    public static long create(ObjectState s, BuiltinType type) {
        return s.allocInstance(s.space().type(type));
    }

    public static long ref(long o, int i) {
        return Memory.getLong(o + REF_OFFSET + 8L * i);
    }

    /** Stores {@code value} (taken over, may be 0) in ref {@code i}, releasing the old one. */
    public static void setRef(ObjectState s, long o, int i, long value) {
        long old = ref(o, i);
        Memory.putLong(o + REF_OFFSET + 8L * i, value);
        Objects.xdecref(s, old);
    }

    /** Ref {@code i}, handed to the caller: the field becomes 0. */
    public static long takeRef(long o, int i) {
        long r = ref(o, i);
        Memory.putLong(o + REF_OFFSET + 8L * i, 0);
        return r;
    }

    public static long getLong(long o, int i) {
        return Memory.getLong(o + LONG_OFFSET + 8L * i);
    }

    public static void putLong(long o, int i, long value) {
        Memory.putLong(o + LONG_OFFSET + 8L * i, value);
    }

    public static long buffer(long o) {
        return Memory.getLong(o + BUFFER_OFFSET);
    }

    /** Gives the object a fresh raw block of {@code count} zeroed int64s. */
    public static long allocBuffer(ObjectState s, long o, long count) {
        long b = s.allocBytes(Math.max(8, 8 * count));
        Memory.fill(b, Math.max(8, 8 * count), (byte) 0);
        Memory.putLong(o + BUFFER_OFFSET, b);
        return b;
    }

    static TypeSlots slots() {
        return builder().build();
    }

    /** A slot table with this layout's dealloc, traverse and clear, and {@code iter} returning self. */
    public static TypeSlots.Builder builder() {
        return TypeSlots.builder()
                .dealloc(ModuleObjectLayout::dealloc)
                .traverse(ModuleObjectLayout::traverse)
                .clear(ModuleObjectLayout::clear);
    }

    /** {@link #builder()} for an iterator type: {@code iter} gives the object itself. */
    public static TypeSlots.Builder iteratorBuilder() {
        return builder().iter((s, it) -> Objects.newRef(it));
    }

    /** The layout's dealloc, for a type whose own dealloc releases something first. */
    public static void dealloc(ObjectState s, long o) {
        clear(s, o);
        long b = buffer(o);
        if (b != 0) {
            s.freeBytes(b);
        }
        s.freeGcObject(o);
    }

    static void traverse(ObjectState s, long o, SlotFunctions.Visitor v) {
        for (int i = 0; i < REFS; i++) {
            long r = ref(o, i);
            if (r != 0) {
                v.visit(r);
            }
        }
    }

    static void clear(ObjectState s, long o) {
        for (int i = 0; i < REFS; i++) {
            setRef(s, o, i, 0);
        }
    }
}
