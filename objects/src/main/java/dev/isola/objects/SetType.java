package dev.isola.objects;

/**
 * {@code set}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class SetType {
    public static final int SIZE = 48;

    private SetType() {}

    static TypeSlots iteratorSlots() {
        return TypeSlots.builder().build();
    }

    static TypeSlots slots(boolean frozen) {
        return TypeSlots.builder().build();
    }
}
