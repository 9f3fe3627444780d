package dev.isola.objects;

/**
 * {@code range}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class RangeType {
    public static final int SIZE = 48;

    private RangeType() {}

    static TypeSlots slots() {
        return TypeSlots.builder().build();
    }
}
