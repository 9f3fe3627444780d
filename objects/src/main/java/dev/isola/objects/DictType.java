package dev.isola.objects;

/**
 * {@code dict}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class DictType {
    public static final int SIZE = 48;

    private DictType() {}

    /** Number of items; 0 until dicts arrive. */
    public static long size(long dict) {
        return 0;
    }

    static TypeSlots iteratorSlots(BuiltinType t) {
        return TypeSlots.builder().build();
    }

    static TypeSlots slots() {
        return TypeSlots.builder().build();
    }
}
