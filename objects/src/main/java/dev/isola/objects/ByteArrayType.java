package dev.isola.objects;

/**
 * {@code bytearray}: layout and behaviour arrive with the rest of the object-model work; the type is
 * registered now so the static-type numbering is fixed.
 */
public final class ByteArrayType {
    public static final int SIZE = 40;

    private ByteArrayType() {}

    static TypeSlots slots() {
        return TypeSlots.builder().build();
    }
}
