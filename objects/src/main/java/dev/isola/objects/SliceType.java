package dev.isola.objects;

/**
 * {@code slice}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class SliceType {
    public static final int SIZE = 40;

    private SliceType() {}

    static TypeSlots slots() {
        return TypeSlots.builder().build();
    }
}
