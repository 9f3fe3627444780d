package dev.isola.objects;

/**
 * {@code list}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class ListType {
    public static final int SIZE = 40;

    private ListType() {}

    static TypeSlots slots() {
        return TypeSlots.builder().build();
    }
}
