package dev.isola.objects;

/** The behaviour of {@code float} ({@link FloatType} holds the layout). */
final class FloatOps {
    private FloatOps() {}

    static TypeSlots slots() {
        return TypeSlots.builder()
                .repr((s, a) -> StrType.fromJava(s, Double.toString(FloatType.value(a))))
                .bool((s, a) -> FloatType.value(a) != 0.0)
                .dealloc((s, a) -> s.freeObject(a))
                .build();
    }
}
