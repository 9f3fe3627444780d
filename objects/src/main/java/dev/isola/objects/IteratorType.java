package dev.isola.objects;

/**
 * {@code iterator}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class IteratorType {
    public static final int SIZE = 40;

    private IteratorType() {}

    static TypeSlots slots(BuiltinType t) {
        return TypeSlots.builder().build();
    }
}
